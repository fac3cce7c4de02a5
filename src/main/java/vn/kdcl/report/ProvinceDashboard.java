package vn.kdcl.report;

import java.util.List;

/**
 * The province roll-up of one year ({@code tt57}: its units' plans are on the TT57/2026 form, two levels): the unit dashboards of the province side by side ({@code units}), their totals,
 * and the criteria across all schools of the province. Built by {@link ProvinceRollup} from the unit dashboards, so
 * every total is the sum of the units.
 */
public record ProvinceDashboard(String province, String year, int schools, List<UnitRow> units,
                                List<Dashboard.StatusCount> statuses, List<Dashboard.LevelCount> levels,
                                List<Dashboard.SourceAmount> fundingBySource, long fundingTotal,
                                List<Dashboard.GroupAmount> fundingByStandard,
                                List<Dashboard.GroupAmount> fundingByQuarter,
                                List<Dashboard.CriterionShare> criterionShares, List<UnitHeatRow> heatMap,
                                boolean registryUsed, List<UnitMissing> missingSchools,
                                boolean tt57) {

    /** A school without a plan, with its unit: the province-wide list to chase (province.xlsx, sheet "Chưa nộp"). */
    public record UnitMissing(String unit, Dashboard.MissingSchool school) {
    }

    public long taskFundingTotal() {
        return fundingByStandard.stream().mapToLong(Dashboard.GroupAmount::amount).sum();
    }

    /** Section 3 as one table (see {@link Dashboard.FundingPair#rows}). */
    public List<Dashboard.FundingPair> fundingPairs() {
        return Dashboard.FundingPair.rows(fundingByStandard, fundingByQuarter);
    }

    /** How the year's circular names a school below Mức 1 ("Không đạt Mức 1" in TT57/2026). */
    public String notReachedLabel() {
        return levels.stream().filter(l -> l.level() == 0).map(Dashboard.LevelCount::label).findFirst()
                .orElse(ReportDataService.levelLabel(0));
    }

    /** The unit rows and a "Tổng cộng" row that adds them up. */
    public List<UnitRow> unitsWithTotal() {
        List<UnitRow> out = new java.util.ArrayList<>(units);
        out.add(new UnitRow("Tổng cộng", sum(UnitRow::schools), sum(UnitRow::clean), sum(UnitRow::warned),
                sum(UnitRow::rejectedFiles), sum(UnitRow::rejectedOnly),
                registryUsed ? sum(u -> u.missing() == null ? 0 : u.missing()) : null, sum(UnitRow::level0),
                sum(UnitRow::level1), sum(UnitRow::level2), sum(UnitRow::level3), sum(UnitRow::level4),
                sumLong(UnitRow::nsnn), sumLong(UnitRow::unitBudget), sumLong(UnitRow::socialised),
                sumLong(UnitRow::contributions), sumLong(UnitRow::other), sumLong(UnitRow::total)));
        return out;
    }

    /** Rejected files whose school and year could not be read (not attributable to a unit). */
    public int unattributedRejected() {
        return statuses.stream().filter(s -> ReportDataService.STATUS_UNATTRIBUTED.equals(s.label()))
                .mapToInt(Dashboard.StatusCount::count).findFirst().orElse(0);
    }

    private int sum(java.util.function.ToIntFunction<UnitRow> f) {
        return units.stream().mapToInt(f).sum();
    }

    private long sumLong(java.util.function.ToLongFunction<UnitRow> f) {
        return units.stream().mapToLong(f).sum();
    }

    public List<Dashboard.SourceAmount> fundingChart() {
        return fundingBySource.stream().filter(s -> s.amount() > 0).toList();
    }

    /**
     * One management unit: submission status, schools per computed level (level4 = Mức 4), funding by source.
     * {@code missing} is null without a registry.
     */
    public record UnitRow(String unit, int schools, int clean, int warned, int rejectedFiles, int rejectedOnly,
                          Integer missing, int level0, int level1, int level2, int level3, int level4, long nsnn,
                          long unitBudget, long socialised, long contributions, long other, long total) {
    }

    /** A unit's row of the province heat map for one catalogue: per criterion the share of schools at Mức 2. */
    public record UnitHeatRow(String catalogue, String unit, int schools, List<ShareCell> cells,
                              List<ShareCell> header) {
    }

    /**
     * {@code band} colours the cell like a criterion level in the unit heat map: 0 below 50 %, 1 from 50 %,
     * 2 from 75 %, 3 from 90 % of the schools at Mức 2; -1 no data.
     */
    public record ShareCell(String code, double share2, int band) {

        public String text() {
            return band < 0 ? "" : String.valueOf(Math.round(share2));
        }

        static int band(double share2) {
            return share2 >= 90 ? 3 : share2 >= 75 ? 2 : share2 >= 50 ? 1 : 0;
        }
    }
}
