package vn.kdcl.check.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.kdcl.catalogue.Criterion;
import vn.kdcl.catalogue.Framework;
import vn.kdcl.check.CheckContext;
import vn.kdcl.check.CheckContext.CriterionLine;
import vn.kdcl.check.CheckContext.TaskLine;
import vn.kdcl.check.CheckRule;
import vn.kdcl.check.Finding;
import vn.kdcl.check.Severity;
import vn.kdcl.check.Vn;
import vn.kdcl.ingest.read.CellValue;
import vn.kdcl.ingest.read.ParsedWorkbook.MonitoringRow;
import vn.kdcl.ingest.read.ParsedWorkbook.PriorityRow;
import vn.kdcl.normalise.CriterionCodes;
import vn.kdcl.normalise.ParseStatus;
import vn.kdcl.normalise.Progress;

/**
 * Rules of the TT57/2026 form only (CRT-007, PLN-009 … PLN-013): mandatory criteria, priority issues, the plan
 * form's required parts of an activity, and its progress as reviewed. A 2018-era workbook never meets them.
 */
public final class Tt57Rules {

    static final String PRIORITY_SHEET = "Vấn đề trọng tâm";
    static final String MONITORING_SHEET = "Theo dõi, đánh giá";

    private Tt57Rules() {
    }

    public static List<CheckRule> all() {
        return List.of(new MandatoryBelowLevel1(), new PriorityWithoutActivity(), new ActivityWithoutIndicator(),
                new ActivityWithoutTime(), new DoneWithoutReviewResult(), new ProgressNotUnderstood());
    }

    static boolean tt57(CheckContext c) {
        return c.catalogue().framework() == Framework.TT57;
    }

    /** CRT-007: a mandatory criterion below Mức 1: the school cannot reach Mức 1 (khoản 3 Điều 5). */
    public static final class MandatoryBelowLevel1 implements CheckRule {
        public String code() {
            return "CRT-007";
        }

        public void check(CheckContext c, List<Finding> out) {
            if (!c.catalogue().hasMandatoryCriteria()) {
                return;
            }
            for (CriterionLine l : c.criteria()) {
                Criterion crit = l.code() == null || l.duplicate() ? null : c.catalogue().criterion(l.code()).orElse(null);
                if (crit != null && crit.mandatory() && l.level() < 1) {
                    CellValue at = l.row().level1() != null ? l.row().level1() : l.row().code();
                    out.add(At.warning(code(), at, CriterionRules.SHEET, "Tiêu chí " + l.code()
                            + " là tiêu chí bắt buộc nhưng chưa đạt Mức 1: nhà trường không thể đạt Mức 1 cho đến khi"
                            + " tiêu chí này đạt (khoản 3 Điều 5 " + c.catalogue().id() + ")."));
                }
            }
        }
    }

    /** PLN-009: a priority issue (vấn đề trọng tâm) that no activity of the plan addresses. */
    public static final class PriorityWithoutActivity implements CheckRule {
        public String code() {
            return "PLN-009";
        }

        public void check(CheckContext c, List<Finding> out) {
            if (c.workbook().priorities().isEmpty()) {
                return;
            }
            Set<String> planned = new HashSet<>();
            Set<Integer> plannedStandards = new HashSet<>();
            for (TaskLine t : c.tasks()) {
                if (t.criterion() != null) {
                    planned.add(t.criterion());
                    c.catalogue().criterion(t.criterion()).ifPresent(cr -> plannedStandards.add(cr.standard()));
                }
            }
            for (PriorityRow p : c.workbook().priorities()) {
                List<String> codes = CriterionCodes.all(p.criteria());
                Integer standard = CriterionCodes.standard(p.standard());
                boolean covered = codes.isEmpty()
                        ? standard == null || plannedStandards.contains(standard)
                        : codes.stream().anyMatch(planned::contains);
                if (!covered) {
                    String what = codes.isEmpty() ? "tiêu chuẩn " + standard
                            : "tiêu chí " + String.join(", ", codes);
                    CellValue at = p.weakness() != null && !p.weakness().isBlank() ? p.weakness() : p.criteria();
                    out.add(At.warning(code(), at, PRIORITY_SHEET, "Vấn đề trọng tâm " + Vn.quote(excerpt(p))
                            + " (" + what + ") chưa có hoạt động nào trong kế hoạch cải tiến."));
                }
            }
        }

        private static String excerpt(PriorityRow p) {
            return shorten(At.text(p.weakness()).isBlank() ? At.text(p.currentState()) : At.text(p.weakness()));
        }
    }

    /** PLN-010: an activity without its result indicator (Chỉ số đánh giá kết quả) on the TT57 form. */
    public static final class ActivityWithoutIndicator implements CheckRule {
        public String code() {
            return "PLN-010";
        }

        public void check(CheckContext c, List<Finding> out) {
            if (!tt57(c)) {
                return;
            }
            for (TaskLine t : c.tasks()) {
                CellValue indicator = t.row().tt57().indicator();
                if (indicator != null && indicator.isBlank()) {
                    out.add(At.warning(code(), indicator, PlanRules.SHEET, "Hoạt động " + Vn.quote(activity(t))
                            + " chưa có chỉ số đánh giá kết quả (ví dụ “100% giáo viên …”, “Tỷ lệ … đạt …%”)."));
                }
            }
        }
    }

    /** PLN-011: an activity without its time (Thời gian thực hiện) on the TT57 form. */
    public static final class ActivityWithoutTime implements CheckRule {
        public String code() {
            return "PLN-011";
        }

        public void check(CheckContext c, List<Finding> out) {
            if (!tt57(c)) {
                return;
            }
            for (TaskLine t : c.tasks()) {
                if (At.blank(t.row().start()) && At.blank(t.row().end())) {
                    CellValue at = t.row().start() != null ? t.row().start() : t.row().task();
                    out.add(At.warning(code(), at, PlanRules.SHEET, "Hoạt động " + Vn.quote(activity(t))
                            + " chưa ghi thời gian thực hiện (ví dụ “Tháng 10/2026 - 5/2027”, “Học kỳ I”)."));
                }
            }
        }
    }

    /** PLN-012: an activity reported done while the review (theo dõi, đánh giá) records no result. */
    public static final class DoneWithoutReviewResult implements CheckRule {
        public String code() {
            return "PLN-012";
        }

        public void check(CheckContext c, List<Finding> out) {
            if (!tt57(c)) {
                return;
            }
            boolean anyResult = c.workbook().monitoring().stream().map(MonitoringRow::result)
                    .anyMatch(r -> r != null && !r.isBlank());
            if (anyResult) {
                return;
            }
            for (TaskLine t : c.tasks()) {
                if (t.progress() != null && t.progress().state() == Progress.State.DONE) {
                    out.add(At.warning(code(), t.row().status(), PlanRules.SHEET, "Hoạt động " + Vn.quote(activity(t))
                            + " ghi “" + t.progress().text() + "” nhưng phần theo dõi, đánh giá (" + MONITORING_SHEET
                            + ") chưa ghi kết quả thực hiện nào; hãy ghi kết quả của lần đánh giá."));
                }
            }
        }
    }

    /** PLN-013: a "Mức độ thực hiện" that names no state. */
    public static final class ProgressNotUnderstood implements CheckRule {
        public String code() {
            return "PLN-013";
        }

        public void check(CheckContext c, List<Finding> out) {
            if (!tt57(c)) {
                return;
            }
            for (TaskLine t : c.tasks()) {
                if (t.progress() != null && t.progress().status() == ParseStatus.NOT_UNDERSTOOD) {
                    out.add(At.cell(code(), Severity.WARNING, t.row().status(), PlanRules.SHEET, "Không hiểu mức độ thực hiện "
                            + Vn.quote(t.progress().text()) + "; ghi “Hoàn thành”, “Đang thực hiện”, “Chưa thực hiện”,"
                            + " “Chưa hoàn thành”, “Điều chỉnh” hoặc tỷ lệ phần trăm."));
                }
            }
        }
    }

    static String activity(TaskLine t) {
        String s = At.text(t.row().task());
        if (s.isBlank() && t.row().tt57().improvement() != null) {
            s = t.row().tt57().improvement().text();
        }
        return shorten(s);
    }

    /** A text quoted in a message, cut at 80 characters. */
    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
