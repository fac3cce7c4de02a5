package vn.kdcl.check.rules;

import java.util.List;

import vn.kdcl.check.CheckContext;
import vn.kdcl.check.CheckContext.FundingLine;
import vn.kdcl.check.CheckContext.TaskLine;
import vn.kdcl.check.CheckRule;
import vn.kdcl.check.Finding;
import vn.kdcl.check.Vn;
import vn.kdcl.ingest.read.InfoField;
import vn.kdcl.normalise.Money;

/** Rules on planned funding (FIN-001 … FIN-003). */
public final class FundingRules {

    /** Above this a single amount is implausible for a school plan (100 tỷ đồng). */
    static final long IMPLAUSIBLE = 100_000_000_000L;

    private FundingRules() {
    }

    public static List<CheckRule> all() {
        return List.of(new SheetTotalDiffers(), new DeclaredTotalDiffers(), new ImplausibleAmount());
    }

    public static long planTotal(CheckContext c) {
        return c.tasks().stream().map(TaskLine::money).mapToLong(FundingRules::dong).sum();
    }

    public static long fundingTotal(CheckContext c) {
        return c.funding().stream().map(FundingLine::money).mapToLong(FundingRules::dong).sum();
    }

    static long dong(Money m) {
        return m == null || m.dong() == null ? 0 : m.dong();
    }

    /** FIN-001: the Kinh phí sheet and the plan's budget column disagree. */
    public static final class SheetTotalDiffers implements CheckRule {
        public String code() {
            return "FIN-001";
        }

        public void check(CheckContext c, List<Finding> out) {
            if (c.funding().isEmpty()) {
                return;
            }
            long plan = planTotal(c);
            long sheet = fundingTotal(c);
            if (plan != sheet) {
                out.add(At.warning(code(), c.funding().get(0).row().amount(), "Kinh phí", "Tổng trang Kinh phí là "
                        + Vn.money(sheet) + " nhưng tổng kinh phí dự kiến của các nhiệm vụ là " + Vn.money(plan) + "."));
            }
        }
    }

    /** FIN-002: the declared total (Tổng kinh phí dự kiến) differs from the computed one. */
    public static final class DeclaredTotalDiffers implements CheckRule {
        public String code() {
            return "FIN-002";
        }

        public void check(CheckContext c, List<Finding> out) {
            Money declared = c.declaredTotal();
            if (declared == null || declared.dong() == null) {
                return;
            }
            long computed = c.funding().isEmpty() ? planTotal(c) : fundingTotal(c);
            if (declared.dong() != computed) {
                out.add(At.warning(code(), c.info(InfoField.TOTAL_BUDGET), SummaryRules.SHEET, "Tổng kinh phí khai báo "
                        + Vn.quote(declared.text()) + " (" + Vn.money(declared.dong()) + ") nhưng cộng lại được "
                        + Vn.money(computed) + "."));
            }
        }
    }

    /** FIN-003: a negative amount, or one above 100 tỷ đồng. */
    public static final class ImplausibleAmount implements CheckRule {
        public String code() {
            return "FIN-003";
        }

        public void check(CheckContext c, List<Finding> out) {
            for (TaskLine t : c.tasks()) {
                flag(t.money(), t.row().budget(), PlanRules.SHEET, out);
            }
            for (FundingLine f : c.funding()) {
                flag(f.money(), f.row().amount(), "Kinh phí", out);
            }
        }

        private void flag(Money m, vn.kdcl.ingest.read.CellValue cell, String sheet, List<Finding> out) {
            long v = dong(m);
            if (v < 0 || v > IMPLAUSIBLE) {
                out.add(At.warning(code(), cell, sheet, "Số tiền " + Vn.quote(m.text()) + " = " + Vn.money(v)
                        + " không hợp lý (âm hoặc trên 100 tỷ đồng); kiểm tra lại đơn vị."));
            }
        }
    }
}
