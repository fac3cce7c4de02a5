package vn.kdcl.report;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperPrint;
import vn.kdcl.hash.Sha256;
import vn.kdcl.home.KdclHome;
import vn.kdcl.registry.Registry;

/**
 * Renders the reports of {@code kdcl report}: per unit and year a dashboard (PDF, HTML, XLSX) and one summary per
 * school, and per province and year the roll-up of its units (PDF, HTML, XLSX).
 */
@Service
public class ReportService {

    public static final String SCHOOL_SUMMARY = "school-summary";
    public static final String DASHBOARD = "district-dashboard";
    public static final String BOOK_TOC = "district-book-toc";
    public static final String PROVINCE = "province-dashboard";
    static final String NO_PROVINCE = "(Chưa ghi tỉnh/thành phố)";
    private static final Logger log = LoggerFactory.getLogger(ReportService.class);
    private static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi-VN");

    private final ReportDataService data;
    private final KdclHome home;
    private final ReportRenderer renderer;

    public ReportService(ReportDataService data, KdclHome home) {
        this.data = data;
        this.home = home;
        this.renderer = new ReportRenderer(Path.of("reports"), home.reports().resolve(".cache"));
    }

    /** What one unit and year produced, with timings for the log and the command's summary. */
    public record Rendered(UnitYear scope, Path dashboard, List<Path> schools, Path book, long dashboardMillis,
                           long schoolsMillis, long bookMillis, Dashboard data) {
    }

    /** A province roll-up written by {@link #renderProvinces}. */
    public record RenderedProvince(String year, String province, Path pdf, int units, int schools) {
    }

    /** Renders every unit and year matching the filters (null = all). */
    public List<Rendered> renderAll(String year, String unit) {
        return renderAll(year, unit, false);
    }

    /**
     * @param incremental re-render a school's summary (and the unit's book) only when its data or the
     *                    designs changed since the last run; dashboards are always rendered
     */
    public List<Rendered> renderAll(String year, String unit, boolean incremental) {
        Registry registry = home.registry().map(Registry::read).orElse(null);
        List<Rendered> out = new ArrayList<>();
        for (UnitYear scope : data.unitYears(year, unit)) {
            out.add(render(scope, registry, incremental));
        }
        if (unit == null) {
            // A roll-up of a single asked-for unit would mislead: provinces only when every unit was rendered.
            renderProvinces(out, withoutPlans(out, registry));
            removeStaleUnits(year, out);
        }
        return out;
    }

    /** The registry's units that sent no plan in a rendered year, for the province roll-up's rows. */
    private List<Dashboard> withoutPlans(List<Rendered> rendered, Registry registry) {
        if (registry == null) {
            return List.of();
        }
        List<Dashboard> out = new ArrayList<>();
        rendered.stream().map(r -> r.scope().year()).distinct()
                .forEach(y -> out.addAll(data.dashboardsWithoutPlans(y, registry)));
        return out;
    }

    /** What the renderer writes into a unit's folder; nothing else there is ever removed. */
    private static final List<String> UNIT_OUTPUTS = List.of("dashboard.pdf", "dashboard.html", "dashboard.xlsx",
            "book.pdf");

    /**
     * Removes the reports of units that no longer have any school in a rendered year (every school moved to
     * another unit, or a unit name corrected), so that no stale dashboard or book is printed with the others.
     */
    private void removeStaleUnits(String year, List<Rendered> rendered) {
        java.util.Set<Path> current = new java.util.HashSet<>();
        java.util.Set<String> years = new java.util.TreeSet<>();
        for (Rendered r : rendered) {
            current.add(r.dashboard().getParent());
            years.add(r.scope().year());
        }
        if (year != null) {
            years.add(year);
        }
        for (String y : years) {
            Path yearDir = home.reports().resolve(y);
            if (!java.nio.file.Files.isDirectory(yearDir)) {
                continue;
            }
            try (java.util.stream.Stream<Path> dirs = java.nio.file.Files.list(yearDir)) {
                for (Path dir : dirs.filter(java.nio.file.Files::isDirectory).toList()) {
                    if (!current.contains(dir) && java.nio.file.Files.exists(dir.resolve("dashboard.pdf"))) {
                        log.info("Removing the reports of {}: no school of that unit in {} any more", dir.getFileName(), y);
                        removeStaleSummaries(dir.resolve("schools"), List.of());
                        for (String name : UNIT_OUTPUTS) {
                            java.nio.file.Files.deleteIfExists(dir.resolve(name));
                        }
                        Fingerprint.delete(dir.resolve("book.pdf"));
                        deleteIfEmpty(dir.resolve("schools"));
                        deleteIfEmpty(dir);
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static void deleteIfEmpty(Path dir) throws java.io.IOException {
        if (java.nio.file.Files.isDirectory(dir)) {
            try (java.util.stream.Stream<Path> left = java.nio.file.Files.list(dir)) {
                if (left.findAny().isEmpty()) {
                    java.nio.file.Files.delete(dir);
                }
            }
        }
    }

    /**
     * Writes the province roll-up of each (year, province) among the rendered units to
     * {@code <home>/reports/<year>/province.pdf} (and .html, .xlsx), or {@code <year>/<province>/province.pdf} when
     * the year has units of several provinces. A unit belongs to the province most of its schools name.
     */
    public List<RenderedProvince> renderProvinces(List<Rendered> units, List<Dashboard> withoutPlans) {
        Map<String, Map<String, List<Dashboard>>> byYear = new java.util.TreeMap<>();
        for (Rendered r : units) {
            String province = r.data().province() == null ? NO_PROVINCE : r.data().province();
            byYear.computeIfAbsent(r.scope().year(), y -> new java.util.TreeMap<>())
                    .computeIfAbsent(province, p -> new ArrayList<>()).add(r.data());
        }
        for (Dashboard d : withoutPlans) {
            Map<String, List<Dashboard>> provinces = byYear.get(d.year());
            if (provinces == null) {
                continue;
            }
            // a registry without provinces: the year's one province, if it has one
            String province = d.province() != null ? d.province()
                    : provinces.size() == 1 ? provinces.keySet().iterator().next() : NO_PROVINCE;
            if (provinces.containsKey(province)) {
                provinces.get(province).add(d);
            }
        }
        byYear.values().forEach(provinces -> provinces.values().forEach(
                list -> list.sort(java.util.Comparator.comparing(Dashboard::unit, ReportDataService.collator()))));
        List<RenderedProvince> out = new ArrayList<>();
        byYear.forEach((year, provinces) -> provinces.forEach((province, dashboards) -> {
            long t0 = System.nanoTime();
            Path dir = home.reports().resolve(year);
            if (provinces.size() > 1) {
                dir = dir.resolve(folderName(province));
            }
            ProvinceDashboard p = ProvinceRollup.of(province, year, dashboards);
            Path pdf = dir.resolve("province.pdf");
            renderer.exportPdf(List.of(province(p, false)), pdf, "Tổng hợp " + province + " — " + year);
            renderer.exportHtml(province(p, true), dir.resolve("province.html"));
            DashboardWorkbook.write(p, dir.resolve("province.xlsx"));
            log.info("Province roll-up {} {}: {} units, {} schools in {} ms", year, province, p.units().size(),
                    p.schools(), ms(System.nanoTime() - t0));
            out.add(new RenderedProvince(year, province, pdf, p.units().size(), p.schools()));
        }));
        return out;
    }

    public Rendered render(UnitYear scope, Registry registry) {
        return render(scope, registry, false);
    }

    public Rendered render(UnitYear scope, Registry registry, boolean incremental) {
        Path dir = home.reports().resolve(scope.year()).resolve(folderName(scope.unitLabel()));
        long t0 = System.nanoTime();
        List<SchoolSummary> summaries = data.schoolSummaries(scope);
        List<Path> schoolFiles = summaries.stream()
                .map(s -> dir.resolve("schools").resolve(fileName(s.code()) + ".pdf")).toList();
        removeStaleSummaries(dir.resolve("schools"), schoolFiles);
        JasperPrint[] prints = new JasperPrint[summaries.size()];
        String[] fingerprints = new String[summaries.size()];
        java.util.concurrent.atomic.AtomicInteger skipped = new java.util.concurrent.atomic.AtomicInteger();
        String designs = renderer.designVersion();
        // Schools are independent: fill and export them on all cores (the compiled design is shared, read-only).
        IntStream.range(0, summaries.size()).parallel().forEach(i -> {
            SchoolSummary s = summaries.get(i);
            Path file = schoolFiles.get(i);
            String fingerprint = Sha256.of(designs, s.toString());
            fingerprints[i] = fingerprint;
            if (incremental && Fingerprint.matches(file, fingerprint)) {
                skipped.incrementAndGet();
                return;
            }
            JasperPrint print = schoolSummary(s, 0, null);
            renderer.exportPdf(List.of(print), file, s.name() + " — " + s.year());
            Fingerprint.write(file, fingerprint);
            prints[i] = print;
        });
        long t1 = System.nanoTime();
        Dashboard dashboard = data.dashboard(scope, registry);
        // The book holds the overview and every summary: it changes when the dashboard or the set of schools
        // does (a school that moved to another unit, a file rejected), not only when a school's summary does.
        Path bookFile = dir.resolve("book.pdf");
        String bookFingerprint = Sha256.of(designs, dashboard.toString(), String.join(",", fingerprints));
        boolean anyChanged = !incremental || !Fingerprint.matches(bookFile, bookFingerprint);
        if (anyChanged) {
            // The book needs every summary filled, including those whose own PDF was up to date.
            IntStream.range(0, summaries.size()).parallel().filter(i -> prints[i] == null)
                    .forEach(i -> prints[i] = schoolSummary(summaries.get(i), 0, null));
        }
        List<JasperPrint> schoolPrints = java.util.Arrays.asList(prints);
        Path dashboardFile = dir.resolve("dashboard.pdf");
        JasperPrint dashboardPrint = dashboard(dashboard, 0, null);
        renderer.exportPdf(List.of(dashboardPrint), dashboardFile,
                "Tổng hợp " + scope.unitLabel() + " — " + scope.year());
        renderer.exportHtml(dashboardUnpaged(dashboard), dir.resolve("dashboard.html"));
        DashboardWorkbook.write(dashboard, dir.resolve("dashboard.xlsx"));
        long t2 = System.nanoTime();
        if (anyChanged) {
            renderer.exportPdf(book(scope, dashboard, summaries, dashboardPrint, schoolPrints), bookFile,
                    "Sổ tổng hợp " + scope.unitLabel() + " — " + scope.year());
            Fingerprint.write(bookFile, bookFingerprint);
        }
        long t3 = System.nanoTime();
        log.info("Reports {} {}: {} school summaries ({} unchanged) in {} ms, dashboard in {} ms, book in {} ms",
                scope.year(), scope.unitLabel(), schoolFiles.size(), skipped.get(), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2));
        return new Rendered(scope, dashboardFile, schoolFiles, bookFile, ms(t2 - t1), ms(t1 - t0), ms(t3 - t2),
                dashboard);
    }

    /**
     * Removes the summaries of schools no longer in this unit and year (a resubmission that names another unit,
     * a school code corrected): they are our own output, and a stale one would be printed with the unit's.
     */
    private static void removeStaleSummaries(Path schoolsDir, List<Path> current) {
        if (!java.nio.file.Files.isDirectory(schoolsDir)) {
            return;
        }
        java.util.Set<Path> keep = new java.util.HashSet<>(current);
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(schoolsDir)) {
            for (Path pdf : files.filter(f -> f.getFileName().toString().endsWith(".pdf") && !keep.contains(f)).toList()) {
                log.info("Removing {}: the school has no current plan in this unit and year any more", pdf);
                java.nio.file.Files.delete(pdf);
                Fingerprint.delete(pdf);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Renders only the district book of a unit to {@code file} (for measuring it; {@link #render} writes it with
     * everything else). @return its page count
     */
    public int renderBook(UnitYear scope, Registry registry, Path file) {
        List<SchoolSummary> summaries = data.schoolSummaries(scope);
        List<JasperPrint> alone = summaries.stream().map(s -> schoolSummary(s, 0, null)).toList();
        Dashboard dashboard = data.dashboard(scope, registry);
        List<JasperPrint> book = book(scope, dashboard, summaries, dashboard(dashboard, 0, null), alone);
        renderer.exportPdf(book, file, "Sổ tổng hợp " + scope.unitLabel() + " — " + scope.year());
        return book.stream().mapToInt(p -> p.getPages().size()).sum();
    }

    /**
     * The district book: cover and table of contents, the dashboard, then every school summary in the order given
     * (Vietnamese alphabetical order from {@link ReportDataService}), numbered through. The parts are filled once
     * stand-alone (page counts) and again with their page offset in the book.
     */
    List<JasperPrint> book(UnitYear scope, Dashboard dashboard, List<SchoolSummary> summaries,
                           JasperPrint dashboardAlone, List<JasperPrint> schoolsAlone) {
        List<TocEntry> provisional = new ArrayList<>();
        provisional.add(new TocEntry("Bảng tổng hợp của đơn vị", 0, 0));
        summaries.forEach(s -> provisional.add(new TocEntry(s.name() + " (" + s.code() + ")", 0, 1)));
        // Double-sided printing: every part starts on a right-hand (odd) page, so parts are padded to an even length.
        int frontPages = even(toc(scope, summaries.size(), provisional, null).getPages().size());
        int total = frontPages + even(dashboardAlone.getPages().size())
                + schoolsAlone.stream().mapToInt(p -> even(p.getPages().size())).sum();
        List<TocEntry> entries = new ArrayList<>();
        List<JasperPrint> parts = new ArrayList<>();
        int offset = frontPages;
        entries.add(new TocEntry(provisional.get(0).title(), offset + 1, 0));
        parts.add(padded(dashboard(dashboard, offset, total)));
        offset += even(dashboardAlone.getPages().size());
        for (int i = 0; i < summaries.size(); i++) {
            entries.add(new TocEntry(provisional.get(i + 1).title(), offset + 1, 1));
            parts.add(padded(schoolSummary(summaries.get(i), offset, total)));
            offset += even(schoolsAlone.get(i).getPages().size());
        }
        List<JasperPrint> book = new ArrayList<>();
        book.add(padded(toc(scope, summaries.size(), entries, total)));
        book.addAll(parts);
        return book;
    }

    private static int even(int pages) {
        return pages + (pages % 2);
    }

    /** Appends a back page saying "Trang này để trống" when the part has an odd number of pages. */
    private static JasperPrint padded(JasperPrint print) {
        if (print.getPages().size() % 2 == 1) {
            net.sf.jasperreports.engine.base.JRBasePrintPage page = new net.sf.jasperreports.engine.base.JRBasePrintPage();
            net.sf.jasperreports.engine.base.JRBasePrintText text =
                    new net.sf.jasperreports.engine.base.JRBasePrintText(print.getDefaultStyleProvider());
            text.setX(0);
            text.setY(print.getPageHeight() / 2 - 10);
            text.setWidth(print.getPageWidth());
            text.setHeight(20);
            text.setText("Trang này để trống");
            text.setFontName("DejaVu Sans");
            text.setFontSize(9f);
            text.setTextHeight(12f);
            text.setLineSpacingFactor(1f);
            text.setLeadingOffset(-2f);
            text.setHorizontalTextAlign(net.sf.jasperreports.engine.type.HorizontalTextAlignEnum.CENTER);
            page.addElement(text);
            print.addPage(page);
        }
        return print;
    }

    private JasperPrint toc(UnitYear scope, int schools, List<TocEntry> entries, Integer total) {
        Map<String, Object> p = common(scope.unitLabel(), scope.year(), "Sổ tổng hợp kế hoạch cải tiến chất lượng");
        p.put("SCHOOL_COUNT", schools);
        p.put("TOTAL_PAGES", total);
        return renderer.fill(BOOK_TOC, p, entries);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    public JasperPrint schoolSummary(SchoolSummary s) {
        return schoolSummary(s, 0, null);
    }

    public JasperPrint dashboard(Dashboard d) {
        return dashboard(d, 0, null);
    }

    /** @param pageOffset pages before this part in a book; @param totalPages the book's page count, or null */
    JasperPrint schoolSummary(SchoolSummary s, int pageOffset, Integer totalPages) {
        Map<String, Object> p = common(s.unit(), s.year(), s.name() + " (" + s.code() + ")");
        p.put("PAGE_OFFSET", pageOffset);
        p.put("TOTAL_PAGES", totalPages);
        p.put("SCHOOL", s);
        return renderer.fill(SCHOOL_SUMMARY, p, s.criteria());
    }

    JasperPrint dashboard(Dashboard d, int pageOffset, Integer totalPages) {
        Map<String, Object> p = common(d.unit(), d.year(), "Tổng hợp kế hoạch cải tiến chất lượng của các trường");
        p.put("PAGE_OFFSET", pageOffset);
        p.put("TOTAL_PAGES", totalPages);
        p.put("DASHBOARD", d);
        return renderer.fill(DASHBOARD, p, d.heatMap());
    }

    /** The dashboard as one long page, for the HTML rendition. */
    public JasperPrint dashboardUnpaged(Dashboard d) {
        Map<String, Object> p = common(d.unit(), d.year(), "Tổng hợp kế hoạch cải tiến chất lượng của các trường");
        p.put("DASHBOARD", d);
        p.put(JRParameter.IS_IGNORE_PAGINATION, true);
        return renderer.fill(DASHBOARD, p, d.heatMap());
    }

    /** @param unpaged one long page (HTML) instead of A4 pages (PDF) */
    public JasperPrint province(ProvinceDashboard d, boolean unpaged) {
        Map<String, Object> p = common(d.province(), d.year(), "Tổng hợp kế hoạch cải tiến chất lượng toàn tỉnh");
        p.put("PROVINCE", d);
        if (unpaged) {
            p.put(JRParameter.IS_IGNORE_PAGINATION, true);
        }
        return renderer.fill(PROVINCE, p, d.heatMap());
    }

    public ReportRenderer renderer() {
        return renderer;
    }

    private static Map<String, Object> common(String unit, String year, String subtitle) {
        Map<String, Object> p = new HashMap<>();
        p.put("UNIT", unit);
        p.put("YEAR", year);
        p.put("SUBTITLE", subtitle);
        p.put("GENERATED_AT", vn.kdcl.check.Vn.time(LocalDateTime.now()));
        p.put(JRParameter.REPORT_LOCALE, VI);
        return p;
    }

    /** ASCII folder name of a unit: "Phòng GD&ĐT huyện Điện Biên" → "Phong-GD-DT-huyen-Dien-Bien". */
    public static String folderName(String unit) {
        return fileName(unit);
    }

    private static String fileName(String s) {
        String cleaned = java.text.Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return cleaned.isEmpty() ? "_" : cleaned;
    }
}
