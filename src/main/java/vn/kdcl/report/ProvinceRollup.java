package vn.kdcl.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Adds up unit dashboards of one province and year (pure: no database, so totals are the units' sums by design). */
final class ProvinceRollup {

    private ProvinceRollup() {
    }

    /** @param units dashboards of one year, in the order the rows should print */
    static ProvinceDashboard of(String province, String year, List<Dashboard> units) {
        List<ProvinceDashboard.UnitRow> rows = new ArrayList<>();
        Map<String, Integer> statuses = new LinkedHashMap<>();
        Map<Integer, Dashboard.LevelCount> levels = new TreeMap<>();
        Map<String, Dashboard.SourceAmount> sources = new LinkedHashMap<>();
        Map<String, int[]> reach = new LinkedHashMap<>();
        Map<String, Dashboard.CriterionShare> shareNames = new HashMap<>();
        List<ProvinceDashboard.UnitHeatRow> heat = new ArrayList<>();
        int schools = 0;
        long total = 0;
        boolean registry = false;
        for (Dashboard d : units) {
            schools += d.schools();
            total += d.fundingTotal();
            registry |= d.registryUsed();
            for (Dashboard.StatusCount s : d.statuses()) {
                // Unattributed rejected files are counted for all units in every dashboard: count them once.
                statuses.merge(s.label(), s.count(),
                        ReportDataService.STATUS_UNATTRIBUTED.equals(s.label()) ? Math::max : Integer::sum);
            }
            // a unit without plans has no circular of its own: its (empty) level rows are left out when another
            // unit has schools, so that a TT57/2026 year keeps its levels 0-2 and "Không đạt Mức 1"
            if (d.schools() > 0 || units.stream().allMatch(u -> u.schools() == 0)) {
                d.levels().forEach(l -> levels.merge(l.level(), l,
                        (a, b) -> new Dashboard.LevelCount(a.level(), a.label(), a.schools() + b.schools())));
            }
            d.fundingBySource().forEach(a -> sources.merge(a.code(), a,
                    (x, y) -> new Dashboard.SourceAmount(x.code(), x.label(), x.amount() + y.amount())));
            for (Dashboard.CriterionShare c : d.criterionShares()) {
                String key = c.catalogue() + "|" + c.code();
                int[] r = reach.computeIfAbsent(key, k -> new int[4]);
                r[0] += c.schools();
                r[1] += c.reach1();
                r[2] += c.reach2();
                r[3] += c.reach3() == null ? 0 : c.reach3();
                shareNames.putIfAbsent(key, c);
            }
            rows.add(unitRow(d));
            heat.addAll(heatRows(d));
        }
        List<Dashboard.CriterionShare> shares = new ArrayList<>();
        reach.forEach((key, r) -> {
            Dashboard.CriterionShare first = shareNames.get(key);
            boolean has3 = first.reach3() != null;
            shares.add(new Dashboard.CriterionShare(first.catalogue(), first.code(), first.name(), r[0], r[1], r[2],
                    has3 ? r[3] : null, ReportDataService.pct(r[1], r[0]), ReportDataService.pct(r[2], r[0]),
                    has3 ? ReportDataService.pct(r[3], r[0]) : null));
        });
        shares.sort(ReportDataService.WEAKEST_FIRST);
        // Heat rows grouped by catalogue (the design groups on it), units in the given order within a catalogue.
        heat.sort(java.util.Comparator.comparing(ProvinceDashboard.UnitHeatRow::catalogue));
        return new ProvinceDashboard(province, year, schools, rows,
                statuses.entrySet().stream().map(e -> new Dashboard.StatusCount(e.getKey(), e.getValue())).toList(),
                List.copyOf(levels.values()), List.copyOf(sources.values()), total,
                TaskFunding.merge(units.stream().map(Dashboard::fundingByStandard).toList()),
                TaskFunding.merge(units.stream().map(Dashboard::fundingByQuarter).toList()), shares, heat, registry,
                units.stream().flatMap(d -> d.missingSchools().stream().map(m -> new ProvinceDashboard.UnitMissing(d.unit(), m)))
                        .toList(), units.stream().anyMatch(Dashboard::tt57));
    }

    private static ProvinceDashboard.UnitRow unitRow(Dashboard d) {
        Map<String, Integer> st = new HashMap<>();
        d.statuses().forEach(s -> st.put(s.label(), s.count()));
        int[] lv = new int[5];
        d.levels().forEach(l -> lv[Math.min(4, Math.max(0, l.level()))] += l.schools());
        Map<String, Long> src = new HashMap<>();
        d.fundingBySource().forEach(s -> src.put(s.code(), s.amount()));
        return new ProvinceDashboard.UnitRow(d.unit(), d.schools(), st.getOrDefault(ReportDataService.STATUS_CLEAN, 0),
                st.getOrDefault(ReportDataService.STATUS_WARNED, 0), st.getOrDefault(ReportDataService.STATUS_REJECTED, 0),
                st.getOrDefault(ReportDataService.STATUS_REJECTED_ONLY, 0), st.get(ReportDataService.STATUS_MISSING),
                lv[0], lv[1], lv[2], lv[3], lv[4], src.getOrDefault("NSNN", 0L), src.getOrDefault("NGAN_SACH_DON_VI", 0L),
                src.getOrDefault("XA_HOI_HOA", 0L), src.getOrDefault("DONG_GOP", 0L),
                src.getOrDefault("KHAC", 0L) + src.getOrDefault(ReportDataService.UNSPECIFIED, 0L), d.fundingTotal());
    }

    private static List<ProvinceDashboard.UnitHeatRow> heatRows(Dashboard d) {
        Map<String, List<Dashboard.HeatCell>> headers = new LinkedHashMap<>();
        d.heatMap().forEach(r -> headers.putIfAbsent(r.catalogue(), r.header()));
        Map<String, Dashboard.CriterionShare> shares = new HashMap<>();
        d.criterionShares().forEach(c -> shares.put(c.catalogue() + "|" + c.code(), c));
        List<ProvinceDashboard.UnitHeatRow> out = new ArrayList<>();
        headers.forEach((catalogue, header) -> {
            List<ProvinceDashboard.ShareCell> head = header.stream()
                    .map(h -> new ProvinceDashboard.ShareCell(h.code(), 0, -1)).toList();
            List<ProvinceDashboard.ShareCell> cells = new ArrayList<>();
            int n = 0;
            for (Dashboard.HeatCell h : header) {
                Dashboard.CriterionShare c = shares.get(catalogue + "|" + h.code());
                cells.add(c == null ? new ProvinceDashboard.ShareCell(h.code(), 0, -1)
                        : new ProvinceDashboard.ShareCell(h.code(), c.share2(), ProvinceDashboard.ShareCell.band(c.share2())));
                n = c == null ? n : c.schools();
            }
            out.add(new ProvinceDashboard.UnitHeatRow(catalogue, d.unit(), n, cells, head));
        });
        return out;
    }
}
