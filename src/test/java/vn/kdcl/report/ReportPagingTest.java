package vn.kdcl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import vn.kdcl.cli.AppContext;
import vn.kdcl.cli.KdclCommand;
import vn.kdcl.home.KdclHome;

/**
 * The dashboard's sections after the school list start wherever the list ends, so a unit with one
 * school more or less moves every section heading down the page. Filling the dashboard of the same
 * unit with its first 1, 2, … n schools walks each heading past every page bottom: none may be the
 * last thing on a page (ReportLayoutTest checks the demo's real reports, where this happens to few), and
 * the heat map's repeated group header must stop where the heat map ends.
 */
class ReportPagingTest {

    /** More than a page of school rows, so that each section is pushed past two page bottoms. */
    private static final int MAX_SCHOOLS = 75;
    /** Communes since 7/2025: a province roll-up can list dozens of units. */
    private static final int MAX_UNITS = 45;
    /** The school summary's headings (as in ReportLayoutTest). */
    private static final Pattern SUMMARY_HEADING = Pattern.compile("^(Kết quả tự đánh giá: .*|Kết quả đánh giá các tiêu chí|"
            + "Tiêu chí Mức 4|Kế hoạch cải tiến: .*|Kinh phí theo nguồn .*|Kết quả kiểm tra hồ sơ|Tiêu chuẩn \\d+: .*)$");
    /** Plans of a few to sixty tasks, and up to forty findings, move every later heading down the pages. */
    private static final int MAX_TASKS = 60;
    private static final int MAX_FINDINGS = 40;
    /** A numbered section heading ("6. Kinh phí dự kiến …"). */
    private static final Pattern HEADING = Pattern.compile("^\\d\\. \\p{Lu}.*");

    @TempDir
    static Path dir;

    @BeforeAll
    static void demoImported() {
        Path home = dir.resolve("home");
        assertThat(KdclCommand.execute("--home", home.toString(), "demo", "--schools", "60")).isZero();
        assertThat(KdclCommand.execute("--home", home.toString(), "import")).isIn(0, 1);
    }

    @Test
    void noSectionHeadingEndsAPageWhateverTheNumberOfSchools() throws Exception {
        Path home = dir.resolve("home");
        List<String> stranded = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        List<String> headless = new ArrayList<>();
        List<String> orphanTotals = new ArrayList<>();
        int fills = 0;
        try (AppContext app = AppContext.start(new KdclHome(home))) {
            ReportDataService data = app.bean(ReportDataService.class);
            ReportService reports = app.bean(ReportService.class);
            Dashboard full = data.unitYears(null, null).stream()
                    .map(scope -> data.dashboard(scope, null))
                    .max(Comparator.comparingInt(d -> d.heatMap().size())).orElseThrow();
            assertThat(full.heatMap()).hasSizeGreaterThan(5);
            java.util.Set<String> schoolNames = new java.util.HashSet<>();
            full.heatMap().forEach(h -> schoolNames.add(h.schoolName()));
            for (int n = 1; n <= MAX_SCHOOLS; n++) {
                JasperPrint print = reports.dashboard(withFirstSchools(full, n));
                fills++;
                List<JRPrintPage> pages = print.getPages();
                boolean sectionsStarted = false;
                for (int p = 0; p < pages.size(); p++) {
                    List<String> texts = texts(pages.get(p));
                    // the heat map's group header repeats on its own pages, not on those of sections 5-7
                    if (sectionsStarted && texts.stream().anyMatch(t -> t.contains("mức đạt của từng tiêu chí ở từng trường"))) {
                        repeated.add(n + " schools, page " + (p + 1));
                    }
                    sectionsStarted |= texts.stream().anyMatch(t -> t.startsWith("5. "));
                    boolean heatRows = !sectionsStarted && texts.stream().anyMatch(schoolNames::contains);
                    if (heatRows && texts.stream().noneMatch(t -> t.contains("mức đạt của từng tiêu chí ở từng trường"))) {
                        headless.add(n + " schools, page " + (p + 1));
                    }
                    // a total row carried onto a page without the heading of a section that has one (3, 6, 7)
                    if (texts.contains("Tổng cộng") && texts.stream().noneMatch(t -> t.matches("[367]\\. \\p{Lu}.*"))) {
                        orphanTotals.add(n + " schools, page " + (p + 1));
                    }
                }
                stranded.addAll(strandedHeadings(print, n + " schools", 7));
            }
        }
        assertThat(fills).isEqualTo(MAX_SCHOOLS);
        assertThat(stranded).as("headings left alone at the bottom of a page").isEmpty();
        assertThat(repeated).as("heat-map header repeated above sections 5-7").isEmpty();
        assertThat(headless).as("heat-map rows without their header").isEmpty();
        assertThat(orphanTotals).as("a total row alone on a page, without its table's heading").isEmpty();
    }

    /** The province roll-up's unit tables grow with the number of units and push sections 3 and 4 down. */
    @Test
    void noProvinceSectionHeadingEndsAPageWhateverTheNumberOfUnits() throws Exception {
        List<String> stranded = new ArrayList<>();
        try (AppContext app = AppContext.start(new KdclHome(dir.resolve("home")))) {
            ReportDataService data = app.bean(ReportDataService.class);
            ReportService reports = app.bean(ReportService.class);
            List<Dashboard> all = data.unitYears(null, null).stream().map(scope -> data.dashboard(scope, null)).toList();
            // the demo's 2025-2026 (2018 circulars as amended) and 2026-2027 (TT57/2026) roll-ups
            assertThat(all.stream().map(Dashboard::year).distinct()).containsExactly("2025-2026", "2026-2027");
            for (String year : List.of("2025-2026", "2026-2027")) {
            List<Dashboard> units = all.stream().filter(d -> d.year().equals(year)).toList();
            assertThat(units).isNotEmpty();
            for (int n = 1; n <= MAX_UNITS; n++) {
                List<Dashboard> many = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    Dashboard d = units.get(i % units.size());
                    many.add(new Dashboard(d.unit() + " " + (i + 1), d.year(), d.province(), d.schools(), d.heatMap(),
                            d.levels(), d.criterionShares(), d.fundingBySource(), d.fundingTotal(), d.fundingBySchool(),
                            d.statuses(), d.registryUsed(), d.fundingByStandard(), d.fundingByQuarter(), d.missingSchools()));
                }
                JasperPrint print = reports.province(ProvinceRollup.of("Điện Biên", year, many), false);
                stranded.addAll(strandedHeadings(print, year + ", " + n + " units", 5));
            }
            }
        }
        assertThat(stranded).as("headings left alone at the bottom of a page").isEmpty();
    }

    /** Headings left alone at a page bottom, and a line for each numbered section missing from the report. */
    /** The school summary: the plan's tasks and the findings are the parts whose length varies. */
    @Test
    void noSchoolSummaryHeadingEndsAPageWhateverTheNumberOfTasksOrFindings() throws Exception {
        List<String> stranded = new ArrayList<>();
        int fills = 0;
        int pageBreaks = 0;
        try (AppContext app = AppContext.start(new KdclHome(dir.resolve("home")))) {
            ReportDataService data = app.bean(ReportDataService.class);
            ReportService reports = app.bean(ReportService.class);
            List<SchoolSummary> all = data.unitYears(null, null).stream()
                    .flatMap(scope -> data.schoolSummaries(scope).stream())
                    .filter(x -> !x.tasks().isEmpty() && !x.findings().isEmpty()).toList();
            for (boolean tt57 : new boolean[] {false, true}) {
            SchoolSummary s = all.stream().filter(x -> x.tt57() == tt57)
                    .max(Comparator.comparingInt(x -> x.tasks().size() + x.findings().size())).orElseThrow();
            for (int n = 1; n <= MAX_TASKS + MAX_FINDINGS + 1; n++) {
                boolean tasks = n <= MAX_TASKS;
                int findings = tasks ? s.findings().size() : n - MAX_TASKS - 1;
                JasperPrint print = reports.schoolSummary(withRows(s, tasks ? n : s.tasks().size(), findings));
                stranded.addAll(summaryStranded(print, tasks ? n + " tasks" : findings + " findings"));
                pageBreaks += print.getPages().size() - 1;
                fills++;
            }
            }
        }
        assertThat(fills).isEqualTo(2 * (MAX_TASKS + MAX_FINDINGS + 1));
        assertThat(pageBreaks).as("page bottoms looked at").isGreaterThan(2 * fills);
        assertThat(stranded).as("headings left alone at the bottom of a page").isEmpty();
    }

    private static SchoolSummary withRows(SchoolSummary s, int tasks, int findings) {
        return new SchoolSummary(s.code(), s.name(), s.schoolTypeLabel(), s.framework(), s.catalogue(), s.catalogueTitle(),
                s.unit(), s.province(), s.year(), s.planPeriod(), s.principal(), s.preparer(), s.preparedOn(),
                s.fileName(), s.version(), s.counts(), s.criteria(), s.level4(), cycle(s.tasks(), tasks), s.funding(),
                s.fundingTotal(), s.fundingBasis(), cycle(s.findings(), findings), s.tt57(), s.levelReasons(),
                s.priorities(), s.years(), s.monitoring());
    }

    private static <T> List<T> cycle(List<T> rows, int n) {
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n && !rows.isEmpty(); i++) {
            out.add(rows.get(i % rows.size()));
        }
        return out;
    }

    private static List<String> summaryStranded(JasperPrint print, String what) {
        List<String> stranded = new ArrayList<>();
        List<JRPrintPage> pages = print.getPages();
        for (int p = 0; p < pages.size() - 1; p++) {
            String last = lastTextAbove(pages.get(p), print.getPageHeight() - print.getBottomMargin() - 20);
            if (SUMMARY_HEADING.matcher(last).matches()) {
                stranded.add(what + ", page " + (p + 1) + ": " + last);
            }
        }
        return stranded;
    }

    private static List<String> strandedHeadings(JasperPrint print, String what, int sections) {
        List<String> stranded = new ArrayList<>();
        List<JRPrintPage> pages = print.getPages();
        java.util.Set<Character> numbers = new java.util.TreeSet<>();
        pages.forEach(page -> texts(page).stream().filter(t -> HEADING.matcher(t).matches()).forEach(t -> numbers.add(t.charAt(0))));
        for (char c = '1'; c < '1' + sections; c++) {
            if (!numbers.contains(c)) {
                stranded.add(what + ": section " + c + " has no heading");
            }
        }
        for (int p = 0; p < pages.size() - 1; p++) {
            String last = lastTextAbove(pages.get(p), print.getPageHeight() - print.getBottomMargin() - 20);
            if (HEADING.matcher(last).matches()) {
                stranded.add(what + ", page " + (p + 1) + ": " + last);
            }
        }
        return stranded;
    }

    /** The unit's schools, repeated when n is larger, kept in catalogue order as the real query gives them. */
    private static Dashboard withFirstSchools(Dashboard d, int n) {
        List<Dashboard.HeatRow> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(d.heatMap().get(i % d.heatMap().size()));
        }
        rows.sort(Comparator.comparing(Dashboard.HeatRow::catalogue));
        return new Dashboard(d.unit(), d.year(), d.province(), n, rows, d.levels(),
                d.criterionShares(), d.fundingBySource(), d.fundingTotal(), cycle(d.fundingBySchool(), n), d.statuses(),
                true, d.fundingByStandard(), d.fundingByQuarter(), MISSING);
    }

    /** Section 8 printed after section 7, as with a registry: a few schools without a plan. */
    private static final List<Dashboard.MissingSchool> MISSING = java.util.stream.IntStream.rangeClosed(1, 6)
            .mapToObj(i -> new Dashboard.MissingSchool("M-00" + i, "Trường Tiểu học số " + i + " Nà Nhạn", "0215 3800 00" + i,
                    "tieuhoc" + i + "@dienbien.edu.vn", i == 1 ? "Đã gửi, tệp bị từ chối" : null)).toList();

    /** The text printed lowest on the page above the footer (elements in frames and tables included). */
    private static String lastTextAbove(JRPrintPage page, int footerTop) {
        List<int[]> ys = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        collect(page.getElements(), 0, ys, texts);
        String last = "";
        int lastBottom = -1;
        for (int i = 0; i < texts.size(); i++) {
            int bottom = ys.get(i)[1];
            if (ys.get(i)[0] < footerTop && bottom > lastBottom && !texts.get(i).isBlank()) {
                lastBottom = bottom;
                last = texts.get(i).strip();
            }
        }
        return last;
    }

    private static List<String> texts(JRPrintPage page) {
        List<String> texts = new ArrayList<>();
        collect(page.getElements(), 0, new ArrayList<>(), texts);
        return texts;
    }

    private static void collect(List<JRPrintElement> elements, int offsetY, List<int[]> ys, List<String> texts) {
        for (JRPrintElement e : elements) {
            int top = offsetY + e.getY();
            if (e instanceof JRPrintFrame f) {
                collect(f.getElements(), top, ys, texts);
            } else if (e instanceof JRPrintText t && t.getFullText() != null) {
                ys.add(new int[] {top, top + e.getHeight()});
                texts.add(t.getFullText());
            }
        }
    }
}
