package vn.kdcl.report;

import java.util.List;

/**
 * Everything the school summary PDF shows for one school's current submission.
 * Marks are Vietnamese words ("Đạt", "Không đạt", "—" where the criterion has no such level).
 */
public record SchoolSummary(String code, String name, String schoolTypeLabel, String framework, String catalogue,
                            String catalogueTitle, String unit, String province, String year, String planPeriod,
                            String principal, String preparer, String preparedOn, String fileName, int version,
                            List<CountRow> counts, List<CriterionRow> criteria, List<Level4Row> level4,
                            List<TaskRow> tasks, List<FundingRow> funding, long fundingTotal, String fundingBasis,
                            List<FindingRow> findings, boolean tt57, List<String> levelReasons,
                            List<PriorityRow> priorities, List<String> years, List<MonitoringRow> monitoring) {

    public SchoolSummary {
        years = years == null ? List.of() : List.copyOf(years);
        monitoring = monitoring == null ? List.of() : List.copyOf(monitoring);
    }

    /** A review line of the TT57/2026 plan (theo dõi, đánh giá), as the school wrote it. */
    public record MonitoringRow(String momentText, String content, String result, String adjustment, String reviewer) {
    }

    /**
     * The school's level in each school year it has a plan for, one line per year under the circular of that year:
     * the circulars differ in criteria and levels, so only the school's level is put side by side, never criterion
     * by criterion. Empty when the school has only this year.
     */
    public String yearsText() {
        return String.join("\n", years.stream().map(r -> "• " + r).toList());
    }

    /**
     * The level explanation as one text, a line per condition (TT57/2026: khoản 3 Điều 5), then the school's level
     * in the other school years it has a plan for.
     */
    public String levelReasonText() {
        String reasons = String.join("\n", levelReasons.stream().map(r -> "• " + r).toList());
        return years.isEmpty() ? reasons : reasons + "\nMức của trường qua các năm học (mỗi năm theo thông tư của năm đó;"
                + " tiêu chí của các thông tư không tương ứng một-một nên chỉ so sánh mức của trường):\n" + yearsText();
    }

    /** One line of "declared vs computed": the school level or a count of criteria reaching a level. */
    public record CountRow(String label, String declared, String computed, boolean differs) {
    }

    public record CriterionRow(int standard, String standardName, String code, String name, String level1,
                               String level2, String level3, int level) {
    }

    public record Level4Row(int number, String name, String met) {
    }

    /**
     * A plan task; {@code indicator} and {@code progress} (the Vietnamese label of "Mức độ thực hiện", with its
     * percentage) are the TT57/2026 form's, null for a 2018-era plan.
     */
    public record TaskRow(String criterion, String task, String lead, String period, Long amount, String source,
                          String indicator, String progress) {
        public TaskRow(String criterion, String task, String lead, String period, Long amount, String source) {
            this(criterion, task, lead, period, amount, source, null, null);
        }
    }

    /** A priority issue of the TT57/2026 plan (Vấn đề ưu tiên cải tiến). */
    public record PriorityRow(String standard, String criteria, String currentState, String weakness, String cause) {
    }

    public record FundingRow(String source, long amount) {
    }

    public record FindingRow(String code, String severity, String where, String message) {
    }
}
