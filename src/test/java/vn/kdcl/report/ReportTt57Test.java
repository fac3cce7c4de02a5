package vn.kdcl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.export.ExportedSchool;
import vn.kdcl.home.KdclHome;

/** The reports of a TT57/2026 year: two levels, mandatory criteria, "Không đạt Mức 1", priorities, progress. */
class ReportTt57Test {

    @TempDir
    static Path dir;

    static final LocalDate D = LocalDate.of(2026, 9, 15);

    /** Mức 1 at every criterion but mandatory 2.2 below it: "Không đạt Mức 1"; three tasks, one of them late. */
    static ExportedSchool notReached() {
        return Tt57Fixtures.school("T57-001", "Trường Tiểu học Thanh Nưa", 1, Map.of("2.2", 0), List.of(
                Tt57Fixtures.task("2.2", "Bồi dưỡng giáo viên dạy tiếng Việt", D, LocalDate.of(2026, 11, 30),
                        20_000_000L, "100% giáo viên đạt chuẩn", "IN_PROGRESS", 60),
                Tt57Fixtures.task("1.4", "Công khai kết quả tự đánh giá", D, LocalDate.of(2026, 10, 15), null,
                        "Đăng trên cổng thông tin", "DONE", null),
                Tt57Fixtures.task("3.1", "Xây dựng kế hoạch giáo dục nhà trường", D, LocalDate.of(2027, 5, 31),
                        5_000_000L, "Kế hoạch được phê duyệt", "NOT_STARTED", null)),
                List.of(Tt57Fixtures.priority("2", "2.2", "Thiếu giáo viên tiếng Anh, tin học")));
    }

    /** Kept under target/ so that a maintainer can look at the pages (pdftoppm -png -r 60). */
    static Path preview(String name) throws java.io.IOException {
        return java.nio.file.Files.createDirectories(Path.of("target", "tt57-preview")).resolve(name);
    }

    static ReportService service() {
        return new ReportService(Tt57Fixtures.data(), new KdclHome(dir.resolve("home")).create());
    }

    @Test
    void summaryShowsTwoLevelsMandatoryCriteriaPrioritiesAndProgress() throws Exception {
        SchoolSummary s = Tt57Fixtures.data().summary(notReached(), Map.of());
        assertThat(s.tt57()).isTrue();
        assertThat(s.counts()).extracting(SchoolSummary.CountRow::label).containsExactly("Mức đạt của trường",
                "Số tiêu chí đạt Mức 1", "Số tiêu chí đạt Mức 2", "Tiêu chí bắt buộc đạt Mức 1",
                "Tiêu chí bắt buộc đạt Mức 2", "Tiêu chí không bắt buộc đạt Mức 1", "Tiêu chí không bắt buộc đạt Mức 2");
        assertThat(s.counts().get(0).computed()).isEqualTo("Không đạt Mức 1");
        assertThat(s.counts().get(1).computed()).isEqualTo("14/15");
        assertThat(s.counts().get(3).computed()).isEqualTo("7/8");
        assertThat(s.counts().get(5).computed()).isEqualTo("7/7");
        assertThat(s.criteria()).hasSize(15);
        assertThat(s.criteria().stream().filter(c -> c.name().endsWith(" (bắt buộc)")).map(SchoolSummary.CriterionRow::code))
                .containsExactly("1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2");
        assertThat(s.criteria()).allSatisfy(c -> assertThat(c.level3()).isEqualTo("—"));
        assertThat(s.tasks()).extracting(SchoolSummary.TaskRow::progress)
                .containsExactly("Đang thực hiện (60 %)", "Hoàn thành", "Chưa thực hiện");

        Path pdf = preview("summary.pdf");
        ReportService reports = service();
        reports.renderer().exportPdf(List.of(reports.schoolSummary(s)), pdf, "t");
        String text = PdfText.of(pdf);
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat).contains("Không đạt Mức 1", "(bắt buộc)", "Tiêu chí bắt buộc đạt Mức 1", "7/8",
                "Vấn đề ưu tiên cải tiến", "Thiếu giáo viên tiếng Anh, tin học", "Chỉ số kết quả cần đạt",
                "100% giáo viên đạt chuẩn", "Đang thực hiện (60 %)", "Hoàn thành", "Chưa thực hiện",
                "Cách xác định mức đạt của trường", "tham khảo", "Phụ lục");
        assertThat(flat).doesNotContain("Mức 3", "Mức 4");
    }

    /** All criteria at Mức 2; tasks: one without progress (ended 01/10), one adjusted, one not done (ended 01/12). */
    static ExportedSchool level2() {
        return Tt57Fixtures.school("T57-002", "Trường Tiểu học Ẳng Cang", 2, Map.of(), List.of(
                Tt57Fixtures.task("4.1", "Sửa mái phòng học", D, LocalDate.of(2026, 10, 1), 80_000_000L,
                        "Không còn phòng dột", null, null),
                Tt57Fixtures.task("4.2", "Trồng cây xanh sân trường", D, LocalDate.of(2027, 3, 1), 3_000_000L,
                        "50 cây", "ADJUSTED", null),
                Tt57Fixtures.task("3.3", "Câu lạc bộ đọc sách", D, LocalDate.of(2026, 12, 1), null,
                        "Mỗi lớp một câu lạc bộ", "NOT_DONE", null)), List.of());
    }

    /** Mức 1 everywhere; both tasks done, one of them after its end date (done is never overdue). */
    static ExportedSchool level1() {
        return Tt57Fixtures.school("T57-003", "Trường Tiểu học Mường Phăng", 1, Map.of(), List.of(
                Tt57Fixtures.task("1.1", "Rà soát kế hoạch phát triển", D, LocalDate.of(2026, 10, 30), null,
                        "Kế hoạch được rà soát", "DONE", 100),
                Tt57Fixtures.task("1.2", "Phân công lại nhiệm vụ", D, LocalDate.of(2026, 11, 30), null,
                        "Quyết định phân công", "DONE", null)), List.of());
    }

    static final LocalDate TODAY = LocalDate.of(2026, 12, 15);

    static Dashboard dashboard() {
        return Tt57Fixtures.data().dashboard(new UnitYear(Tt57Fixtures.YEAR, Tt57Fixtures.UNIT),
                List.of(notReached(), level2(), level1()), TODAY);
    }

    @Test
    void dashboardShowsLevelsMandatoryCriteriaProgressAndOverdueTasks() throws Exception {
        Dashboard d = dashboard();
        assertThat(d.tt57()).isTrue();
        assertThat(d.levels()).extracting(Dashboard.LevelCount::label, Dashboard.LevelCount::schools)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Không đạt Mức 1", 1),
                        org.assertj.core.groups.Tuple.tuple("Mức 1", 1), org.assertj.core.groups.Tuple.tuple("Mức 2", 1));
        assertThat(d.heatMap()).hasSize(3).allSatisfy(r -> assertThat(r.cells()).hasSize(15));
        // Mức 2 is TT57's highest level: its cells take the top colour, as Mức 3 does under the 2018 circulars
        assertThat(d.heatMap().stream().flatMap(r -> r.cells().stream()))
                .allSatisfy(c -> assertThat(c.tone()).isEqualTo(c.level() == 2 ? 3 : c.level()))
                .anySatisfy(c -> assertThat(c.level()).isEqualTo(2));
        assertThat(d.heatMap().get(0).header().stream().filter(Dashboard.HeatCell::mandatory).map(Dashboard.HeatCell::code))
                .containsExactly("1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2");
        Dashboard.SchoolProgress total = d.progressRows().get(d.progressRows().size() - 1);
        assertThat(total).isEqualTo(new Dashboard.SchoolProgress(null, "Tổng cộng", 8, 3, 2, 2, 1));
        assertThat(total.doneText()).isEqualTo("3 (37,5 %)");
        assertThat(d.overdue()).extracting(Dashboard.OverdueTask::task, Dashboard.OverdueTask::daysLate).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Sửa mái phòng học", 75L),
                org.assertj.core.groups.Tuple.tuple("Bồi dưỡng giáo viên dạy tiếng Việt", 15L),
                org.assertj.core.groups.Tuple.tuple("Câu lạc bộ đọc sách", 14L));
        // "today" is the report's: a day earlier, the task that ended on 01/12 is not yet overdue
        assertThat(Tt57Fixtures.data().clock(java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T05:00:00Z"),
                java.time.ZoneId.of("Asia/Ho_Chi_Minh"))).dashboard(new UnitYear(Tt57Fixtures.YEAR, Tt57Fixtures.UNIT),
                List.of(level2()), LocalDate.of(2026, 12, 1)).overdue()).hasSize(1);

        Path pdf = preview("dashboard.pdf");
        ReportService reports = service();
        reports.renderer().exportPdf(List.of(reports.dashboard(d)), pdf, "t");
        String flat = PdfText.of(pdf).replaceAll("\\s+", " ");
        assertThat(flat).contains("Không đạt Mức 1", "tiêu chí bắt buộc", "1.3*", "TT57/2026 Phụ lục II",
                "8. Tiến độ thực hiện kế hoạch", "Tổng cộng 8 3 (37,5 %) 2 (25,0 %) 2 (25,0 %) 1 (12,5 %)",
                "Trường Tiểu học Thanh Nưa 3 1 (33,3 %) 1 (33,3 %) 1 (33,3 %) 0 (0,0 %)",
                "9. Hoạt động quá hạn (kết thúc trước ngày 15/12/2026, chưa hoàn thành)", "Sửa mái phòng học",
                "01/10/2026 75 Chưa rõ", "Câu lạc bộ đọc sách");
        // without a registry there is no section 8 (schools without a plan): progress follows section 7
        assertThat(d.registryUsed()).isFalse();
        assertThat(flat).doesNotContain("Trường chưa nộp kế hoạch", "10. Hoạt động quá hạn");
        assertThat(flat).doesNotContain("Rà soát kế hoạch phát triển", "Mức 3");

        Path html = preview("dashboard.html");
        reports.renderer().exportHtml(reports.dashboardUnpaged(d), html);
        assertThat(java.nio.file.Files.readString(html)).contains("Không đạt Mức 1", "Hoạt động quá hạn", "Sửa mái phòng học");
    }

    @Test
    void bookProvinceAndWorkbooksRenderForATt57Year() throws Exception {
        Dashboard d = dashboard();
        ReportService reports = service();
        ReportDataService data = Tt57Fixtures.data();
        List<SchoolSummary> summaries = List.of(data.summary(notReached(), Map.of()), data.summary(level2(), Map.of()),
                data.summary(level1(), Map.of()));
        UnitYear scope = new UnitYear(Tt57Fixtures.YEAR, Tt57Fixtures.UNIT);
        Path book = preview("book.pdf");
        reports.renderer().exportPdf(reports.book(scope, d, summaries, reports.dashboard(d),
                summaries.stream().map(reports::schoolSummary).toList()), book, "t");
        String bookText = PdfText.of(book).replaceAll("\\s+", " ");
        assertThat(bookText).contains("Trường Tiểu học Ẳng Cang", "Không đạt Mức 1", "(bắt buộc)",
                "9. Hoạt động quá hạn", "Vấn đề ưu tiên cải tiến");

        // a unit of the registry without any plan yet does not bring back Mức 3 nor "Chưa đạt Mức 1"
        Dashboard empty = data.dashboard(new UnitYear(Tt57Fixtures.YEAR, "UBND xã Mường Phăng"), List.of(), TODAY);
        ProvinceDashboard province = ProvinceRollup.of("Điện Biên", Tt57Fixtures.YEAR, List.of(d, empty));
        assertThat(province.levels()).extracting(Dashboard.LevelCount::label)
                .containsExactly("Không đạt Mức 1", "Mức 1", "Mức 2");
        Path pdf = preview("province.pdf");
        reports.renderer().exportPdf(List.of(reports.province(province, false)), pdf, "t");
        assertThat(PdfText.of(pdf).replaceAll("\\s+", " ")).contains("Không đạt Mức 1", "TT57/2026 Phụ lục II",
                        "Phòng GD&ĐT huyện Điện Biên 3 3 0 0 1 1 1 — —").doesNotContain("Chưa đạt Mức 1", "Đạt Mức 3");
        Path provinceHtml = preview("province.html");
        reports.renderer().exportHtml(reports.province(province, true), provinceHtml);
        assertThat(java.nio.file.Files.readString(provinceHtml)).contains("Không đạt Mức 1");

        Path xlsx = preview("dashboard.xlsx");
        DashboardWorkbook.write(d, xlsx);
        Path provinceXlsx = preview("province.xlsx");
        DashboardWorkbook.write(province, provinceXlsx);
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(xlsx.toFile());
             var pwb = org.apache.poi.ss.usermodel.WorkbookFactory.create(provinceXlsx.toFile())) {
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            assertThat(text(wb.getSheet("Mức đạt của trường"), formatter)).contains("Không đạt Mức 1 | 1");
            assertThat(text(wb.getSheet("Mức đạt tiêu chí"), formatter)).contains("1.3*");
            assertThat(text(wb.getSheet("Tiến độ"), formatter)).contains("Tổng cộng | 8 | 3 | 2 | 2 | 1");
            assertThat(text(wb.getSheet("Quá hạn"), formatter)).contains("Sửa mái phòng học | Hiệu trưởng | 01/10/2026 | 75");
            assertThat(text(pwb.getSheet("Đơn vị"), formatter)).contains("Không đạt Mức 1", "Mức 2")
                    .doesNotContain("Mức 3", "Mức 4"); // TT57/2026 has two levels
        }
    }

    private static String text(org.apache.poi.ss.usermodel.Sheet sheet, org.apache.poi.ss.usermodel.DataFormatter f) {
        StringBuilder sb = new StringBuilder();
        for (var row : sheet) {
            List<String> cells = new java.util.ArrayList<>();
            row.forEach(c -> cells.add(f.formatCellValue(c)));
            sb.append(String.join(" | ", cells)).append('\n');
        }
        return sb.toString();
    }
}
