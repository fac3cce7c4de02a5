package vn.kdcl.report;

import java.util.List;

/**
 * The district dashboard of one unit and year. {@code province} is the province most of its schools name (null if
 * none); {@code fundingByStandard} and {@code fundingByQuarter} sum the plan's task budgets (not the Kinh phí sheet).
 */
public record Dashboard(String unit, String year, String province, int schools, List<HeatRow> heatMap,
                        List<LevelCount> levels, List<CriterionShare> criterionShares, List<SourceAmount> fundingBySource,
                        long fundingTotal, List<SchoolFunding> fundingBySchool, List<StatusCount> statuses,
                        boolean registryUsed, List<GroupAmount> fundingByStandard, List<GroupAmount> fundingByQuarter,
                        List<MissingSchool> missingSchools, boolean tt57, String today,
                        List<SchoolProgress> progress, List<OverdueTask> overdue) {

    /** A 2018-era dashboard: no progress sections. */
    public Dashboard(String unit, String year, String province, int schools, List<HeatRow> heatMap,
                     List<LevelCount> levels, List<CriterionShare> criterionShares, List<SourceAmount> fundingBySource,
                     long fundingTotal, List<SchoolFunding> fundingBySchool, List<StatusCount> statuses,
                     boolean registryUsed, List<GroupAmount> fundingByStandard, List<GroupAmount> fundingByQuarter,
                     List<MissingSchool> missingSchools) {
        this(unit, year, province, schools, heatMap, levels, criterionShares, fundingBySource, fundingTotal,
                fundingBySchool, statuses, registryUsed, fundingByStandard, fundingByQuarter, missingSchools, false,
                null, List.of(), List.of());
    }

    /**
     * Progress of one school's plan tasks (TT57/2026 "Mức độ thực hiện"): done (DONE), in progress (IN_PROGRESS,
     * ADJUSTED), not started (NOT_STARTED, NOT_DONE) and unknown (blank or not understood). The last row of
     * {@link #progressRows()} is the unit's total (code null).
     */
    public record SchoolProgress(String code, String name, int tasks, int done, int inProgress, int notStarted,
                                 int unknown) {

        public String doneText() {
            return share(done);
        }

        public String inProgressText() {
            return share(inProgress);
        }

        public String notStartedText() {
            return share(notStarted);
        }

        public String unknownText() {
            return share(unknown);
        }

        private String share(int n) {
            return n + " (" + String.format(java.util.Locale.forLanguageTag("vi-VN"), "%.1f",
                    ReportDataService.pct(n, tasks)) + " %)";
        }
    }

    /** Section 9's rows: the schools, then "Tổng cộng" (code null). */
    public List<SchoolProgress> progressRows() {
        List<SchoolProgress> rows = new java.util.ArrayList<>(progress);
        rows.add(new SchoolProgress(null, "Tổng cộng", progress.stream().mapToInt(SchoolProgress::tasks).sum(),
                progress.stream().mapToInt(SchoolProgress::done).sum(),
                progress.stream().mapToInt(SchoolProgress::inProgress).sum(),
                progress.stream().mapToInt(SchoolProgress::notStarted).sum(),
                progress.stream().mapToInt(SchoolProgress::unknown).sum()));
        return rows;
    }

    /** A task whose end date is before the report's day and that is not done; {@code daysLate} counts from the end. */
    public record OverdueTask(String schoolCode, String schoolName, String criterion, String task, String lead,
                              String end, long daysLate, String progress) {
    }

    /**
     * A school of the registry, in the unit, without an accepted plan for the year: whom the office still chases
     * (section 8), with the registry's phone and e-mail, and a note when the school did send a file that was rejected.
     */
    public record MissingSchool(String code, String name, String phone, String email, String note) {
    }

    /** Sum of the task budgets (equal for both groupings). */
    public long taskFundingTotal() {
        return fundingByStandard.stream().mapToLong(GroupAmount::amount).sum();
    }

    /** Section 6 as one table (see {@link FundingPair#rows}). */
    public List<FundingPair> fundingPairs() {
        return FundingPair.rows(fundingByStandard, fundingByQuarter);
    }

    /**
     * A row of the table of task budgets by standard beside budgets by start quarter (district section 6,
     * province section 3). One table rather than two side by side, so that its heading row moves with it to
     * a new page. A null label leaves that side's cells empty; a side without groups says so in its first row.
     */
    public record FundingPair(String standard, Integer standardTasks, Long standardAmount, String quarter,
                              Integer quarterTasks, Long quarterAmount, boolean total) {

        /** What an empty side says. */
        public static final String NONE = "Không có.";

        /** The groups row by row, then both totals. */
        public static List<FundingPair> rows(List<GroupAmount> byStandard, List<GroupAmount> byQuarter) {
            int rows = Math.max(Math.max(byStandard.size(), byQuarter.size()), 1);
            List<FundingPair> pairs = new java.util.ArrayList<>(rows + 1);
            for (int i = 0; i < rows; i++) {
                GroupAmount l = i < byStandard.size() ? byStandard.get(i) : null;
                GroupAmount r = i < byQuarter.size() ? byQuarter.get(i) : null;
                pairs.add(new FundingPair(label(l, i, byStandard), l == null ? null : l.tasks(),
                        l == null ? null : l.amount(), label(r, i, byQuarter), r == null ? null : r.tasks(),
                        r == null ? null : r.amount(), false));
            }
            if (!byStandard.isEmpty() || !byQuarter.isEmpty()) {
                pairs.add(new FundingPair(byStandard.isEmpty() ? null : "Tổng cộng", tasks(byStandard), amount(byStandard),
                        byQuarter.isEmpty() ? null : "Tổng cộng", tasks(byQuarter), amount(byQuarter), true));
            }
            return pairs;
        }

        public boolean hasStandard() {
            return standard != null && !NONE.equals(standard);
        }

        public boolean hasQuarter() {
            return quarter != null && !NONE.equals(quarter);
        }

        private static String label(GroupAmount g, int row, List<GroupAmount> all) {
            return g != null ? g.label() : all.isEmpty() && row == 0 ? NONE : null;
        }

        private static Integer tasks(List<GroupAmount> groups) {
            return groups.isEmpty() ? null : groups.stream().mapToInt(GroupAmount::tasks).sum();
        }

        private static Long amount(List<GroupAmount> groups) {
            return groups.isEmpty() ? null : groups.stream().mapToLong(GroupAmount::amount).sum();
        }
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

    /**
     * A criterion of a school: its level 0..3, or -1 when the submission has no result for it; {@code mandatory}
     * (TT57/2026) marks the code in the heat map's header with "*".
     */
    /**
     * The number of the progress section (TT57/2026), the overdue activities following it: right after section 7,
     * or after section 8 (schools without a plan) when a registry gives that one.
     */
    public int progressSection() {
        return registryUsed() ? 9 : 8;
    }

    /**
     * @param tone the colour of the cell: the level, except that a circular's highest level is shown as the top
     *             colour (3), so that TT57/2026's Mức 2 is green as the 2018 circulars' Mức 3 is
     */
    public record HeatCell(String code, int level, boolean mandatory, int tone) {
        public HeatCell(String code, int level, boolean mandatory) {
            this(code, level, mandatory, level);
        }

        public HeatCell(String code, int level) {
            this(code, level, false, level);
        }

        /** The header's text. */
        public String label() {
            return mandatory ? code + "*" : code;
        }
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

    /**
     * Section 7's rows: the schools, then "Tổng cộng" (code null), the same sums as section 3. A last row rather than
     * a table footer, which JasperReports may carry alone onto the next page.
     */
    public List<SchoolFunding> fundingBySchoolRows() {
        List<SchoolFunding> rows = new java.util.ArrayList<>(fundingBySchool);
        rows.add(new SchoolFunding(null, "Tổng cộng", sum(SchoolFunding::nsnn), sum(SchoolFunding::unitBudget),
                sum(SchoolFunding::socialised), sum(SchoolFunding::contributions), sum(SchoolFunding::other),
                sum(SchoolFunding::total)));
        return rows;
    }

    private long sum(java.util.function.ToLongFunction<SchoolFunding> column) {
        return fundingBySchool.stream().mapToLong(column).sum();
    }

    public record StatusCount(String label, int count) {
    }

    /** Planned task budgets of a group (a standard, Mức 4, a quarter): {@code key} orders the groups. */
    public record GroupAmount(String key, String label, int tasks, long amount) {
    }
}
