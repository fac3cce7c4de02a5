package vn.kdcl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import net.sf.jasperreports.engine.JasperPrint;
import vn.kdcl.cli.AppContext;
import vn.kdcl.cli.KdclCommand;
import vn.kdcl.home.KdclHome;
import vn.kdcl.ingest.ImportService;
import vn.kdcl.registry.Registry;
import vn.kdcl.registry.RegistryEntry;

/** The report data equal what the database holds, and the PDFs embed DejaVu Sans. */
class ReportDataServiceTest {

    static final String U1 = "Phòng GD&ĐT huyện Điện Biên";
    static final String U2 = "UBND xã Mường Phăng";
    static final String YEAR = "2024-2025";

    @TempDir
    static Path dir;
    static KdclHome home;

    @BeforeAll
    static void importWorkbooks() throws Exception {
        home = new KdclHome(dir.resolve("data")).create();
        ReportWorkbooks.write(ReportWorkbooks.school("TT17/2018", "T-001", "Trường Tiểu học Thanh Xương", "Tiểu học", U1,
                Set.of(), 4, List.of(
                        ReportWorkbooks.task("3.1", "Xây dựng nhà vệ sinh", "81 triệu đồng", "Ngân sách nhà nước"),
                        ReportWorkbooks.task("1.1", "Tu sửa thư viện", "50 triệu", "Xã hội hóa"))),
                "TT17/2018", home.inbox().resolve("a.xlsx"));
        ReportWorkbooks.write(ReportWorkbooks.school("TT17/2018", "T-002", "Trường Tiểu học Ẳng Nưa", "Tiểu học", U1,
                Set.of("1.1", "2.2"), 0, List.of(
                        ReportWorkbooks.task("1.1", "Bồi dưỡng tổ trưởng", "1,5 tỷ", "tham mưu UBND huyện"),
                        ReportWorkbooks.task("2.2", "Bồi dưỡng giáo viên", "20 tr", "cha mẹ học sinh đóng góp"))),
                "TT17/2018", home.inbox().resolve("b.xlsx"));
        ReportWorkbooks.write(ReportWorkbooks.school("TT19/2018", "M-001", "Trường Mầm non Hoa Ban", "Mầm non", U2,
                Set.of(), 0, List.of(ReportWorkbooks.task("1.1", "Mua đồ chơi", "10 triệu", null),
                        ReportWorkbooks.task("M4.1", "Xây dựng góc thiên nhiên", "30 triệu", "Xã hội hóa", null, null),
                        ReportWorkbooks.task("2.1", "Bồi dưỡng giáo viên", "12 triệu", "Ngân sách nhà nước",
                                "15/01/2025", "30/03/2025"))),
                "TT19/2018", home.inbox().resolve("c.xlsx"));
        new Registry(List.of(
                new RegistryEntry("T-001", "Trường Tiểu học Thanh Xương", "Tiểu học", U1, "Điện Biên"),
                new RegistryEntry("T-002", "Trường Tiểu học Ẳng Nưa", "Tiểu học", U1, "Điện Biên"),
                new RegistryEntry("T-003", "Trường Tiểu học Nà Nhạn", "Tiểu học", U1, "Điện Biên"),
                new RegistryEntry("M-001", "Trường Mầm non Hoa Ban", "Mầm non", U2, "Điện Biên")))
                .write(home.root().resolve("registry.xlsx"), Instant.parse("2024-09-01T00:00:00Z"));
        try (AppContext app = AppContext.start(home)) {
            app.bean(ImportService.class).run(home.inbox());
        }
    }

    @Test
    void dataSourcesEqualTheDatabase() {
        try (AppContext app = AppContext.start(home)) {
            ReportDataService data = app.bean(ReportDataService.class);
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE status = 'CURRENT'", Integer.class))
                    .isEqualTo(3);

            assertThat(data.unitYears(null, null)).containsExactlyInAnyOrder(new UnitYear(YEAR, U1), new UnitYear(YEAR, U2));
            assertThat(data.unitYears(YEAR, "phòng gd&đt huyện điện biên")).containsExactly(new UnitYear(YEAR, U1));
            // typed without a Vietnamese keyboard, as its folder under reports/, or decomposed (NFD)
            assertThat(data.unitYears(YEAR, "Phong GD&DT huyen Dien Bien")).containsExactly(new UnitYear(YEAR, U1));
            assertThat(data.unitYears(YEAR, "Phong-GD-DT-huyen-Dien-Bien")).containsExactly(new UnitYear(YEAR, U1));
            assertThat(data.unitYears(YEAR, java.text.Normalizer.normalize(U1, java.text.Normalizer.Form.NFD)))
                    .containsExactly(new UnitYear(YEAR, U1));
            assertThat(data.unitYears(YEAR, "Phòng GD&ĐT huyện Điện")).isEmpty();
            assertThat(data.unitYears(YEAR, " ")).isEmpty();

            UnitYear scope = new UnitYear(YEAR, U1);
            Dashboard d = data.dashboard(scope, Registry.read(home.registry().orElseThrow()));
            assertThat(d.schools()).isEqualTo(2);

            // Counts per computed school level.
            Map<Integer, Integer> levels = new HashMap<>();
            jdbc.query("SELECT computed_level, COUNT(*) FROM submission WHERE status = 'CURRENT' AND unit = ? "
                    + "GROUP BY computed_level", rs -> {
                levels.put(rs.getInt(1), rs.getInt(2));
            }, U1);
            for (Dashboard.LevelCount l : d.levels()) {
                assertThat(l.schools()).as("schools at level %d", l.level()).isEqualTo(levels.getOrDefault(l.level(), 0));
            }
            assertThat(d.levels().stream().mapToInt(Dashboard.LevelCount::schools).sum()).isEqualTo(2);

            // Funding by source: the plan's task budgets (no Kinh phí sheet in these workbooks).
            Map<String, Long> sql = new HashMap<>();
            jdbc.query("SELECT COALESCE(t.source, 'UNSPECIFIED'), SUM(t.amount) FROM plan_task t JOIN submission s "
                    + "ON s.id = t.submission_id WHERE s.status = 'CURRENT' AND s.unit = ? GROUP BY t.source", rs -> {
                sql.put(rs.getString(1), rs.getLong(2));
            }, U1);
            for (Dashboard.SourceAmount a : d.fundingBySource()) {
                assertThat(a.amount()).as(a.code()).isEqualTo(sql.getOrDefault(a.code(), 0L));
            }
            assertThat(sql).containsEntry("NSNN", 81_000_000L + 1_500_000_000L);
            assertThat(d.fundingTotal()).isEqualTo(sql.values().stream().mapToLong(Long::longValue).sum());
            assertThat(d.fundingBySchool()).extracting(Dashboard.SchoolFunding::total)
                    .containsExactlyInAnyOrder(131_000_000L, 1_520_000_000L);

            // Heat map cells are the stored criterion levels.
            assertThat(d.heatMap()).hasSize(2);
            for (Dashboard.HeatRow row : d.heatMap()) {
                assertThat(row.cells()).hasSize(27);
                for (Dashboard.HeatCell cell : row.cells()) {
                    Integer stored = jdbc.queryForObject("SELECT r.level FROM criterion_result r JOIN submission s ON "
                            + "s.id = r.submission_id WHERE s.status = 'CURRENT' AND s.school_code = ? AND r.code = ?",
                            Integer.class, row.schoolCode(), cell.code());
                    assertThat(cell.level()).as("%s %s", row.schoolCode(), cell.code()).isEqualTo(stored);
                }
            }
            Dashboard.HeatRow anhNua = d.heatMap().stream().filter(r -> r.schoolCode().equals("T-002")).findFirst().orElseThrow();
            assertThat(anhNua.cells().get(0)).isEqualTo(new Dashboard.HeatCell("1.1", 1));
            // Vietnamese order: "Ẳng Nưa" before "Thanh Xương".
            assertThat(d.heatMap()).extracting(Dashboard.HeatRow::schoolCode).containsExactly("T-002", "T-001");

            Dashboard.CriterionShare weakest = d.criterionShares().get(0);
            assertThat(weakest.share2()).isEqualTo(50.0);
            assertThat(weakest.code()).isIn("1.1", "2.2");

            Map<String, Integer> statuses = new HashMap<>();
            d.statuses().forEach(s -> statuses.put(s.label(), s.count()));
            assertThat(statuses).containsEntry("Chưa nộp (theo danh sách trường)", 1);

            List<SchoolSummary> summaries = data.schoolSummaries(scope);
            SchoolSummary a = summaries.stream().filter(s -> s.code().equals("T-001")).findFirst().orElseThrow();
            assertThat(a.criteria()).hasSize(27);
            assertThat(a.criteria().get(0).name()).isEqualTo("Phương hướng, chiến lược xây dựng và phát triển nhà trường");
            assertThat(a.tasks()).extracting(SchoolSummary.TaskRow::amount).containsExactly(81_000_000L, 50_000_000L);
            assertThat(a.fundingTotal()).isEqualTo(131_000_000L);
            assertThat(a.counts().get(0).computed()).isEqualTo(
                    ReportDataService.levelLabel(jdbc.queryForObject("SELECT computed_level FROM submission WHERE "
                            + "status = 'CURRENT' AND school_code = 'T-001'", Integer.class)));
        }
    }

    @Test
    void taskFundingByStandardAndQuarterEqualsTheDatabase() {
        try (AppContext app = AppContext.start(home)) {
            ReportDataService data = app.bean(ReportDataService.class);
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            for (String unit : List.of(U1, U2)) {
                Dashboard d = data.dashboard(new UnitYear(YEAR, unit), null);
                Map<String, long[]> byStandard = new HashMap<>();
                jdbc.query("""
                        SELECT k, COUNT(*), SUM(a) FROM (
                          SELECT CASE WHEN t.criterion LIKE 'M4.%' THEN 'M4'
                                      ELSE SUBSTRING(t.criterion, 1, LOCATE('.', t.criterion) - 1) END AS k,
                                 COALESCE(t.amount, 0) AS a
                          FROM plan_task t JOIN submission s ON s.id = t.submission_id
                          WHERE s.status = 'CURRENT' AND s.school_year = ? AND s.unit = ?) GROUP BY k""", rs -> {
                    byStandard.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }, YEAR, unit);
                assertThat(d.fundingByStandard()).hasSameSizeAs(byStandard.keySet());
                for (Dashboard.GroupAmount g : d.fundingByStandard()) {
                    String key = g.key().equals(TaskFunding.LEVEL4_KEY) ? "M4" : String.valueOf(Integer.parseInt(g.key()));
                    assertThat(byStandard).as(unit + " " + g.label()).containsKey(key);
                    assertThat(new long[] {g.tasks(), g.amount()}).as(g.label()).containsExactly(byStandard.get(key));
                }
                Map<String, long[]> byQuarter = new HashMap<>();
                jdbc.query("""
                        SELECT k, COUNT(*), SUM(a) FROM (
                          SELECT CASE WHEN t.start_date IS NULL THEN 'none'
                                      ELSE 'Quý ' || QUARTER(t.start_date) || '/' || YEAR(t.start_date) END AS k,
                                 COALESCE(t.amount, 0) AS a
                          FROM plan_task t JOIN submission s ON s.id = t.submission_id
                          WHERE s.status = 'CURRENT' AND s.school_year = ? AND s.unit = ?) GROUP BY k""", rs -> {
                    byQuarter.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }, YEAR, unit);
                assertThat(d.fundingByQuarter()).hasSameSizeAs(byQuarter.keySet());
                for (Dashboard.GroupAmount g : d.fundingByQuarter()) {
                    String key = g.label().equals("Chưa rõ thời gian") ? "none" : g.label();
                    assertThat(new long[] {g.tasks(), g.amount()}).as(unit + " " + g.label())
                            .containsExactly(byQuarter.get(key));
                }
                assertThat(d.taskFundingTotal()).isEqualTo(
                        d.fundingByQuarter().stream().mapToLong(Dashboard.GroupAmount::amount).sum());
            }
            Dashboard u2 = data.dashboard(new UnitYear(YEAR, U2), null);
            assertThat(u2.fundingByStandard()).extracting(Dashboard.GroupAmount::label, Dashboard.GroupAmount::amount)
                    .contains(org.assertj.core.groups.Tuple.tuple("Mức 4", 30_000_000L));
            assertThat(u2.fundingByStandard().get(0).label()).startsWith("Tiêu chuẩn 1: ");
            assertThat(u2.fundingByQuarter()).extracting(Dashboard.GroupAmount::label)
                    .contains("Quý 1/2025", "Chưa rõ thời gian");
            assertThat(u2.fundingByQuarter().get(u2.fundingByQuarter().size() - 1).label()).isEqualTo("Chưa rõ thời gian");
        }
    }

    @Test
    void provinceRollUpAddsUpTheUnitsAndEqualsTheDatabase() {
        try (AppContext app = AppContext.start(home)) {
            ReportDataService data = app.bean(ReportDataService.class);
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            Registry registry = Registry.read(home.registry().orElseThrow());
            List<Dashboard> units = data.unitYears(YEAR, null).stream().map(u -> data.dashboard(u, registry)).toList();
            assertThat(units).extracting(Dashboard::province).containsOnly("Điện Biên");
            ProvinceDashboard p = ProvinceRollup.of("Điện Biên", YEAR, units);

            assertThat(p.schools()).isEqualTo(jdbc.queryForObject(
                    "SELECT COUNT(*) FROM submission WHERE status = 'CURRENT' AND school_year = ?", Integer.class, YEAR));
            assertThat(p.units()).extracting(ProvinceDashboard.UnitRow::unit).containsExactly(U1, U2);
            assertThat(p.fundingTotal()).isEqualTo(units.stream().mapToLong(Dashboard::fundingTotal).sum());
            assertThat(p.units().stream().mapToLong(ProvinceDashboard.UnitRow::total).sum()).isEqualTo(p.fundingTotal());
            assertThat(p.taskFundingTotal()).isEqualTo(jdbc.queryForObject("""
                    SELECT SUM(t.amount) FROM plan_task t JOIN submission s ON s.id = t.submission_id
                    WHERE s.status = 'CURRENT' AND s.school_year = ?""", Long.class, YEAR));
            for (Dashboard.SourceAmount a : p.fundingBySource()) {
                assertThat(a.amount()).as(a.code()).isEqualTo(units.stream().flatMap(d -> d.fundingBySource().stream())
                        .filter(x -> x.code().equals(a.code())).mapToLong(Dashboard.SourceAmount::amount).sum());
            }
            ProvinceDashboard.UnitRow total = p.unitsWithTotal().get(p.units().size());
            assertThat(total.unit()).isEqualTo("Tổng cộng");
            assertThat(total.schools()).isEqualTo(p.schools());
            assertThat(total.nsnn()).isEqualTo(p.fundingBySource().stream().filter(a -> a.code().equals("NSNN"))
                    .mapToLong(Dashboard.SourceAmount::amount).sum());
            assertThat(total.missing()).isEqualTo(1);
            assertThat(total.clean() + total.warned()).isEqualTo(p.schools());

            Map<Integer, Integer> levels = new HashMap<>();
            jdbc.query("SELECT computed_level, COUNT(*) FROM submission WHERE status = 'CURRENT' AND school_year = ? "
                    + "GROUP BY computed_level", rs -> {
                levels.put(rs.getInt(1), rs.getInt(2));
            }, YEAR);
            for (Dashboard.LevelCount l : p.levels()) {
                assertThat(l.schools()).as("level %d", l.level()).isEqualTo(levels.getOrDefault(l.level(), 0));
            }
            // Criterion shares across all schools of the province, straight from the stored results.
            for (Dashboard.CriterionShare c : p.criterionShares()) {
                Integer reach2 = jdbc.queryForObject("""
                        SELECT COUNT(*) FROM criterion_result r JOIN submission s ON s.id = r.submission_id
                        WHERE s.status = 'CURRENT' AND s.school_year = ? AND s.catalogue_id = ? AND r.code = ?
                          AND r.level >= 2""", Integer.class, YEAR, c.catalogue(), c.code());
                assertThat(c.reach2()).as("%s %s", c.catalogue(), c.code()).isEqualTo(reach2);
            }
            assertThat(p.heatMap()).extracting(ProvinceDashboard.UnitHeatRow::unit).containsExactly(U1, U2);
        }
    }

    @Test
    void rendersPdfsWithEmbeddedUnicodeFont() throws Exception {
        try (AppContext app = AppContext.start(home)) {
            ReportDataService data = app.bean(ReportDataService.class);
            ReportService reports = app.bean(ReportService.class);
            UnitYear scope = new UnitYear(YEAR, U1);
            JasperPrint summary = reports.schoolSummary(data.schoolSummaries(scope).get(0));
            JasperPrint dashboard = reports.dashboard(data.dashboard(scope, null));
            assertThat(summary.getPages()).isNotEmpty();
            assertThat(dashboard.getPages()).isNotEmpty();
            for (JasperPrint print : List.of(summary, dashboard)) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                reports.renderer().exportPdf(List.of(print), out, "test");
                String pdf = new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
                assertThat(pdf).startsWith("%PDF").contains("/FontFile2").contains("DejaVuSans")
                        .doesNotContain("/Helvetica");
            }
        }
    }

    @Test
    void htmlAndXlsxRenditionsCarryVietnameseText() throws Exception {
        assertThat(KdclCommand.execute("--home", home.root().toString(), "report", "--year", YEAR)).isZero();
        Path u1 = home.reports().resolve(YEAR).resolve("Phong-GD-DT-huyen-Dien-Bien");
        for (Path html : List.of(u1.resolve("dashboard.html"), home.reports().resolve(YEAR).resolve("province.html"))) {
            String text = Files.readString(html, StandardCharsets.UTF_8);
            assertThat(text).as(html.toString()).contains("charset=UTF-8").contains("Tình trạng hồ sơ")
                    .contains("Kinh phí dự kiến của các nhiệm vụ theo tiêu chuẩn");
            assertThat(java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC)).isTrue();
        }
        // Charts are embedded, so the page is one self-contained file.
        assertThat(Files.readString(u1.resolve("dashboard.html"))).contains("Trường Tiểu học Ẳng Nưa").contains("data:image/");
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(u1.resolve("dashboard.xlsx").toFile())) {
            var standards = wb.getSheet("Kinh phí theo tiêu chuẩn");
            assertThat(standards.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tiêu chuẩn");
            var last = standards.getRow(standards.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat((long) last.getCell(2).getNumericCellValue()).isEqualTo(81_000_000L + 50_000_000L
                    + 1_500_000_000L + 20_000_000L);
            var schools = wb.getSheet("Theo trường");
            List<String> names = new java.util.ArrayList<>();
            for (int r = 1; r <= schools.getLastRowNum(); r++) {
                names.add(schools.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(names).containsExactly("Trường Tiểu học Ẳng Nưa", "Trường Tiểu học Thanh Xương");
        }
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                home.reports().resolve(YEAR).resolve("province.xlsx").toFile())) {
            var units = wb.getSheet("Đơn vị");
            assertThat(units.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Đơn vị quản lý");
            assertThat(units.getRow(1).getCell(0).getStringCellValue()).isEqualTo(U1);
            assertThat(units.getRow(2).getCell(0).getStringCellValue()).isEqualTo(U2);
            assertThat((int) units.getRow(1).getCell(1).getNumericCellValue()
                    + (int) units.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(3);
        }
    }

    static String pdfText(Path pdf) throws Exception {
        return PdfText.of(pdf);
    }

    @Test
    void reportCommandWritesDashboardAndSchoolPdfs() throws Exception {
        int exit = KdclCommand.execute("--home", home.root().toString(), "report", "--year", YEAR);
        assertThat(exit).isZero();
        Path u1 = home.reports().resolve(YEAR).resolve("Phong-GD-DT-huyen-Dien-Bien");
        assertThat(u1.resolve("dashboard.pdf")).isNotEmptyFile();
        assertThat(u1.resolve("schools/T-001.pdf")).isNotEmptyFile();
        assertThat(u1.resolve("schools/T-002.pdf")).isNotEmptyFile();
        assertThat(u1.resolve("book.pdf")).isNotEmptyFile();
        // Ready for double-sided printing: an even number of pages, every school summary on a right-hand page.
        String[] texts = pdfText(u1.resolve("book.pdf")).split("\f", -1);
        int pages = texts.length - 1; // pdftotext ends every page with a form feed
        java.util.List<Integer> summaryStarts = new java.util.ArrayList<>();
        for (int i = 0; i < pages; i++) {
            if (texts[i].contains("BÁO CÁO TÓM TẮT")) {
                summaryStarts.add(i + 1);
            }
            assertThat(texts[i]).as("page %d", i + 1).isNotBlank();
        }
        assertThat(pages % 2).as("pages").isZero();
        assertThat(summaryStarts).hasSize(2).allMatch(p -> p % 2 == 1);
        assertThat(home.reports().resolve(YEAR).resolve("UBND-xa-Muong-Phang/schools/M-001.pdf")).isNotEmptyFile();
        Path province = home.reports().resolve(YEAR).resolve("province.pdf");
        assertThat(province).isNotEmptyFile();
        assertThat(pdfText(province)).contains("TỔNG HỢP KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG TOÀN TỈNH", U1, U2);
        String dashboard = pdfText(u1.resolve("dashboard.pdf"));
        assertThat(dashboard).contains("Kinh phí dự kiến của các nhiệm vụ theo tiêu chuẩn");
        // the table by school ends with its sums, among them the unit's total of section 3
        String total = dashboard.substring(dashboard.indexOf("Tổng cộng")).split("\\s+")[2];
        assertThat(total).matches("[0-9.]+");
        String bySchool = dashboard.substring(dashboard.lastIndexOf("7. Kinh phí dự kiến theo trường"));
        assertThat(bySchool.substring(bySchool.indexOf("Tổng cộng"))).contains(total);
        // the registry's school without a plan, named at the end for the office to chase; none missing in U2
        assertThat(dashboard.substring(dashboard.indexOf("8. Trường chưa nộp kế hoạch (theo danh sách trường)")))
                .contains("T-003", "Trường Tiểu học Nà Nhạn").doesNotContain("T-001");
        assertThat(pdfText(home.reports().resolve(YEAR).resolve("UBND-xa-Muong-Phang/dashboard.pdf")))
                .contains("8. Trường chưa nộp kế hoạch", "Mọi trường trong danh sách đã có hồ sơ được tiếp nhận.");
        assertThat(KdclCommand.execute("--home", home.root().toString(), "report", "--year", "2024")).isEqualTo(2);
    }

    @Test
    void reportForAnUnknownUnitOrYearSaysWhichThereAre() throws Exception {
        String unknownUnit = vn.kdcl.cli.Captured.err(() -> assertThat(KdclCommand.execute("--home", home.root().toString(), "report",
                "--year", YEAR, "--unit", "Phòng GD&ĐT huyện Tuần Giáo")).isZero());
        assertThat(unknownUnit).contains("Không có hồ sơ đã tiếp nhận nào phù hợp", "Các đơn vị có hồ sơ năm học " + YEAR,
                U1 + "  (Phong-GD-DT-huyen-Dien-Bien)", U2);
        String unknownYear = vn.kdcl.cli.Captured.err(() -> assertThat(KdclCommand.execute("--home", home.root().toString(), "report",
                "--year", "2019-2020")).isZero());
        assertThat(unknownYear).contains("Các năm học có hồ sơ: " + YEAR + ".");
        assertThat(home.reports().resolve("2019-2020")).doesNotExist();
    }
}
