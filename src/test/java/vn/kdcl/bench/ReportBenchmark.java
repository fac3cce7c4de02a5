package vn.kdcl.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import vn.kdcl.catalogue.Catalogue;
import vn.kdcl.catalogue.CatalogueRepository;
import vn.kdcl.catalogue.Criterion;
import vn.kdcl.cli.AppContext;
import vn.kdcl.home.KdclHome;
import vn.kdcl.ingest.ImportService;
import vn.kdcl.ingest.RunReport;
import vn.kdcl.ingest.read.InfoField;
import vn.kdcl.report.ReportDataService;
import vn.kdcl.report.ReportService;
import vn.kdcl.report.SchoolSummary;
import vn.kdcl.report.UnitYear;
import vn.kdcl.template.SchoolSubmissionData;
import vn.kdcl.template.TemplateWriter;

/**
 * Report rendering at the size of a large district: N (default 300) primary schools in one management unit.
 * Not a test (surefire excludes bench/). Targets: district book &lt; 60 s, school summary &lt; 100 ms warm.
 * <p>
 * The unit is synthetic: {@code DemoGenerator} spreads its schools over five units and two years, so 300 schools
 * in one unit would take ~3,000 demo files. Instead the workbooks are written with the product's
 * {@link TemplateWriter} (as a school fills the template: seeded random marks, 4–9 dated, costed tasks per school)
 * and go through the real import ({@link ImportService}) before rendering.
 * <p>
 * Usage: {@code java -Xmx1g -cp target/classes:target/test-classes:$(cat cp.txt) vn.kdcl.bench.ReportBenchmark [N]}
 */
public final class ReportBenchmark {

    static final String UNIT = "Phòng GD&ĐT huyện Mường Nhé";
    static final String YEAR = "2024-2025";
    private static final String[] SOURCES = {"Ngân sách nhà nước", "Xã hội hóa", "Ngân sách đơn vị",
            "Cha mẹ học sinh đóng góp", null};
    private static final String[] TASKS = {"Bồi dưỡng chuyên môn cho giáo viên về đổi mới phương pháp dạy học",
            "Tu sửa phòng học, bổ sung bàn ghế đúng quy cách", "Xây dựng thư viện thân thiện và tủ sách lớp học",
            "Tổ chức hoạt động trải nghiệm, giáo dục kỹ năng sống cho học sinh",
            "Hoàn thiện hồ sơ quản lý, ứng dụng công nghệ thông tin trong quản trị nhà trường",
            "Tham mưu xây dựng nhà vệ sinh, công trình nước sạch đạt chuẩn"};

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path root = Files.createTempDirectory("kdcl-report-bench");
        KdclHome home = new KdclHome(root).create();
        long t0 = System.nanoTime();
        writeWorkbooks(home.inbox(), n, new Random(42));
        System.err.printf(Locale.ROOT, "wrote %d workbooks in %.1f s%n", n, secs(t0));
        try (AppContext app = AppContext.start(home)) {
            long t1 = System.nanoTime();
            RunReport report = app.bean(ImportService.class).run(home.inbox());
            long accepted = report.files().stream().filter(f -> "ACCEPTED".equals(f.status())).count();
            System.err.printf(Locale.ROOT, "imported %d files (%d accepted) in %.1f s%n", report.files().size(), accepted,
                    secs(t1));
            ReportDataService data = app.bean(ReportDataService.class);
            ReportService reports = app.bean(ReportService.class);
            UnitYear scope = new UnitYear(YEAR, UNIT);
            Path out = home.reports().resolve("bench");

            // School summaries: warm up on the first ones (compile, class loading, font metrics), then time all.
            List<SchoolSummary> summaries = data.schoolSummaries(scope);
            int warmUp = Math.min(20, summaries.size());
            for (int i = 0; i < warmUp; i++) {
                summary(reports, summaries.get(i), out);
            }
            long t2 = System.nanoTime();
            for (SchoolSummary s : summaries) {
                summary(reports, s, out);
            }
            double perSchool = (System.nanoTime() - t2) / 1e6 / summaries.size();

            long t3 = System.nanoTime();
            int pages = reports.renderBook(scope, null, out.resolve("book.pdf"));
            double book = secs(t3);
            System.out.printf(Locale.ROOT, "schools in unit: %d%n", summaries.size());
            System.out.printf(Locale.ROOT, "school summary warm: %.1f ms per school (fill + PDF export, target < 100)%n",
                    perSchool);
            System.out.printf(Locale.ROOT, "district book: %.1f s, %d pages, %.0f pages/s, %.1f MB (target < 60 s)%n",
                    book, pages, pages / book, Files.size(out.resolve("book.pdf")) / 1e6);
        }
        System.err.println("home kept at " + root);
    }

    private static void summary(ReportService reports, SchoolSummary s, Path out) {
        reports.renderer().exportPdf(List.of(reports.schoolSummary(s)), out.resolve(s.code() + ".pdf"), s.name());
    }

    private static void writeWorkbooks(Path inbox, int n, Random rnd) {
        Catalogue catalogue = CatalogueRepository.fromClasspath().byId("TT17/2018").orElseThrow();
        TemplateWriter writer = new TemplateWriter();
        for (int i = 1; i <= n; i++) {
            Map<InfoField, Object> info = new EnumMap<>(InfoField.class);
            String code = String.format(Locale.ROOT, "MN-TH-%03d", i);
            info.put(InfoField.SCHOOL_CODE, code);
            info.put(InfoField.SCHOOL_NAME, "Trường Tiểu học số " + i + " Mường Nhé");
            info.put(InfoField.SCHOOL_TYPE, "Tiểu học");
            info.put(InfoField.UNIT, UNIT);
            info.put(InfoField.PROVINCE, "Điện Biên");
            info.put(InfoField.SCHOOL_YEAR, YEAR);
            info.put(InfoField.CIRCULAR, catalogue.id());
            info.put(InfoField.PRINCIPAL, "Lò Văn Thắng");
            List<SchoolSubmissionData.CriterionMark> marks = new ArrayList<>();
            List<String> weak = new ArrayList<>();
            for (Criterion c : catalogue.criteria()) {
                boolean two = rnd.nextInt(10) < 8;
                Boolean three = c.hasLevel(3) ? two && rnd.nextBoolean() : null;
                marks.add(new SchoolSubmissionData.CriterionMark(c.code(), true, two, three,
                        "Nhà trường thực hiện đầy đủ các yêu cầu của tiêu chí.", two ? null : "Còn hạn chế về cơ sở vật chất.",
                        "Biên bản, kế hoạch năm học"));
                if (!two) {
                    weak.add(c.code());
                }
            }
            List<SchoolSubmissionData.Level4Mark> level4 = new ArrayList<>();
            for (int k = 1; k <= catalogue.level4().size(); k++) {
                level4.add(new SchoolSubmissionData.Level4Mark(k, false, null));
            }
            List<SchoolSubmissionData.PlanTask> tasks = new ArrayList<>();
            int count = 4 + rnd.nextInt(6);
            for (int k = 0; k < count; k++) {
                String criterion = k < weak.size() ? weak.get(k)
                        : catalogue.criteria().get(rnd.nextInt(catalogue.criteria().size())).code();
                LocalDate start = LocalDate.of(2024, 9, 1).plusDays(rnd.nextInt(240));
                tasks.add(new SchoolSubmissionData.PlanTask(criterion, 2, "Đạt Mức 2", TASKS[rnd.nextInt(TASKS.length)],
                        "Hiệu trưởng", "Tổ chuyên môn, Ban đại diện cha mẹ học sinh", start, start.plusDays(60),
                        (long) (5 + rnd.nextInt(200)) * 1_000_000L, SOURCES[rnd.nextInt(SOURCES.length)], null, null, null));
            }
            writer.write(catalogue, new SchoolSubmissionData(info, marks, level4, tasks, List.of()),
                    inbox.resolve(code + ".xlsx"));
        }
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
