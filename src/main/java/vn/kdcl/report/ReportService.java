package vn.kdcl.report;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperPrint;
import vn.kdcl.home.KdclHome;
import vn.kdcl.registry.Registry;

/** Renders the PDFs of {@code kdcl report}: per unit and year a dashboard and one summary per school. */
@Service
public class ReportService {

    public static final String SCHOOL_SUMMARY = "school-summary";
    public static final String DASHBOARD = "district-dashboard";
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
    public record Rendered(UnitYear scope, Path dashboard, List<Path> schools, long dashboardMillis, long schoolsMillis) {
    }

    /** Renders every unit and year matching the filters (null = all). */
    public List<Rendered> renderAll(String year, String unit) {
        Registry registry = home.registry().map(Registry::read).orElse(null);
        List<Rendered> out = new ArrayList<>();
        for (UnitYear scope : data.unitYears(year, unit)) {
            out.add(render(scope, registry));
        }
        return out;
    }

    public Rendered render(UnitYear scope, Registry registry) {
        Path dir = home.reports().resolve(scope.year()).resolve(folderName(scope.unitLabel()));
        long t0 = System.nanoTime();
        List<Path> schoolFiles = new ArrayList<>();
        for (SchoolSummary s : data.schoolSummaries(scope)) {
            Path file = dir.resolve("schools").resolve(fileName(s.code()) + ".pdf");
            renderer.exportPdf(List.of(schoolSummary(s)), file, s.name() + " — " + s.year());
            schoolFiles.add(file);
        }
        long t1 = System.nanoTime();
        Path dashboardFile = dir.resolve("dashboard.pdf");
        renderer.exportPdf(List.of(dashboard(data.dashboard(scope, registry))), dashboardFile,
                "Tổng hợp " + scope.unitLabel() + " — " + scope.year());
        long t2 = System.nanoTime();
        log.info("Reports {} {}: {} school summaries in {} ms, dashboard in {} ms", scope.year(), scope.unitLabel(),
                schoolFiles.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        return new Rendered(scope, dashboardFile, schoolFiles, (t2 - t1) / 1_000_000, (t1 - t0) / 1_000_000);
    }

    public JasperPrint schoolSummary(SchoolSummary s) {
        Map<String, Object> p = common(s.unit(), s.year(), s.name() + " (" + s.code() + ")");
        p.put("SCHOOL", s);
        return renderer.fill(SCHOOL_SUMMARY, p, s.criteria());
    }

    public JasperPrint dashboard(Dashboard d) {
        Map<String, Object> p = common(d.unit(), d.year(), "Tổng hợp kế hoạch cải tiến chất lượng của các trường");
        p.put("DASHBOARD", d);
        return renderer.fill(DASHBOARD, p, d.heatMap());
    }

    public ReportRenderer renderer() {
        return renderer;
    }

    private static Map<String, Object> common(String unit, String year, String subtitle) {
        Map<String, Object> p = new HashMap<>();
        p.put("UNIT", unit);
        p.put("YEAR", year);
        p.put("SUBTITLE", subtitle);
        p.put("GENERATED_AT", LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")));
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
