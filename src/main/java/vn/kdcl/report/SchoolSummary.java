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
                            List<FindingRow> findings) {

    /** One line of "declared vs computed": the school level or a count of criteria reaching a level. */
    public record CountRow(String label, String declared, String computed, boolean differs) {
    }

    public record CriterionRow(int standard, String standardName, String code, String name, String level1,
                               String level2, String level3, int level) {
    }

    public record Level4Row(int number, String name, String met) {
    }

    public record TaskRow(String criterion, String task, String lead, String period, Long amount, String source) {
    }

    public record FundingRow(String source, long amount) {
    }

    public record FindingRow(String code, String severity, String where, String message) {
    }
}
