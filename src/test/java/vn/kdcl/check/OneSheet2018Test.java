package vn.kdcl.check;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.catalogue.Catalogue;
import vn.kdcl.catalogue.Criterion;
import vn.kdcl.submission.Submission;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 2018-era plan typed on one sheet (a Word plan pasted into Excel) used to be rejected with FILE-007 "không tìm thấy
 * trang tính bắt buộc 'Thông tin trường'"; it is now cut into its tables and read like the template.
 */
class OneSheet2018Test {

    @TempDir
    Path dir;

    @Test
    void a2018PlanOnOneSheetIsRead() throws Exception {
        Catalogue tt17 = PlanWorkbooks.catalogue("TT17/2018");
        Path file = dir.resolve("ke-hoach-mot-trang.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("KH");
            int r = 0;
            title(s, r++, "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG NĂM HỌC 2024-2025");
            title(s, r++, "I. THÔNG TIN CHUNG");
            Tt57Workbooks.row(s, r++, "Mã trường: 11010037");
            Tt57Workbooks.row(s, r++, "Tên trường: Trường Tiểu học số 2 Hẹ Muông");
            Tt57Workbooks.row(s, r++, "Cấp học: Tiểu học");
            Tt57Workbooks.row(s, r++, "Năm học: 2024-2025");
            r++;
            title(s, r++, "II. KẾT QUẢ TỰ ĐÁNH GIÁ");
            Tt57Workbooks.row(s, r++, "Tiêu chuẩn", "Mã tiêu chí", "Tên tiêu chí", "Mức 1", "Mức 2", "Mức 3");
            for (Criterion c : tt17.criteria()) {
                Tt57Workbooks.row(s, r++, String.valueOf(c.standard()), c.code(), c.name(), "Đạt",
                        c.code().equals("3.2") ? "Không đạt" : "Đạt", c.hasLevel(3) ? "" : "—");
            }
            r++;
            title(s, r++, "III. KẾ HOẠCH CẢI TIẾN");
            Tt57Workbooks.row(s, r++, "TT", "Tiêu chí", "Công việc/giải pháp", "Chủ trì", "Thời gian thực hiện",
                    "Dự kiến kinh phí", "Nguồn kinh phí");
            Tt57Workbooks.row(s, r++, "1", "Tiêu chí 3.2", "Sửa chữa phòng học", "Hiệu trưởng", "Từ 10/2024 đến 3/2025",
                    "81 triệu đồng", "Ngân sách nhà nước");
            Tt57Workbooks.row(s, r++, "2", "Tiêu chí 3.2", "Mua bàn ghế", "Kế toán", "Quý 1/2025", "20 triệu", "Xã hội hóa");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Pipeline.Result result = Pipeline.run(file);
        assertThat(result.codes()).as(result.findings().toString()).doesNotContain("FILE-007");
        Submission sub = result.built().submission();
        assertThat(sub.catalogueId()).isEqualTo("TT17/2018");
        assertThat(sub.criteria()).hasSize(27);
        assertThat(sub.computed().level()).isEqualTo(1);
        assertThat(sub.tasks()).extracting(Submission.PlanTask::criterion, Submission.PlanTask::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3.2", 81_000_000L),
                        org.assertj.core.groups.Tuple.tuple("3.2", 20_000_000L));
    }

    private static void title(Sheet s, int r, String text) {
        Tt57Workbooks.row(s, r, text);
        s.addMergedRegion(new CellRangeAddress(r, r, 0, 6));
    }
}
