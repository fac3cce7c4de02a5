package vn.kdcl.report;

import java.util.List;

/**
 * The district dashboard of one unit and year. {@code province} is the province most of its schools name (null if
 * none); {@code fundingByStandard} and {@code fundingByQuarter} sum the plan's task budgets (not the Kinh phí sheet).
 */
public record Dashboard(String unit, String year, String province, int schools, List<HeatRow> heatMap,
                        List<LevelCount> levels, List<CriterionShare> criterionShares, List<SourceAmount> fundingBySource,
                        long fundingTotal, List<SchoolFunding> fundingBySchool, List<StatusCount> statuses,
                        boolean registryUsed, List<GroupAmount> fundingByStandard, List<GroupAmount> fundingByQuarter) {

    /** Sum of the task budgets (equal for both groupings). */
    public long taskFundingTotal() {
        return fundingByStandard.stream().mapToLong(GroupAmount::amount).sum();
    }

    /** Standards with money, for the bar chart. */
    public List<GroupAmount> standardChart() {
        return fundingByStandard.stream().filter(g -> g.amount() > 0).toList();
    }

    /** Groups with money, for the bar chart. */
    public List<GroupAmount> quarterChart() {
        return fundingByQuarter.stream().filter(g -> g.amount() > 0).toList();
    }

    /** Sources with money, for the pie chart (a pie of zeros draws nothing useful). */
    public List<SourceAmount> fundingChart() {
        return fundingBySource.stream().filter(s -> s.amount() > 0).toList();
    }

    /** One school's row of the heat map; {@code header} repeats the catalogue's codes for the group header. */
    public record HeatRow(String catalogue, String schoolCode, String schoolName, List<HeatCell> cells,
                          List<HeatCell> header) {
    }

    /** A criterion of a school: its level 0..3, or -1 when the submission has no result for it. */
    public record HeatCell(String code, int level) {
    }

    /** Number of schools at a computed school level (0 = chưa đạt Mức 1). */
    public record LevelCount(int level, String label, int schools) {
    }

    /** How many schools of a catalogue reach each level of one criterion; shares in percent. */
    public record CriterionShare(String catalogue, String code, String name, int schools, int reach1, int reach2,
                                 Integer reach3, double share1, double share2, Double share3) {

        public String text1() {
            return text(reach1, share1);
        }

        public String text2() {
            return text(reach2, share2);
        }

        public String text3() {
            return reach3 == null ? "—" : text(reach3, share3);
        }

        private String text(int reach, double share) {
            return reach + "/" + schools + " (" + String.format(java.util.Locale.forLanguageTag("vi-VN"), "%.1f", share) + " %)";
        }
    }

    public record SourceAmount(String code, String label, long amount) {
    }

    public record SchoolFunding(String code, String name, long nsnn, long unitBudget, long socialised,
                                long contributions, long other, long total) {
    }

    public record StatusCount(String label, int count) {
    }

    /** Planned task budgets of a group (a standard, Mức 4, a quarter): {@code key} orders the groups. */
    public record GroupAmount(String key, String label, int tasks, long amount) {
    }
}
