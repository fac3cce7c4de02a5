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
}
