package vn.kdcl.check.rules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.kdcl.catalogue.Criterion;
import vn.kdcl.check.CheckContext;
import vn.kdcl.check.CheckContext.CriterionLine;
import vn.kdcl.check.CheckContext.TaskLine;
import vn.kdcl.check.CheckRule;
import vn.kdcl.check.Finding;
import vn.kdcl.check.Severity;
import vn.kdcl.check.Vn;
import vn.kdcl.normalise.ParseStatus;
import vn.kdcl.normalise.Period;

/** Rules on the improvement plan "Kế hoạch cải tiến" (PLN-001 … PLN-008). */
public final class PlanRules {

    static final String SHEET = "Kế hoạch cải tiến";

    private PlanRules() {
    }

    public static List<CheckRule> all() {
        return List.of(new UnknownCriterion(), new WeakCriterionWithoutTask(), new PeriodOutside(),
                new PeriodNotUnderstood(), new EndBeforeStart(), new NoLead(), new BudgetNotUnderstood(),
                new SourceNotStated());
    }

    /** PLN-001: a task that names no criterion of the circular. */
    public static final class UnknownCriterion implements CheckRule {
        public String code() {
            return "PLN-001";
        }

        public void check(CheckContext c, List<Finding> out) {
            for (TaskLine t : c.tasks()) {
                String text = At.text(t.row().criterion());
                if (t.criterion() == null ? !text.isBlank() : !known(c, t.criterion())) {
                    out.add(At.warning(code(), t.row().criterion(), SHEET, "Nhiệm vụ gắn với tiêu chí " + Vn.quote(text)
                            + " không có trong " + c.catalogue().id() + "."));
                }
            }
        }

        static boolean known(CheckContext c, String code) {
            if (code.startsWith("M4.")) {
                int n = Integer.parseInt(code.substring(3));
                return n >= 1 && n <= c.catalogue().level4().size();
            }
            return c.catalogue().criterion(code).isPresent();
        }
    }

    /** PLN-002: a criterion below Mức 2 (or below the target level it can reach) without any task. */
    public static final class WeakCriterionWithoutTask implements CheckRule {
        public String code() {
            return "PLN-002";
        }

        public void check(CheckContext c, List<Finding> out) {
            Set<String> planned = new HashSet<>();
            c.tasks().forEach(t -> planned.add(t.criterion()));
            for (CriterionLine l : c.criteria()) {
                if (l.code() == null || l.duplicate() || planned.contains(l.code())) {
                    continue;
                }
                Criterion crit = c.catalogue().criterion(l.code()).orElse(null);
                if (crit == null) {
                    continue;
                }
                int goal = Math.min(c.targetLevel() == null ? 2 : Math.max(2, c.targetLevel()), crit.maxLevel());
                if (l.level() < goal) {
                    out.add(At.warning(code(), l.row().code(), CriterionRules.SHEET, "Tiêu chí " + l.code()
                            + " mới đạt " + (l.level() == 0 ? "dưới Mức 1" : "Mức " + l.level()) + " (cần Mức " + goal
                            + ") nhưng kế hoạch cải tiến không có nhiệm vụ nào cho tiêu chí này."));
                }
            }
        }
    }

    /** PLN-003: a task period outside the school year, or outside the plan period when one is given. */
    public static final class PeriodOutside implements CheckRule {
        public String code() {
            return "PLN-003";
        }

        public void check(CheckContext c, List<Finding> out) {
            LocalDate from = c.plan() != null ? c.plan().start() : c.year().start();
            LocalDate to = c.plan() != null ? c.plan().end() : c.year().end();
            String scope = c.plan() != null ? "giai đoạn kế hoạch " + c.plan().label() : "năm học " + c.year().label();
            for (TaskLine t : c.tasks()) {
                Period p = t.period();
                if (p != null && p.start() != null && p.end() != null && !p.endsBeforeStart() && !p.within(from, to)) {
                    out.add(At.warning(code(), periodCell(t), SHEET, "Thời gian " + Vn.quote(p.text()) + " ("
                            + Vn.date(p.start()) + "–" + Vn.date(p.end()) + ") nằm ngoài " + scope + " ("
                            + Vn.date(from) + "–" + Vn.date(to) + ")."));
                }
            }
        }
    }

    /** PLN-004: a period text that was not understood. */
    public static final class PeriodNotUnderstood implements CheckRule {
        public String code() {
            return "PLN-004";
        }

        public void check(CheckContext c, List<Finding> out) {
            for (TaskLine t : c.tasks()) {
                if (t.period() != null && t.period().status() == ParseStatus.NOT_UNDERSTOOD) {
                    out.add(At.warning(code(), periodCell(t), SHEET, "Không hiểu thời gian " + Vn.quote(t.period().text())
                            + "; ghi ví dụ \"Tháng 10/2024\", \"Quý 1/2025\", \"9/2024 - 5/2025\"."));
                }
            }
        }
    }

    /** PLN-005: a task that ends before it starts. */
    public static final class EndBeforeStart implements CheckRule {
        public String code() {
            return "PLN-005";
        }

        public void check(CheckContext c, List<Finding> out) {
            for (TaskLine t : c.tasks()) {
                if (t.period() != null && t.period().endsBeforeStart()) {
                    out.add(At.warning(code(), t.row().end() != null ? t.row().end() : periodCell(t), SHEET,
                            "Thời gian hoàn thành (" + Vn.date(t.period().end()) + ") trước thời gian bắt đầu ("
                                    + Vn.date(t.period().start()) + ")."));
                }
            }
        }
    }

    /** PLN-006: a task without a lead (chủ trì). */
    public static final class NoLead implements CheckRule {
        public String code() {
            return "PLN-006";
        }

        public void check(CheckContext c, List<Finding> out) {
            for (TaskLine t : c.tasks()) {
                if (At.blank(t.row().lead())) {
                    out.add(new Finding(code(), Severity.WARNING, t.row().task() != null ? t.row().task().sheet() : SHEET,
                            t.row().lead() != null ? t.row().lead().ref() : t.row().task() != null ? t.row().task().ref() : null,
                            "Nhiệm vụ " + Vn.quote(At.text(t.row().task())) + " chưa có người/bộ phận chủ trì."));
                }
            }
        }
    }

    /** PLN-007: a budget text that was not understood. */
    public static final class BudgetNotUnderstood implements CheckRule {
        public String code() {
            return "PLN-007";
        }

        public void check(CheckContext c, List<Finding> out) {
            for (TaskLine t : c.tasks()) {
                if (t.money() != null && t.money().status() == ParseStatus.NOT_UNDERSTOOD) {
                    out.add(At.warning(code(), t.row().budget(), SHEET, "Không hiểu kinh phí " + Vn.quote(t.money().text())
                            + "; ghi ví dụ \"81 triệu đồng\", \"1,5 tỷ\", \"494.510.000\"."));
                }
            }
        }
    }

    /** PLN-008: money planned without saying where it comes from. */
    public static final class SourceNotStated implements CheckRule {
        public String code() {
            return "PLN-008";
        }

        public void check(CheckContext c, List<Finding> out) {
            for (TaskLine t : c.tasks()) {
                if (t.money() != null && t.money().dong() != null && t.money().dong() > 0
                        && (t.source() == null || !t.source().isStated())) {
                    out.add(At.cell(code(), Severity.INFO, t.row().source() != null ? t.row().source() : t.row().budget(),
                            SHEET, "Kinh phí " + Vn.money(t.money().dong()) + " chưa ghi nguồn kinh phí."));
                }
            }
        }
    }

    static vn.kdcl.ingest.read.CellValue periodCell(TaskLine t) {
        return t.row().start() != null ? t.row().start() : t.row().end();
    }
}
