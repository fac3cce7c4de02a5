package vn.kdcl.check.rules;

import java.util.List;

import vn.kdcl.check.CheckContext;
import vn.kdcl.check.CheckRule;
import vn.kdcl.check.Finding;
import vn.kdcl.check.Vn;
import vn.kdcl.ingest.read.InfoField;

/** Rules on the school's identity (SCH-005; SCH-001/004 reject the file before the checks). */
public final class SchoolRules {

    private SchoolRules() {
    }

    public static List<CheckRule> all() {
        return List.of(new TypeInconsistent());
    }

    /** SCH-005: Cấp học not understood, or not assessed by the circular used. */
    public static final class TypeInconsistent implements CheckRule {
        public String code() {
            return "SCH-005";
        }

        public void check(CheckContext c, List<Finding> out) {
            if (c.schoolType() == null) {
                out.add(At.warning(code(), c.info(InfoField.SCHOOL_TYPE), SummaryRules.SHEET, "Không xác định được cấp học từ "
                        + Vn.quote(c.schoolTypeText()) + "; đã dùng " + c.catalogue().id() + " (" + c.catalogueReason() + ")."));
            } else if (!c.catalogue().schoolTypes().contains(c.schoolType())) {
                out.add(At.warning(code(), c.info(InfoField.CIRCULAR) != null ? c.info(InfoField.CIRCULAR)
                        : c.info(InfoField.SCHOOL_TYPE), SummaryRules.SHEET, "Cấp học " + Vn.quote(c.schoolTypeText())
                        + " không thuộc phạm vi của " + c.catalogue().id() + " (" + c.catalogueReason() + ")."));
            }
        }
    }
}
