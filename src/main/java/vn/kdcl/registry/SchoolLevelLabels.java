package vn.kdcl.registry;

import java.util.List;
import java.util.Optional;

import vn.kdcl.catalogue.SchoolType;
import vn.kdcl.catalogue.SchoolTypeNames;

/**
 * The "Cấp học" labels offered in templates and registries, and their reading back into a
 * {@link SchoolType}. Ethnic boarding schools (PTDTBT) are assessed by the circular of their level.
 */
public final class SchoolLevelLabels {

    private SchoolLevelLabels() {
    }

    /** Dropdown values, in the order shown to schools. */
    public static final List<String> LABELS = List.of(SchoolType.MN.label(), SchoolType.TH.label(),
            SchoolType.THCS.label(), SchoolType.THPT.label(), SchoolType.PTNCH.label(),
            "PTDTBT Tiểu học", "PTDTBT THCS", "PTDTBT TH&THCS");

    /**
     * Reads a free-text school level: "Mầm non", "Trường Tiểu học", "THCS", "TH&THCS", "Phổ thông nhiều cấp học",
     * "PTDTBT Tiểu học", "Trung tâm GDNN-GDTX"… Empty when the text names no level. The same rule as the workbook's
     * "Cấp học" ({@link SchoolTypeNames}), so that a registry and a plan never disagree on a school's type.
     */
    public static Optional<SchoolType> parse(String text) {
        return SchoolTypeNames.parse(text);
    }
}
