package vn.kdcl.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kdcl.check.PlanWorkbooks.task;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.check.PlanWorkbooks.Book;
import vn.kdcl.ingest.read.InfoField;
import vn.kdcl.submission.Submission;

/**
 * The facts of the five real plans in shared/seeds, re-created as workbooks: the plan tables of seeds
 * 002 and 003 are re-typed from Word (title rows, section rows, merged criterion cells, their own
 * headers); seeds 001 and 004 use the template. Each test pins exactly the findings expected.
 */
class SeedWorkbooksTest {

    @TempDir
    Path dir;

    Pipeline.Result run(Book b, String name) {
        return Pipeline.run(b.write(dir.resolve(name)));
    }

    static List<String> located(Pipeline.Result r) {
        return r.findings().stream().map(f -> f.code() + "@" + f.cell()).sorted().toList();
    }

    /** A school's consistent base workbook of a circular, without plan, funding or declared totals. */
    static Book base(String catalogueId, String code, String name, String type, String year) {
        Book b = PlanWorkbooks.clean(catalogueId);
        b.tasks.clear();
        b.funding.clear();
        return b.info(InfoField.SCHOOL_CODE, code).info(InfoField.SCHOOL_NAME, name).info(InfoField.SCHOOL_TYPE, type)
                .info(InfoField.SCHOOL_YEAR, year).info(InfoField.TOTAL_BUDGET, null);
    }

    /** Replaces the template's plan sheet by a table re-typed from Word: rows of cell texts, then merges. */
    static void retypePlan(XSSFWorkbook wb, String sheetName, Object[][] rows, int... mergeRowsOfColumnB) {
        int index = wb.getSheetIndex("Kế hoạch cải tiến");
        wb.removeSheetAt(index);
        Sheet s = wb.createSheet(sheetName);
        wb.setSheetOrder(sheetName, index);
        for (int r = 0; r < rows.length; r++) {
            Row row = s.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (v != null && !v.toString().isEmpty()) {
                    row.createCell(c).setCellValue(v.toString());
                }
            }
        }
        for (int i = 0; i < mergeRowsOfColumnB.length; i += 2) {
            s.addMergedRegion(new CellRangeAddress(mergeRowsOfColumnB[i], mergeRowsOfColumnB[i + 1], 1, 1));
        }
    }

    @Test
    void seed001DuHangKenh() {
        // THCS Dư Hàng Kênh 2022-2023 (TT18): "34/36 … 95,54%" and "2/36 … 6,56%" written as counts, two
        // criteria (2.3 and 3.2) below Mức 1, tasks named the way the school names them, a stale "2018-2019".
        Book b = base("TT18/2018", "HP-THCS-017", "Trường THCS Dư Hàng Kênh", "THCS", "2022 - 2023")
                .mark("2.3", false, false, false).mark("3.2", false, false, false)
                .info(InfoField.DECLARED_LEVEL, null)
                .info(InfoField.COUNT_LEVEL1, "Số các tiêu chí đạt: 34/36 - Tỷ lệ: 95,54 %")
                .info(InfoField.COUNT_LEVEL2, "2/36 tiêu chí, tỷ lệ 6,56 %")
                .info(InfoField.COUNT_LEVEL3, null).info(InfoField.COUNT_LEVEL4, null)
                .task(task("Tiêu chí 2 - Tiêu chuẩn III", "Kiểm tra cơ sở vật chất, mua sắm bàn ghế cho phòng học A1",
                        "Hiệu trưởng", "Tháng 9/2022", "", "", ""))
                .task(task("Tiêu chí 3 của tiêu chuẩn II", "Tổ chức cho GV học bồi dưỡng Tin học", "Phó hiệu trưởng",
                        "11/2022 - 12/2022", "", "", ""))
                .task(task("2.3", "Rà soát hồ sơ các tiêu chí, bổ sung minh chứng", "Thư ký hội đồng",
                        "Năm học 2018-2019", "", "", ""));
        Pipeline.Result r = run(b, "du-hang-kenh.xlsx");

        assertThat(r.built().submission().tasks()).extracting(Submission.PlanTask::criterion)
                .containsExactly("3.2", "2.3", "2.3");
        assertThat(located(r)).containsExactly("PLN-003@H4", "SUM-001@B14", "SUM-001@B15", "SUM-002@B14",
                "SUM-002@B15", "SUM-004@B14", "SUM-004@B15");
        assertThat(r.of("SUM-002")).extracting(Finding::message).containsExactly(
                "Tỷ lệ khai báo 95,54% nhưng 34/36 = 94,44%.", "Tỷ lệ khai báo 6,56% nhưng 2/36 = 5,56%.");
        assertThat(r.of("SUM-004").get(0).message()).contains("TT18/2018 chỉ có 28 tiêu chí");
        assertThat(r.only("PLN-003").message()).contains("2018-2019", "năm học 2022-2023");
        assertThat(r.built().submission().computed().count1()).isEqualTo(26);
    }

    @Test
    void seed002TuoiHong() {
        // MN Tuổi Hồng 2021-2022 (TT19): the Word table with MỨC 2 / MỨC 3 section rows and standard rows,
        // a criterion cell merged over two tasks, budgets without a source, tasks outside the school year.
        Object[][] rows = {
                {"KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG"},
                {"Năm học 2021 – 2022"},
                {},
                {"TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt", "Công việc/giải pháp", "Chủ trì và phối hợp",
                        "Thời gian thực hiện và hoàn thành", "Dự kiến kinh phí", "Điều kiện hỗ trợ khác", "Ghi chú"},
                {"MỨC 2"},
                {1, "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"},
                {"", "Tiêu chí 1.1.\nPhương hướng, chiến lược xây dựng và phát triển nhà trường",
                        "Có sự phối hợp của cha mẹ trẻ và cộng đồng", "- Hiệu trưởng thành lập Ban chỉ đạo triển khai Kế hoạch chiến lược",
                        "Hiệu trưởng", "Tháng 9/2021", "", "", ""},
                {"", "", "", "- Công khai kế hoạch chiến lược trên Website, Zalo, bảng tin", "BGH", "Thường xuyên"},
                {"", "Tiêu chí 1.4", "Tổ chuyên môn hoạt động hiệu quả", "Tạo điều kiện cho các thành viên đóng góp ý kiến",
                        "BGH- NV", "Tháng 10/2022"},
                {2, "Tiêu chuẩn 3: Cơ sở vật chất, trang thiết bị, đồ dùng, đồ chơi"},
                {"", "Tiêu chí 3. 5\nThiết bị, đồ dùng, đồ chơi", "Đủ thiết bị theo quy định",
                        "Bổ sung đồ dùng, đồ chơi, học liệu theo Thông tư số 02/2010/TT-BGDĐT", "Hiệu trưởng",
                        "Tháng 8/2021", "81 triệu đồng"},
                {"", "Tiêu chí 3.6 Khu vệ sinh, hệ thống cấp thoát nước", "Môi trường xanh – sạch – đẹp",
                        "Cải tạo nhà vệ sinh các nhóm lớp", "BGH- GV-NV", "Tháng 9/2021 đến tháng 5/2022",
                        "494.510.000 đồng (Công tác sữa chữa điểm 329- 331 Phạm Ngũ Lão)"},
                {"MỨC 3"},
                {3, "Tiêu chuẩn 4: Quan hệ giữa nhà trường, gia đình và xã hội"},
                {"", "Tiêu chí 4.2", "Tham mưu hiệu quả", "Công tác tham mưu với chính quyền địa phương", "Hiệu trưởng",
                        "Tháng 8/2022"},
        };
        Book b = base("TT19/2018", "HP-MN-004", "Trường Mầm non Tuổi Hồng", "Mầm non", "2021-2022")
                .edit(wb -> retypePlan(wb, "KH cải tiến", rows, 6, 7));
        Pipeline.Result r = run(b, "tuoi-hong.xlsx");

        List<Submission.PlanTask> tasks = r.built().submission().tasks();
        assertThat(tasks).extracting(Submission.PlanTask::criterion).containsExactly("1.1", "1.1", "1.4", "3.5", "3.6", "4.2");
        assertThat(tasks).extracting(Submission.PlanTask::amount)
                .containsExactly(null, null, null, 81_000_000L, 494_510_000L, null);
        // "Tháng 10/2022" (1.4) and "Tháng 8/2021" (3.5) fall outside 2021-2022; "Tháng 8/2022" (4.2) is its last month.
        assertThat(located(r)).containsExactly("PLN-003@F11", "PLN-003@F9", "PLN-008@G11", "PLN-008@G12");
        assertThat(r.of("PLN-003")).extracting(Finding::sheet).containsOnly("KH cải tiến");
        assertThat(r.findings().stream().filter(f -> f.cell().equals("F9")).findFirst().orElseThrow().message())
                .contains("Tháng 10/2022", "năm học 2021-2022");
        assertThat(r.of("PLN-008")).allMatch(f -> f.severity() == Severity.INFO);
    }

    @Test
    void seed003GiongRieng() {
        // THPT Giồng Riềng 2024-2025 (TT18): budget column "(triệu đồng)" holding texts, periods as the school
        // wrote them, a MỨC 4 section whose "Tiêu chí n" are Mức 4 criteria.
        Object[][] rows = {
                {"KẾ HOẠCH"},
                {"CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC"},
                {"Năm học 2024-2025"},
                {"TT", "Tiêu chuẩn, tiêu chí", "Nội dung công việc cần thực hiện", "Thời gian thực hiện",
                        "Đơn vị/ cá nhân triển khai", "Điều kiện thực hiện", "Giải pháp thực hiện",
                        "Dự kiến kinh phí (triệu đồng)"},
                {"Mức 1, 2, 3"},
                {1, "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"},
                {"", "Tiêu chí 1.1", "Bổ sung và điều chỉnh kế hoạch chiến lược phát triển nhà trường", "6/2025",
                        "Hiệu trưởng", "Tài liệu tham khảo", "Liên hệ các trường THPT có chất lượng ngoài tỉnh", ""},
                {"", "Tiêu chí 1.2", "Xây dựng quy chế sử dụng nguồn kinh phí", "01/2025", "Kế toán",
                        "Đúng quy tắc tài chính", "Nghiên cứu quy định tài chính", "10 tr"},
                {"", "Tiêu chí 1.7", "Bồi dưỡng chuyên môn, nghiệp vụ cho đội ngũ CBQL-GV-NV", "2023-2024",
                        "Hiệu trưởng", "Có danh sách quy hoạch", "Tạo điều kiện, cơ chế", "150 tr"},
                {"", "Tiêu chí 1.10", "Đảm bảo an toàn vệ sinh thực phẩm", "2024-2025", "Toàn trường",
                        "Phối hợp địa phương", "Tuyên truyền HS", ""},
                {2, "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên"},
                {"", "Tiêu chí 2.1", "Phó Hiệu trưởng tham gia học cao học", "2026", "Phó Hiệu trưởng",
                        "Đưa vào danh sách quy hoạch", "Hỗ trợ tài chính", "100 tr từ ngân sách cấp công tác đào tạo"},
                {3, "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học"},
                {"", "Tiêu chí 3.3", "Xây dựng nhà xe HS", "2024-2025", "Tài vụ tham mưu HT",
                        "Theo quy định tài chính", "Lập tờ trình cho Sở GDĐT", "200 tr (nguồn Sở cấp)"},
                {"", "Tiêu chí 3.4", "Tham mưu UBND huyện nạo vét cống thoát nước", "2024-2025", "Hiệu trưởng",
                        "Chủ trương UBND huyện", "Tham mưu UBND huyện", "Xã hội hóa 50 tr"},
                {4, "Tiêu chuẩn 4:"},
                {"", "Tiêu chí 4.2", "Chăm sóc gia đình thương binh, liệt sĩ", "Địp 22/12, 30/4, 27/7", "Đoàn TNCS",
                        "", "Huy động đoàn viên", "5 tr từ nguồn đóng góp tự nguyện đoàn viên"},
                {5},
                {"", "Tiêu chí 5.2", "Khen thưởng HS và GV bồi dưỡng HSG", "2024-2025", "Hiệu trưởng", "",
                        "Vận động xã hội hóa", "30 tr từ nguồn xã hội hóa"},
                {"MỨC 4"},
                {1, "Tiêu chí 2", "Thành lập các câu lạc bộ", "2024-2025", "TTCM", "Nhu cầu của HS",
                        "Xây dựng kế hoạch trình HT", "20 tr từ nguồn xã hội hóa"},
                {"", "Tiêu chí 4", "Trang bị thêm hệ thống máy tính cho thư viện", "Giai đoạn 2025-2030",
                        "Hiệu trưởng", "", "Tham mưu qua kế hoạch, tờ trình", "100 tr (tham mưu Sở GDĐT)"},
        };
        Book b = base("TT18/2018", "KG-THPT-009", "Trường THPT Giồng Riềng", "THPT", "2024-2025")
                .edit(wb -> retypePlan(wb, "Kế hoạch cải tiến", rows));
        Pipeline.Result r = run(b, "giong-rieng.xlsx");

        List<Submission.PlanTask> tasks = r.built().submission().tasks();
        assertThat(tasks).extracting(Submission.PlanTask::criterion).containsExactly("1.1", "1.2", "1.7", "1.10",
                "2.1", "3.3", "3.4", "4.2", "5.2", "M4.2", "M4.4");
        assertThat(tasks).extracting(Submission.PlanTask::amount).containsExactly(null, 10_000_000L, 150_000_000L,
                null, 100_000_000L, 200_000_000L, 50_000_000L, 5_000_000L, 30_000_000L, 20_000_000L, 100_000_000L);
        assertThat(tasks).extracting(Submission.PlanTask::source).containsExactly(null, null, null, null, "NSNN",
                "NSNN", "XA_HOI_HOA", "DONG_GOP", "XA_HOI_HOA", "XA_HOI_HOA", "NSNN");
        // "10 tr" under "(triệu đồng)" is 10 million, not 10 million millions.
        assertThat(tasks.get(7).start()).hasToString("2024-12-22");
        assertThat(tasks.get(7).end()).hasToString("2025-07-27");
        assertThat(located(r)).containsExactly("PLN-003@D12", "PLN-003@D22", "PLN-003@D9", "PLN-008@H8",
                "PLN-008@H9");
        assertThat(r.findings().stream().filter(f -> f.cell().equals("D9")).findFirst().orElseThrow().message())
                .contains("\"2023-2024\"", "01/09/2023", "năm học 2024-2025");
        assertThat(r.findings().stream().filter(f -> f.cell().equals("D22")).findFirst().orElseThrow().message())
                .contains("Giai đoạn 2025-2030");
        assertThat(r.of("PLN-008")).extracting(Finding::message).containsExactly(
                "Kinh phí 10.000.000 đồng chưa ghi nguồn kinh phí.", "Kinh phí 150.000.000 đồng chưa ghi nguồn kinh phí.");
    }

    /** Seed 004: PTDTBT TH Hẹ Muông 2023-2024 (TT17), Mức 1 27/27, Mức 2 27/27, Mức 3 4/19, Mức 4 0/5, Mức 2. */
    static Book heMuong(String year) {
        Book b = base("TT17/2018", "DB-TH-001", "Trường PTDTBT Tiểu học xã Hẹ Muông", "PTDTBT Tiểu học", year)
                .info(InfoField.COUNT_LEVEL3, "4/19").info(InfoField.DECLARED_LEVEL, "Mức 2");
        int k = 0;
        for (var c : b.catalogue.criteria()) {
            if (c.hasLevel(3) && k++ < 4) {
                b.mark(c.code(), true, true, true);
            }
        }
        return b.task(task("1.1", "Rà soát phương hướng chiến lược", "Hiệu trưởng", "Quý 1/2024", "", "350 triệu",
                        "Ngân sách đơn vị"))
                .task(task("3.1", "Xây dựng nhà vệ sinh", "Phó hiệu trưởng; tổ trưởng", "Từ 8/2023 Đến 5/2024", "",
                        "3 tỷ đồng", "tham mưu UBND huyện"));
    }

    @Test
    void seed004HeMuong() {
        Pipeline.Result r = run(heMuong("2023-2024"), "he-muong.xlsx");

        Submission s = r.built().submission();
        assertThat(s.computed()).isEqualTo(new Submission.LevelCounts(2, 27, 27, 4, 0));
        assertThat(s.declared()).isEqualTo(new Submission.LevelCounts(2, 27, 27, 4, 0));
        assertThat(s.tasks()).extracting(Submission.PlanTask::amount).containsExactly(350_000_000L, 3_000_000_000L);
        // 27/27, 27/27, 4/19, 0/5 is Mức 2: no SUM-003; "Từ 8/2023" starts before 1/9/2023.
        assertThat(located(r)).containsExactly("PLN-003@H3");
        assertThat(r.only("PLN-003").message()).contains("Từ 8/2023 Đến 5/2024", "01/08/2023", "01/09/2023");
    }

    @Test
    void seed004YearTypoIsRejected() {
        Pipeline.Result r = run(heMuong("2003-2024"), "he-muong-2003.xlsx");
        assertThat(r.codes()).containsExactly("SCH-004");
        Finding f = r.only("SCH-004");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.cell()).isEqualTo("B9");
        assertThat(f.message()).contains("2003-2024");
        assertThat(r.built()).isNull();
    }
}
