package vn.kdcl.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import vn.kdcl.catalogue.Catalogue;
import vn.kdcl.catalogue.CatalogueRepository;
import vn.kdcl.catalogue.Criterion;
import vn.kdcl.catalogue.SchoolType;
import vn.kdcl.check.Finding;
import vn.kdcl.check.Severity;

/** Reads the current submission of every school and year, in a stable order. */
@Service
public class ExportService {

    private final JdbcTemplate jdbc;
    private final CatalogueRepository catalogues;

    public ExportService(JdbcTemplate jdbc, CatalogueRepository catalogues) {
        this.jdbc = jdbc;
        this.catalogues = catalogues;
    }

    /** @param year "2024-2025", or null for every year */
    public List<ExportedSchool> schools(String year) {
        String where = "WHERE s.status = 'CURRENT'" + (year == null ? "" : " AND s.school_year = ?");
        Object[] args = year == null ? new Object[0] : new Object[] {year};
        List<Map<String, Object>> heads = jdbc.queryForList("""
                SELECT s.id, s.school_code, s.school_name, s.school_type, s.framework, s.catalogue_id, s.unit, s.province,
                       s.school_year, s.declared_level, s.declared_count1, s.declared_count2, s.declared_count3,
                       s.declared_count4, s.computed_level, s.computed_count1, s.computed_count2, s.computed_count3,
                       s.computed_count4, s.file_name, s.stored_path, s.sha256, s.version, s.status
                FROM submission s
                """ + where + " ORDER BY s.unit, s.school_code, s.school_year", args);
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ExportedSchool.CriterionEntry>> criteria = new HashMap<>();
        Map<Long, List<ExportedSchool.Level4Entry>> level4 = new HashMap<>();
        Map<Long, List<ExportedSchool.TaskEntry>> tasks = new HashMap<>();
        Map<Long, List<long[]>> fundingAmounts = new HashMap<>();
        Map<Long, List<String>> fundingSources = new HashMap<>();
        Map<Long, List<Finding>> findings = new HashMap<>();
        Map<Long, List<ExportedSchool.PriorityEntry>> priorities = new HashMap<>();
        Map<Long, List<ExportedSchool.MonitoringEntry>> monitoring = new HashMap<>();
        String current = "SELECT id FROM submission s " + where;
        jdbc.query("SELECT submission_id, code, level1, level2, level3, level, school_level FROM criterion_result"
                + " WHERE submission_id IN (" + current + ") ORDER BY submission_id, sheet_row NULLS LAST, code",
                (ResultSet rs) -> {
            criteria.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ExportedSchool.CriterionEntry(
                    rs.getString(2), null, rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5), rs.getInt(6),
                    rs.getString(7)));
        }, args);
        jdbc.query("SELECT submission_id, number, met FROM level4_result WHERE submission_id IN (" + current
                + ") ORDER BY submission_id, number", (ResultSet rs) -> {
            level4.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new ExportedSchool.Level4Entry(String.valueOf(rs.getInt(2)), rs.getBoolean(3)));
        }, args);
        // tasks and funding lines are keyed submission × 2^24 + seq (migration V4): by id is by submission, then seq
        jdbc.query("""
                SELECT submission_id, criterion, task, lead, start_date, end_date, period_text, amount, amount_text, source,
                       source_text, partners, expected_result, improvement, goal, indicator, resources, evidence,
                       progress, progress_percent, status_text
                FROM plan_task WHERE submission_id IN (""" + current + ") ORDER BY id", (ResultSet rs) -> {
            String progress = rs.getString(19);
            tasks.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ExportedSchool.TaskEntry(
                    rs.getString(2), rs.getString(3), rs.getString(4), date(rs, 5), date(rs, 6), rs.getString(7),
                    nullableLong(rs, 8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                    rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17),
                    rs.getString(18), progress, nullableInt(rs, 20), progress == null ? null : rs.getString(21)));
        }, args);
        jdbc.query("""
                SELECT submission_id, standard, criteria, current_state, weakness, cause
                FROM priority_issue WHERE submission_id IN (""" + current + ") ORDER BY id", (ResultSet rs) -> {
            priorities.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ExportedSchool.PriorityEntry(
                    rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
        }, args);
        jdbc.query("""
                SELECT submission_id, moment, moment_text, content, result, adjustment, reviewer
                FROM monitoring_entry WHERE submission_id IN (""" + current + ") ORDER BY id", (ResultSet rs) -> {
            monitoring.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ExportedSchool.MonitoringEntry(
                    rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                    rs.getString(7)));
        }, args);
        jdbc.query("SELECT submission_id, amount, source, task_seq FROM funding_line WHERE submission_id IN (" + current
                + ") ORDER BY id", (ResultSet rs) -> {
            long fromTask = rs.getObject(4) == null ? 0 : 1; // a line read from a task's "Nguồn lực bảo đảm"
            fundingAmounts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new long[] {rs.getLong(2), fromTask});
            fundingSources.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(3));
        }, args);
        jdbc.query("SELECT submission_id, code, severity, sheet, cell, message FROM finding WHERE submission_id IN ("
                + current + ") ORDER BY submission_id, seq", (ResultSet rs) -> {
            findings.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Finding(rs.getString(2),
                    Severity.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6)));
        }, args);

        List<ExportedSchool> out = new ArrayList<>(heads.size());
        for (Map<String, Object> h : heads) {
            long id = ((Number) h.get("ID")).longValue();
            List<ExportedSchool.TaskEntry> t = tasks.getOrDefault(id, List.of());
            out.add(new ExportedSchool(
                    (String) h.get("SCHOOL_CODE"), (String) h.get("SCHOOL_NAME"), (String) h.get("SCHOOL_TYPE"),
                    (String) h.get("FRAMEWORK"), (String) h.get("CATALOGUE_ID"), (String) h.get("UNIT"),
                    (String) h.get("PROVINCE"), (String) h.get("SCHOOL_YEAR"),
                    counts(h, "DECLARED"), counts(h, "COMPUTED"),
                    mandatoryFlags(lowestPerCode(criteria.getOrDefault(id, List.of())), (String) h.get("CATALOGUE_ID"),
                            (String) h.get("SCHOOL_TYPE")), level4.getOrDefault(id, List.of()), t,
                    funding(fundingAmounts.get(id), fundingSources.get(id), t),
                    findings.getOrDefault(id, List.of()),
                    new ExportedSchool.SubmissionInfo((String) h.get("FILE_NAME"), (String) h.get("STORED_PATH"),
                            ((String) h.get("SHA256")).trim(), ((Number) h.get("VERSION")).intValue(),
                            (String) h.get("STATUS")), priorities.getOrDefault(id, List.of()),
                    monitoring.getOrDefault(id, List.of()), bySchoolLevel(criteria.getOrDefault(id, List.of()),
                    (String) h.get("CATALOGUE_ID"), (String) h.get("SCHOOL_TYPE"))));
        }
        return out;
    }

    /**
     * A multi-level school's results given per cấp học: each criterion at its lowest level over the cấp học (the
     * school is at the lowest of them), the results of each cấp học in {@code criteriaBySchoolLevel}. Other schools'
     * criteria are returned as they are.
     */
    private static List<ExportedSchool.CriterionEntry> lowestPerCode(List<ExportedSchool.CriterionEntry> entries) {
        if (entries.stream().allMatch(e -> e.schoolLevel() == null)) {
            return entries;
        }
        Map<String, ExportedSchool.CriterionEntry> lowest = new java.util.LinkedHashMap<>();
        for (ExportedSchool.CriterionEntry e : entries) {
            lowest.merge(e.code(), new ExportedSchool.CriterionEntry(e.code(), e.mandatory(), e.level1(), e.level2(),
                    e.level3(), e.level()), (a, b) -> b.level() < a.level() ? b : a);
        }
        return List.copyOf(lowest.values());
    }

    private List<ExportedSchool.CriterionEntry> bySchoolLevel(List<ExportedSchool.CriterionEntry> entries,
                                                              String catalogueId, String schoolType) {
        return entries.stream().anyMatch(e -> e.schoolLevel() != null)
                ? mandatoryFlags(entries, catalogueId, schoolType) : List.of();
    }

    /** TT57/2026 criteria carry their mandatory flag; the 2018 circulars have none (the field stays absent). */
    private List<ExportedSchool.CriterionEntry> mandatoryFlags(List<ExportedSchool.CriterionEntry> entries,
                                                               String catalogueId, String schoolType) {
        if (catalogueId == null || entries.isEmpty()) {
            return entries;
        }
        SchoolType type = java.util.Arrays.stream(SchoolType.values()).filter(t -> t.name().equals(schoolType))
                .findFirst().orElse(null); // a type this version does not know reads as none, never as an error
        Catalogue c = catalogues.byId(catalogueId, type).orElse(null);
        if (c == null || !c.hasMandatoryCriteria()) {
            return entries;
        }
        return entries.stream().map(e -> new ExportedSchool.CriterionEntry(e.code(),
                c.criterion(e.code()).map(Criterion::mandatory).orElse(false), e.level1(), e.level2(), e.level3(),
                e.level(), e.schoolLevel())).toList();
    }

    /** Funding lines when the Kinh phí sheet gave them, otherwise the plan's task budgets. */
    private static ExportedSchool.Funding funding(List<long[]> amounts, List<String> sources,
                                                  List<ExportedSchool.TaskEntry> tasks) {
        Map<String, Long> bySource = new TreeMap<>();
        long total = 0;
        String basis;
        if (amounts != null && !amounts.isEmpty()) {
            // lines of the Kinh phí sheet, or amounts read from the plan's "Nguồn lực bảo đảm" (TT57/2026 form)
            basis = amounts.stream().allMatch(a -> a[1] == 1) ? "KE_HOACH" : "KINH_PHI";
            for (int i = 0; i < amounts.size(); i++) {
                long a = amounts.get(i)[0];
                total += a;
                bySource.merge(sources.get(i) == null ? "UNSPECIFIED" : sources.get(i), a, Long::sum);
            }
        } else {
            basis = "KE_HOACH";
            for (ExportedSchool.TaskEntry t : tasks) {
                if (t.amount() != null && t.amount() != 0) {
                    total += t.amount();
                    bySource.merge(t.source() == null ? "UNSPECIFIED" : t.source(), t.amount(), Long::sum);
                }
            }
        }
        return new ExportedSchool.Funding(total, bySource, basis);
    }

    private static ExportedSchool.Counts counts(Map<String, Object> h, String prefix) {
        return new ExportedSchool.Counts(integer(h.get(prefix + "_LEVEL")), integer(h.get(prefix + "_COUNT1")),
                integer(h.get(prefix + "_COUNT2")), integer(h.get(prefix + "_COUNT3")), integer(h.get(prefix + "_COUNT4")));
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    private static LocalDate date(ResultSet rs, int i) throws SQLException {
        return rs.getObject(i, LocalDate.class);
    }

    private static Integer nullableInt(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }

    private static Long nullableLong(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }
}
