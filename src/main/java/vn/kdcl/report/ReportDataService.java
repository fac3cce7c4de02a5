package vn.kdcl.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import com.ibm.icu.text.Collator;

import vn.kdcl.catalogue.Catalogue;
import vn.kdcl.catalogue.CatalogueRepository;
import vn.kdcl.catalogue.Criterion;
import vn.kdcl.catalogue.SchoolLevelRules;
import vn.kdcl.catalogue.SchoolType;
import vn.kdcl.check.Finding;
import vn.kdcl.check.Severity;
import vn.kdcl.export.ExportService;
import vn.kdcl.export.ExportedSchool;
import vn.kdcl.normalise.FundingSource;
import vn.kdcl.normalise.Progress;
import vn.kdcl.registry.KnownSchools;
import vn.kdcl.registry.Registry;
import vn.kdcl.registry.RegistryEntry;
import vn.kdcl.registry.SchoolInFileName;
import vn.kdcl.text.VietText;

/**
 * Turns the current submissions of a unit and year into the rows the PDF reports print.
 * Reads through {@link ExportService} so that the reports and the export never disagree on a number.
 */
@Service
public class ReportDataService {

    static final String UNSPECIFIED = "UNSPECIFIED";
    static final String STATUS_CLEAN = "Đã tiếp nhận, không có cảnh báo";
    static final String STATUS_WARNED = "Đã tiếp nhận, có cảnh báo";
    static final String STATUS_REJECTED = "Tệp bị từ chối";
    static final String STATUS_REJECTED_ONLY = "Trường chỉ có tệp bị từ chối";
    static final String STATUS_UNATTRIBUTED = "Tệp bị từ chối chưa rõ trường, năm học (mọi đơn vị)";
    static final String STATUS_MISSING = "Chưa nộp (theo danh sách trường)";

    /** Weakest first: fewest schools at Mức 2, then at Mức 1, then at Mức 3. */
    static final Comparator<Dashboard.CriterionShare> WEAKEST_FIRST =
            Comparator.comparingDouble(Dashboard.CriterionShare::share2)
                    .thenComparingDouble(Dashboard.CriterionShare::share1)
                    .thenComparingDouble(c -> c.share3() == null ? 100 : c.share3())
                    .thenComparing(Dashboard.CriterionShare::catalogue).thenComparing(Dashboard.CriterionShare::code);
    private static final String DASH = "—";

    private final JdbcTemplate jdbc;
    private final ExportService export;
    private final CatalogueRepository catalogues;
    private final KnownSchools knownSchools;
    /** The report's "today" (overdue tasks): the system clock in production, a fixed one in tests. */
    private volatile Clock clock = Clock.systemDefaultZone();

    public ReportDataService(JdbcTemplate jdbc, ExportService export, CatalogueRepository catalogues,
                             KnownSchools knownSchools) {
        this.jdbc = jdbc;
        this.export = export;
        this.catalogues = catalogues;
        this.knownSchools = knownSchools;
    }

    /** Sets the clock whose date is the reports' "today" (a task ending before it and not done is overdue). */
    public ReportDataService clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        return this;
    }

    /** Every (year, unit) that has a current submission, filtered by the optional year and unit (exact). */
    public List<UnitYear> unitYears(String year, String unit) {
        List<UnitYear> all = jdbc.query("SELECT DISTINCT school_year, unit FROM submission WHERE status = 'CURRENT'"
                        + " AND school_year IS NOT NULL ORDER BY school_year",
                (rs, i) -> new UnitYear(rs.getString(1), blankToNull(rs.getString(2))));
        return all.stream()
                .filter(u -> year == null || year.equals(u.year()))
                .filter(u -> unit == null || namesUnit(unit, u))
                .sorted(Comparator.comparing(UnitYear::year).thenComparing(UnitYear::unitLabel, collator()))
                .toList();
    }

    /** One summary per school of the unit and year, in Vietnamese alphabetical order of the school name. */
    public List<SchoolSummary> schoolSummaries(UnitYear scope) {
        Map<String, Map<String, Object>> extra = new HashMap<>();
        jdbc.queryForList("""
                SELECT school_code, plan_period, principal, preparer, prepared_on, school_type_text
                FROM submission WHERE status = 'CURRENT' AND school_year = ?""", scope.year())
                .forEach(r -> extra.put((String) r.get("SCHOOL_CODE"), r));
        Map<String, List<String>> years = yearsOfSchools(scope.year());
        return schools(scope).stream()
                .map(s -> summary(s, extra.getOrDefault(s.code(), Map.of()), years.getOrDefault(s.code(), List.of())))
                .toList();
    }

    /**
     * Each school's level in every school year it has a current plan for, when that is more than one year: the
     * year, the circular of that year and its level (named as that circular names a school below Mức 1), with the
     * counts against that circular's own criteria, so that 2025-2026 (TT22/2024) and 2026-2027 (TT57/2026) stand
     * side by side without pretending their criteria map one to one.
     */
    private Map<String, List<String>> yearsOfSchools(String year) {
        Map<String, List<String>> out = new HashMap<>();
        jdbc.query("""
                SELECT school_code, school_year, catalogue_id, school_type, computed_level, computed_count1,
                       computed_count2, computed_count3
                FROM submission WHERE status = 'CURRENT' AND school_code IN
                    (SELECT school_code FROM submission WHERE status = 'CURRENT' AND school_year = ?)
                ORDER BY school_code, school_year""", (java.sql.ResultSet rs) -> {
            String catalogueId = rs.getString(3);
            SchoolType type = null;
            try {
                type = rs.getString(4) == null ? null : SchoolType.valueOf(rs.getString(4));
            } catch (IllegalArgumentException e) {
                type = null;
            }
            Catalogue c = catalogueId == null ? null : catalogues.byId(catalogueId, type).orElse(null);
            int level = rs.getInt(5);
            StringBuilder line = new StringBuilder(rs.getString(2)).append(" (")
                    .append(catalogueId == null ? "?" : catalogueId).append("): ")
                    .append(level <= 0 && c != null ? c.rules().notReached() : levelLabel(level));
            if (c != null) {
                List<String> counts = new ArrayList<>();
                for (int l = 1; l <= c.maxCriterionLevel(); l++) {
                    counts.add(rs.getInt(5 + l) + "/" + c.countHavingLevel(l) + " đạt Mức " + l);
                }
                line.append(" — ").append(String.join(", ", counts)).append(" tiêu chí");
            }
            out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(line.toString());
        }, year);
        out.values().removeIf(l -> l.size() < 2);
        return out;
    }

    /**
     * Dashboards of the registry's units without any accepted plan in {@code year} (no school, all of them missing):
     * the province roll-up lists them too, which a unit that has sent nothing yet would otherwise not appear in.
     */
    public List<Dashboard> dashboardsWithoutPlans(String year, Registry registry) {
        List<RejectedFile> rejected = rejectedFiles();
        return unitsWithoutPlans(year, registry).stream()
                .map(scope -> dashboard(scope, registry, List.of(), rejected)).toList();
    }

    private List<UnitYear> unitsWithoutPlans(String year, Registry registry) {
        List<UnitYear> withPlans = unitYears(year, null);
        Map<String, String> units = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        registry.entries().stream().map(RegistryEntry::unit).filter(u -> u != null && !u.isBlank())
                .forEach(u -> units.putIfAbsent(u.strip(), u.strip()));
        return units.values().stream()
                .filter(u -> withPlans.stream().noneMatch(w -> sameUnit(w.unit(), u)))
                .map(u -> new UnitYear(year, u)).toList();
    }

    /** The dashboard of a unit and year; {@code registry} may be null (no "missing" count then). */
    public Dashboard dashboard(UnitYear scope, Registry registry) {
        return dashboard(scope, registry, schools(scope), rejectedFiles());
    }

    /** The dashboard of the given schools (no registry, no rejected files), as of {@code today}. */
    Dashboard dashboard(UnitYear scope, List<ExportedSchool> schools, LocalDate today) {
        return dashboard(scope, null, schools, List.of(), today);
    }

    private Dashboard dashboard(UnitYear scope, Registry registry, List<ExportedSchool> schools,
                                List<RejectedFile> rejected) {
        return dashboard(scope, registry, schools, rejected, LocalDate.now(clock));
    }

    private Dashboard dashboard(UnitYear scope, Registry registry, List<ExportedSchool> schools,
                                List<RejectedFile> rejected, LocalDate today) {
        List<Dashboard.HeatRow> heat = new ArrayList<>();
        List<Dashboard.CriterionShare> shares = new ArrayList<>();
        Map<String, List<ExportedSchool>> byCatalogue = new TreeMap<>();
        schools.forEach(s -> byCatalogue.computeIfAbsent(catalogueKey(s), k -> new ArrayList<>()).add(s));
        byCatalogue.forEach((catalogueId, members) -> {
            Catalogue catalogue = catalogueOf(members.get(0));
            List<String> codes = catalogue != null ? catalogue.criteria().stream().map(Criterion::code).toList()
                    : members.get(0).criteria().stream().map(ExportedSchool.CriterionEntry::code).toList();
            boolean marked = members.get(0).tt57() && catalogue != null;
            List<Dashboard.HeatCell> header = codes.stream().map(c -> new Dashboard.HeatCell(c, -1,
                    marked && catalogue.criterion(c).map(Criterion::mandatory).orElse(false))).toList();
            for (ExportedSchool s : members) {
                Map<String, Integer> levels = new HashMap<>();
                s.criteria().forEach(c -> levels.put(c.code(), c.level()));
                heat.add(new Dashboard.HeatRow(catalogueId, s.code(), s.name(),
                        codes.stream().map(c -> heatCell(c, levels.getOrDefault(c, -1), marked ? catalogue : null))
                                .toList(), header));
            }
            for (String code : codes) {
                Criterion criterion = catalogue == null ? null : catalogue.criterion(code).orElse(null);
                boolean hasLevel3 = criterion == null || criterion.hasLevel(3);
                int r1 = 0;
                int r2 = 0;
                int r3 = 0;
                for (ExportedSchool s : members) {
                    int level = s.criteria().stream().filter(c -> c.code().equals(code))
                            .mapToInt(ExportedSchool.CriterionEntry::level).findFirst().orElse(0);
                    r1 += level >= 1 ? 1 : 0;
                    r2 += level >= 2 ? 1 : 0;
                    r3 += level >= 3 ? 1 : 0;
                }
                int n = members.size();
                shares.add(new Dashboard.CriterionShare(catalogueId, code, criterion == null ? "" : criterion.name(), n,
                        r1, r2, hasLevel3 ? r3 : null, pct(r1, n), pct(r2, n), hasLevel3 ? pct(r3, n) : null));
            }
        });
        shares.sort(WEAKEST_FIRST);

        // a TT57/2026 year: two school levels, level 0 named as the circular names it ("Không đạt Mức 1")
        boolean tt57 = !schools.isEmpty() && schools.stream().allMatch(ExportedSchool::tt57);
        String notReached = tt57 ? Optional.ofNullable(catalogueOf(schools.get(0))).map(c -> c.rules().notReached())
                .orElse(null) : null;
        int maxLevel = schools.stream().map(ExportedSchool::computed).filter(Objects::nonNull)
                .map(ExportedSchool.Counts::level).filter(Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0);
        List<Dashboard.LevelCount> levels = new ArrayList<>();
        for (int level = 0; level <= Math.max(tt57 ? 2 : 3, maxLevel); level++) {
            int l = level;
            int count = (int) schools.stream().filter(s -> computedLevel(s) == l).count();
            levels.add(new Dashboard.LevelCount(level, level <= 0 && notReached != null ? notReached : levelLabel(level),
                    count));
        }

        Map<String, Long> bySource = new LinkedHashMap<>();
        for (FundingSource f : FundingSource.values()) {
            bySource.put(f.name(), 0L);
        }
        bySource.put(UNSPECIFIED, 0L);
        List<Dashboard.SchoolFunding> bySchool = new ArrayList<>();
        long total = 0;
        for (ExportedSchool s : schools) {
            Map<String, Long> m = s.funding().bySource();
            m.forEach((k, v) -> bySource.merge(bySource.containsKey(k) ? k : UNSPECIFIED, v, Long::sum));
            total += s.funding().total();
            bySchool.add(new Dashboard.SchoolFunding(s.code(), s.name(), m.getOrDefault("NSNN", 0L),
                    m.getOrDefault("NGAN_SACH_DON_VI", 0L), m.getOrDefault("XA_HOI_HOA", 0L),
                    m.getOrDefault("DONG_GOP", 0L), m.getOrDefault("KHAC", 0L) + m.getOrDefault(UNSPECIFIED, 0L),
                    s.funding().total()));
        }
        List<Dashboard.SourceAmount> sources = bySource.entrySet().stream()
                .map(e -> new Dashboard.SourceAmount(e.getKey(), sourceLabel(e.getKey()), e.getValue())).toList();

        Set<String> current = new HashSet<>();
        schools.forEach(s -> current.add(s.code()));
        List<Dashboard.MissingSchool> missing = missingSchools(scope, current, registry, rejected);
        String province = mostNamed(schools.stream().map(ExportedSchool::province));
        if (province == null && registry != null) {
            // a unit without plans: the province its schools have in the registry
            province = mostNamed(registry.entries().stream().filter(e -> sameUnit(scope.unit(), e.unit()))
                    .map(RegistryEntry::province));
        }
        return new Dashboard(scope.unitLabel(), scope.year(), province, schools.size(), heat, levels, shares,
                sources, total, bySchool, statuses(scope, schools, current, registry, missing, rejected),
                registry != null, TaskFunding.byStandard(schools, standardNames(schools)), TaskFunding.byQuarter(schools),
                missing, tt57, tt57 ? DAY.format(today) : null, tt57 ? progress(schools) : List.of(),
                tt57 ? overdue(schools, today) : List.of());
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The heat map's group: the catalogue id, with the appendix for TT57/2026 (one id, three lists). */
    private String catalogueKey(ExportedSchool s) {
        String id = Objects.toString(s.catalogue(), "");
        if (!s.tt57()) {
            return id;
        }
        Catalogue c = catalogueOf(s);
        return c == null || c.appendix().isEmpty() ? id : id + " " + c.appendix();
    }

    /** Section 9: each school's tasks by progress (schools in the dashboard's order). */
    static List<Dashboard.SchoolProgress> progress(List<ExportedSchool> schools) {
        List<Dashboard.SchoolProgress> rows = new ArrayList<>();
        for (ExportedSchool s : schools) {
            int done = 0;
            int going = 0;
            int notStarted = 0;
            int unknown = 0;
            for (ExportedSchool.TaskEntry t : s.tasks()) {
                Progress.State state = progressState(t.progress());
                if (state == null) {
                    unknown++;
                } else {
                    switch (state) {
                        case DONE -> done++;
                        case IN_PROGRESS, ADJUSTED -> going++;
                        case NOT_STARTED, NOT_DONE -> notStarted++;
                    }
                }
            }
            rows.add(new Dashboard.SchoolProgress(s.code(), s.name(), s.tasks().size(), done, going, notStarted, unknown));
        }
        return rows;
    }

    /** Section 10: tasks that should have ended before {@code today} and are not done, longest overdue first. */
    static List<Dashboard.OverdueTask> overdue(List<ExportedSchool> schools, LocalDate today) {
        List<Dashboard.OverdueTask> out = new ArrayList<>();
        for (ExportedSchool s : schools) {
            for (ExportedSchool.TaskEntry t : s.tasks()) {
                if (t.end() != null && t.end().isBefore(today) && progressState(t.progress()) != Progress.State.DONE) {
                    out.add(new Dashboard.OverdueTask(s.code(), s.name(), t.criterion(), t.task(), t.lead(),
                            DAY.format(t.end()), java.time.temporal.ChronoUnit.DAYS.between(t.end(), today),
                            progressLabel(t)));
                }
            }
        }
        out.sort(Comparator.comparingLong(Dashboard.OverdueTask::daysLate).reversed());
        return out;
    }

    /** Section 8: the registry's schools of the unit without an accepted plan for the year, by name. */
    private List<Dashboard.MissingSchool> missingSchools(UnitYear scope, Set<String> current, Registry registry,
                                                         List<RejectedFile> rejected) {
        if (registry == null) {
            return List.of();
        }
        Set<String> sentRejected = new HashSet<>();
        rejected.stream().filter(r -> r.code() != null && scope.year().equals(r.year())).forEach(r -> sentRejected.add(r.code()));
        Collator collator = collator();
        return registry.entries().stream()
                .filter(e -> sameUnit(scope.unit(), e.unit()))
                .filter(e -> !current.contains(e.code()))
                .sorted(Comparator.comparing((RegistryEntry e) -> Objects.toString(e.name(), ""), collator)
                        .thenComparing(RegistryEntry::code))
                .map(e -> new Dashboard.MissingSchool(e.code(), e.name(), e.phone(), e.email(),
                        sentRejected.contains(e.code()) ? "Đã gửi, tệp bị từ chối" : null))
                .toList();
    }

    /** The province named most often (ties: alphabetical), or null. */
    private static String mostNamed(java.util.stream.Stream<String> provinces) {
        Map<String, Long> counts = new TreeMap<>();
        provinces.filter(p -> p != null && !p.isBlank())
                .forEach(p -> counts.merge(p.strip(), 1L, Long::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** Standard names shared by every catalogue of the schools (a standard named differently stays unnamed). */
    private Map<Integer, String> standardNames(List<ExportedSchool> schools) {
        Map<Integer, String> names = new HashMap<>();
        Set<Integer> conflicting = new HashSet<>();
        schools.stream().map(this::catalogueOf).filter(Objects::nonNull).distinct()
                .flatMap(c -> c.standards().stream())
                .forEach(st -> {
                    String prev = names.putIfAbsent(st.number(), st.name());
                    if (prev != null && !prev.equals(st.name())) {
                        conflicting.add(st.number());
                    }
                });
        conflicting.forEach(names::remove);
        return names;
    }

    /** Section 1; {@code registry} may be null (no "missing" line then; {@code missing} is section 8's list). */
    private List<Dashboard.StatusCount> statuses(UnitYear scope, List<ExportedSchool> schools, Set<String> current,
                                                 Registry registry, List<Dashboard.MissingSchool> missing,
                                                 List<RejectedFile> rejected) {
        int clean = 0;
        int warned = 0;
        for (ExportedSchool s : schools) {
            if (s.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING || f.severity() == Severity.ERROR)) {
                warned++;
            } else {
                clean++;
            }
        }
        Set<String> rejectedSchools = new HashSet<>();
        int rejectedFiles = 0;
        int unattributed = 0;
        for (RejectedFile r : rejected) {
            if (r.year() == null) {
                unattributed++;
                continue;
            }
            if (!r.year().equals(scope.year())) {
                continue;
            }
            String registryUnit = registry == null || r.code() == null ? null
                    : registry.byCode(r.code()).map(RegistryEntry::unit).orElse(null);
            if (sameUnit(scope.unit(), r.unit() != null ? r.unit() : registryUnit)) {
                rejectedFiles++;
                if (r.code() != null && !current.contains(r.code())) {
                    rejectedSchools.add(r.code());
                }
            }
        }
        List<Dashboard.StatusCount> out = new ArrayList<>();
        out.add(new Dashboard.StatusCount(STATUS_CLEAN, clean));
        out.add(new Dashboard.StatusCount(STATUS_WARNED, warned));
        out.add(new Dashboard.StatusCount(STATUS_REJECTED, rejectedFiles));
        out.add(new Dashboard.StatusCount(STATUS_REJECTED_ONLY, rejectedSchools.size()));
        out.add(new Dashboard.StatusCount(STATUS_UNATTRIBUTED, unattributed));
        if (registry != null) {
            out.add(new Dashboard.StatusCount(STATUS_MISSING, missing.size()));
        }
        return out;
    }

    /** A rejected file as the dashboards count it: its school and year, and the unit the file itself named. */
    private record RejectedFile(String code, String year, String unit) {
    }

    /**
     * Every rejected file with the school and year it belongs to. A file rejected before its school code and year
     * could be read (encrypted, damaged) belongs to the school its name names ({@link SchoolInFileName}) when the
     * name also names exactly one school year; otherwise to no school and no year ("chưa rõ").
     */
    private List<RejectedFile> rejectedFiles() {
        SchoolInFileName names = knownSchools.inFileNames();
        return jdbc.query("SELECT school_code, school_year, unit, file_name FROM submission WHERE status = 'REJECTED'",
                (rs, i) -> {
                    String code = rs.getString(1);
                    String year = rs.getString(2);
                    if (code == null && year == null) {
                        List<String> years = SchoolInFileName.schoolYears(rs.getString(4));
                        Optional<String> school = years.size() == 1 ? names.school(rs.getString(4)) : Optional.empty();
                        if (school.isPresent()) {
                            return new RejectedFile(school.get(), years.get(0), null);
                        }
                    }
                    return new RejectedFile(code, year, blankToNull(rs.getString(3)));
                });
    }

    private List<ExportedSchool> schools(UnitYear scope) {
        Collator collator = collator();
        return export.schools(scope.year()).stream()
                .filter(s -> sameUnit(scope.unit(), s.unit()))
                .sorted(Comparator.comparing((ExportedSchool s) -> Objects.toString(s.name(), ""), collator)
                        .thenComparing(ExportedSchool::code))
                .toList();
    }

    /** One school's summary from its exported submission ({@code extra}: the submission's info-sheet fields). */
    SchoolSummary summary(ExportedSchool s, Map<String, Object> extra) {
        return summary(s, extra, List.of());
    }

    /** The same, with the school's level in its other years ({@link #yearsOfSchools}). */
    SchoolSummary summary(ExportedSchool s, Map<String, Object> extra, List<String> years) {
        Catalogue catalogue = catalogueOf(s);
        boolean tt57 = s.tt57();
        Map<String, Criterion> criteria = catalogue == null ? Map.of() : catalogue.criteriaByCode();
        Map<Integer, String> standards = new HashMap<>();
        if (catalogue != null) {
            catalogue.standards().forEach(st -> standards.put(st.number(), st.name()));
        }
        List<SchoolSummary.CriterionRow> rows = new ArrayList<>();
        for (ExportedSchool.CriterionEntry c : s.criteria()) {
            Criterion def = criteria.get(c.code());
            int standard = def != null ? def.standard() : standardOf(c.code());
            String name = def == null ? "(tiêu chí không có trong thông tư)" : def.name();
            if (tt57 && mandatory(c, def)) {
                name += " (bắt buộc)";
            }
            rows.add(new SchoolSummary.CriterionRow(standard, standards.getOrDefault(standard, ""), c.code(), name,
                    mark(def, 1, c.level1()), mark(def, 2, c.level2()), mark(def, 3, c.level3()), c.level()));
        }
        Map<Integer, String> level4Names = new HashMap<>();
        if (catalogue != null) {
            catalogue.level4().forEach(l -> level4Names.put(l.number(), l.name()));
        }
        List<SchoolSummary.Level4Row> level4 = s.level4().stream().map(l -> {
            int n = Integer.parseInt(l.code());
            return new SchoolSummary.Level4Row(n, level4Names.getOrDefault(n, ""), l.met() ? "Đạt" : "Không đạt");
        }).toList();
        List<SchoolSummary.TaskRow> tasks = s.tasks().stream().map(t -> new SchoolSummary.TaskRow(
                t.criterion(), t.task(), t.lead(), period(t), t.amount(),
                t.source() != null ? sourceLabel(t.source()) : t.sourceText(),
                tt57 ? t.indicator() : null, tt57 ? progressLabel(t) : null)).toList();
        List<SchoolSummary.FundingRow> funding = s.funding().bySource().entrySet().stream()
                .sorted(Comparator.comparingInt(e -> sourceOrder(e.getKey())))
                .map(e -> new SchoolSummary.FundingRow(sourceLabel(e.getKey()), e.getValue())).toList();
        List<SchoolSummary.FindingRow> findings = s.findings().stream().map(ReportDataService::findingRow).toList();
        String typeLabel = s.schoolType() == null ? (String) extra.get("SCHOOL_TYPE_TEXT")
                : schoolTypeLabel(s.schoolType());
        String title = catalogue == null ? "" : catalogue.appendix().isEmpty() ? catalogue.title()
                : catalogue.appendix() + ", " + catalogue.title();
        List<String> reasons = tt57 && catalogue != null ? levelReasons(s, catalogue) : List.of();
        List<SchoolSummary.PriorityRow> priorities = s.priorities().stream()
                .map(p -> new SchoolSummary.PriorityRow(p.standard(), p.criteria(), p.currentState(), p.weakness(),
                        p.cause())).toList();
        return new SchoolSummary(s.code(), s.name(), typeLabel, s.framework(), s.catalogue(),
                title, new UnitYear(s.schoolYear(), s.unit()).unitLabel(), s.province(),
                s.schoolYear(), (String) extra.get("PLAN_PERIOD"), (String) extra.get("PRINCIPAL"),
                (String) extra.get("PREPARER"), (String) extra.get("PREPARED_ON"), s.submission().file(),
                s.submission().version(), counts(s, catalogue), rows, level4, tasks, funding, s.funding().total(),
                "KINH_PHI".equals(s.funding().basis()) ? "Theo bảng kinh phí" : "Theo dự kiến kinh phí của kế hoạch",
                findings, tt57, reasons, priorities, years, s.monitoring().stream()
                .map(m -> new SchoolSummary.MonitoringRow(m.momentText(), m.content(), m.result(), m.adjustment(),
                        m.reviewer())).toList());
    }

    /** The school's catalogue; TT57/2026 is one id over three appendices, chosen by the school type. */
    Catalogue catalogueOf(ExportedSchool s) {
        if (s.catalogue() == null) {
            return null;
        }
        SchoolType type = null;
        try {
            type = s.schoolType() == null ? null : SchoolType.valueOf(s.schoolType());
        } catch (IllegalArgumentException e) {
            // an unknown type: the id alone
        }
        return catalogues.byId(s.catalogue(), type).orElse(null);
    }

    private static boolean mandatory(ExportedSchool.CriterionEntry c, Criterion def) {
        return c.mandatory() != null ? c.mandatory() : def != null && def.mandatory();
    }

    /**
     * The school level worked out again from the criteria with the catalogue's count rule, condition by condition
     * (TT57/2026: mandatory criteria at Mức 1/2, the others); the national-standard line is information only.
     */
    private static List<String> levelReasons(ExportedSchool s, Catalogue catalogue) {
        Map<String, Integer> levels = new HashMap<>();
        s.criteria().forEach(c -> levels.put(c.code(), c.level()));
        Set<Integer> level4 = new HashSet<>();
        s.level4().stream().filter(ExportedSchool.Level4Entry::met).forEach(l -> level4.add(Integer.parseInt(l.code())));
        return new SchoolLevelRules().assess(catalogue, levels, level4).reasons();
    }

    /** "Hoàn thành", "Đang thực hiện (70 %)", the text as written when it names no state, "Chưa rõ" when blank. */
    static String progressLabel(ExportedSchool.TaskEntry t) {
        String label = progressState(t.progress()) == null ? null : progressState(t.progress()).label();
        if (label == null) {
            return t.progressText() != null && !t.progressText().isBlank() ? t.progressText().strip() : "Chưa rõ";
        }
        return t.progressPercent() == null ? label : label + " (" + t.progressPercent() + " %)";
    }

    static Progress.State progressState(String code) {
        try {
            return code == null ? null : Progress.State.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<SchoolSummary.CountRow> counts(ExportedSchool s, Catalogue catalogue) {
        ExportedSchool.Counts d = s.declared();
        ExportedSchool.Counts c = s.computed();
        boolean tt57 = s.tt57();
        String notReached = catalogue == null ? null : catalogue.rules().notReached();
        List<SchoolSummary.CountRow> out = new ArrayList<>();
        out.add(countRow("Mức đạt của trường", levelText(d == null ? null : d.level(), tt57 ? notReached : null),
                levelText(c == null ? null : c.level(), tt57 ? notReached : null), d == null ? null : d.level(),
                c == null ? null : c.level()));
        // TT57/2026: two criterion levels and no Mức 4 criteria
        int top = tt57 ? 2 : 4;
        for (int level = 1; level <= top; level++) {
            Integer dv = d == null ? null : count(d, level);
            Integer cv = c == null ? null : count(c, level);
            int of = catalogue == null ? 0 : level == 4 ? catalogue.level4().size() : catalogue.countHavingLevel(level);
            String suffix = of > 0 ? "/" + of : "";
            out.add(countRow("Số tiêu chí đạt Mức " + level, dv == null ? DASH : dv + suffix,
                    cv == null ? DASH : cv + suffix, dv, cv));
        }
        if (tt57 && catalogue != null) {
            Map<String, Criterion> defs = catalogue.criteriaByCode();
            for (boolean mandatory : new boolean[] {true, false}) {
                List<ExportedSchool.CriterionEntry> group = s.criteria().stream()
                        .filter(e -> mandatory(e, defs.get(e.code())) == mandatory).toList();
                for (int level = 1; level <= 2; level++) {
                    int l = level;
                    long reached = group.stream().filter(e -> e.level() >= l).count();
                    out.add(new SchoolSummary.CountRow((mandatory ? "Tiêu chí bắt buộc" : "Tiêu chí không bắt buộc")
                            + " đạt Mức " + level, DASH, reached + "/" + group.size(), false));
                }
            }
        }
        return out;
    }

    private static SchoolSummary.CountRow countRow(String label, String declared, String computed, Integer dv, Integer cv) {
        return new SchoolSummary.CountRow(label, declared, computed, dv != null && !dv.equals(cv));
    }

    private static Integer count(ExportedSchool.Counts c, int level) {
        return switch (level) {
            case 1 -> c.countLevel1();
            case 2 -> c.countLevel2();
            case 3 -> c.countLevel3();
            default -> c.countLevel4();
        };
    }

    private static SchoolSummary.FindingRow findingRow(Finding f) {
        String where = f.sheet() == null ? "" : f.sheet() + (f.cell() == null ? "" : " " + f.cell());
        return new SchoolSummary.FindingRow(f.code(), severityLabel(f.severity()), where, f.message());
    }

    private static String period(ExportedSchool.TaskEntry t) {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        if (t.start() != null && t.end() != null) {
            return f.format(t.start()) + " – " + f.format(t.end());
        }
        return t.periodText() == null ? "" : t.periodText();
    }

    private static String mark(Criterion def, int level, boolean met) {
        if (def != null && !def.hasLevel(level)) {
            return DASH;
        }
        return met ? "Đạt" : "Không đạt";
    }

    private static int standardOf(String code) {
        try {
            return Integer.parseInt(code.substring(0, code.indexOf('.')));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static int computedLevel(ExportedSchool s) {
        return s.computed() == null || s.computed().level() == null ? 0 : s.computed().level();
    }

    /** A heat-map cell; a TT57/2026 criterion at its highest level (Mức 2) takes the top colour. */
    private static Dashboard.HeatCell heatCell(String code, int level, Catalogue tt57) {
        boolean top = tt57 != null && level > 0 && level == tt57.maxCriterionLevel();
        return new Dashboard.HeatCell(code, level, false, top ? 3 : level);
    }

    static String levelLabel(int level) {
        return level <= 0 ? "Chưa đạt Mức 1" : "Mức " + level;
    }

    private static String levelText(Integer level, String notReached) {
        return level == null ? DASH : level <= 0 && notReached != null ? notReached : levelLabel(level);
    }

    /** Official order of the sources, "not stated" last. */
    private static int sourceOrder(String code) {
        try {
            return FundingSource.valueOf(code).ordinal();
        } catch (IllegalArgumentException | NullPointerException e) {
            return FundingSource.values().length;
        }
    }

    static String sourceLabel(String code) {
        if (code == null || UNSPECIFIED.equals(code)) {
            return "Chưa ghi nguồn";
        }
        try {
            return FundingSource.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static String severityLabel(Severity s) {
        return switch (s) {
            case ERROR -> "Lỗi";
            case WARNING -> "Cảnh báo";
            case INFO -> "Thông tin";
        };
    }

    private static String schoolTypeLabel(String code) {
        try {
            return SchoolType.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    static double pct(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }

    /**
     * Whether what an officer typed after {@code --unit} names this unit: case, diacritics, spacing and
     * punctuation aside, so that "Phong GD&DT huyen Dien Bien" (typed without a Vietnamese keyboard, or through
     * a console that loses the accents) and the unit's folder under reports/ ("Phong-GD-DT-huyen-Dien-Bien")
     * both name "Phòng GD&ĐT huyện Điện Biên".
     */
    static boolean namesUnit(String typed, UnitYear scope) {
        return namesUnit(typed, scope.unitLabel());
    }

    /** {@link #namesUnit(String, UnitYear)} for a unit's label ({@link UnitYear#unitLabel}). */
    public static boolean namesUnit(String typed, String unitLabel) {
        String key = VietText.fold(typed);
        return !key.isEmpty() && key.equals(VietText.fold(unitLabel));
    }

    static boolean sameUnit(String a, String b) {
        String x = blankToNull(a);
        String y = blankToNull(b);
        return x == null ? y == null : y != null && x.strip().equalsIgnoreCase(y.strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static Collator collator() {
        return Collator.getInstance(Locale.forLanguageTag("vi"));
    }
}
