package vn.kdcl.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.check.Finding;
import vn.kdcl.check.Severity;
import vn.kdcl.ingest.read.ParsedWorkbook.TaskRow;
import vn.kdcl.ingest.read.TestBooks.Formula;

class WorkbookReaderTest {

    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader();

    private ParsedWorkbook accepted(Path file) {
        ReadOutcome outcome = reader.read(file);
        assertThat(outcome.errors()).as("errors of %s", file.getFileName()).isEmpty();
        assertThat(outcome.workbook()).isNotNull();
        return outcome.workbook();
    }

    private static List<String> codes(ReadOutcome outcome) {
        return outcome.findings().stream().map(Finding::code).toList();
    }

    /** A workbook with info and criteria as in the template and the plan sheet built by the test. */
    private TestBooks base(Workbook wb) {
        TestBooks b = new TestBooks(wb);
        b.info("79001234", "2024-2025");
        b.criteria("Kết quả tiêu chí", 3);
        return b;
    }

    // ---- the clean template ----

    @Test
    void readsTheCleanTemplate() throws Exception {
        Path file = TestBooks.write(TestBooks.clean(new XSSFWorkbook(), 12, 7), dir.resolve("clean.xlsx"));
        ParsedWorkbook wb = accepted(file);

        assertThat(wb.findings()).isEmpty();
        assertThat(wb.info().get(InfoField.SCHOOL_CODE).text()).isEqualTo("79001234");
        assertThat(wb.info().get(InfoField.SCHOOL_CODE).ref()).isEqualTo("B3");
        assertThat(wb.info().get(InfoField.SCHOOL_CODE).sheet()).isEqualTo("Thông tin trường");
        assertThat(wb.info().get(InfoField.SCHOOL_YEAR).text()).isEqualTo("2024-2025");
        assertThat(wb.info().get(InfoField.DECLARED_LEVEL).number()).isEqualTo(2.0);
        assertThat(wb.info().get(InfoField.COUNT_LEVEL3).text()).isEqualTo("5/28 (17,86%)");
        assertThat(wb.info().get(InfoField.PREPARED_ON).date()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(wb.info()).hasSize(InfoField.values().length);

        assertThat(wb.criteria()).hasSize(12);
        ParsedWorkbook.CriterionRow first = wb.criteria().get(0);
        assertThat(first.code().text()).isEqualTo("1.1");
        assertThat(first.code().ref()).isEqualTo("B4");
        assertThat(first.standard().text()).isEqualTo("1");
        assertThat(first.level3().text()).isEqualTo("Đạt");
        assertThat(wb.criteria().get(1).level3().text()).isEqualTo("Không đạt");
        assertThat(first.declaredLevel().number()).isEqualTo(3.0);
        assertThat(first.evidence().text()).isEqualTo("H1-1.1-01");

        assertThat(wb.level4()).extracting(r -> r.code().text()).containsExactly("1", "2", "3");
        assertThat(wb.level4().get(1).result().text()).isEqualTo("Đạt");

        assertThat(wb.tasks()).hasSize(7);
        TaskRow task = wb.tasks().get(0);
        assertThat(task.number().text()).isEqualTo("1");
        assertThat(task.criterion().text()).isEqualTo("1.1");
        assertThat(task.targetLevel().text()).isEqualTo("3");
        assertThat(task.task().text()).startsWith("Tổ chức tập huấn");
        assertThat(task.task().ref()).isEqualTo("E4");
        assertThat(task.lead().text()).isEqualTo("Hiệu trưởng");
        assertThat(task.partners().text()).isEqualTo("Các tổ chuyên môn");
        assertThat(task.start().text()).isEqualTo("9/2024");
        assertThat(task.end().text()).isEqualTo("5/2025");
        assertThat(task.budget().text()).isEqualTo("81 triệu đồng");
        assertThat(task.source().text()).isEqualTo("Ngân sách nhà nước");
        assertThat(task.support().text()).isEqualTo("Sự hỗ trợ của Phòng GD&ĐT");
        assertThat(task.status().text()).isEqualTo("Chưa thực hiện");
        assertThat(task.note().isBlank()).isTrue();
        assertThat(task.budgetInMillions()).isFalse();
        assertThat(task.level4Section()).isFalse();
        assertThat(task.sectionLevel()).isNull();

        assertThat(wb.funding()).hasSize(2);
        assertThat(wb.funding().get(0).amount().number()).isEqualTo(81_000_000.0);
        assertThat(wb.funding().get(0).amount().text()).isEqualTo("81000000");
        assertThat(wb.funding().get(1).amount().text()).isEqualTo("50 tr");
        assertThat(wb.funding().get(0).amountInMillions()).isFalse();
    }

    @Test
    void xlsVersionOfTheCleanTemplateReadsTheSame() throws Exception {
        Path xlsx = TestBooks.write(TestBooks.clean(new XSSFWorkbook(), 8, 5), dir.resolve("a.xlsx"));
        Path xls = TestBooks.write(TestBooks.clean(new HSSFWorkbook(), 8, 5), dir.resolve("a.xls"));
        ParsedWorkbook fromXlsx = accepted(xlsx);
        ParsedWorkbook fromXls = accepted(xls);
        assertThat(fromXls.tasks()).hasSize(5);
        assertThat(fromXls).isEqualTo(fromXlsx);
    }

    @Test
    void readsXlsm() throws Exception {
        Path file = TestBooks.write(TestBooks.clean(new XSSFWorkbook(XSSFWorkbookType.XLSM), 4, 3),
                dir.resolve("macro.xlsm"));
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain("word/");
        ParsedWorkbook wb = accepted(file);
        assertThat(wb.tasks()).hasSize(3);
        assertThat(wb.criteria()).hasSize(4);
    }

    @Test
    void odsVersionOfTheCleanTemplateReadsTheSame() throws Exception {
        Path xlsx = TestBooks.write(TestBooks.clean(new XSSFWorkbook(), 8, 5), dir.resolve("a.xlsx"));
        Path ods = OdsBooks.write(TestBooks.clean(new XSSFWorkbook(), 8, 5), dir.resolve("a.ods"));
        ParsedWorkbook fromOds = accepted(ods);
        assertThat(fromOds.tasks()).hasSize(5);
        assertThat(fromOds.info().get(InfoField.PREPARED_ON).date()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(fromOds).isEqualTo(accepted(xlsx));
    }

    @Test
    void odsWithMergedCriterionCellsTitleRowsAndFormulasReadsLikeTheXlsx() throws Exception {
        java.util.function.Supplier<Workbook> book = () -> {
            TestBooks b = base(new XSSFWorkbook());
            Sheet s = b.workbook().createSheet("KH cải tiến");
            b.bodyRow(s, 0, "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG");
            b.headerRow(s, 2, "TT", "Tiêu chí", "Nội dung công việc cần thực hiện", "Chủ trì", "Dự kiến kinh phí (triệu đồng)");
            b.bodyRow(s, 3, 1, "1.1", "Việc một", "Hiệu trưởng", 10);
            b.bodyRow(s, 4, 2, null, "Việc  hai\ncó hai dòng", "Phó Hiệu trưởng", 20);
            b.bodyRow(s, 5, 3, null, "Việc ba", "Tổ trưởng", new Formula("E4+E5"));
            TestBooks.merge(s, 3, 5, 1, 1);
            b.bodyRow(s, 7, 4, "1.2", "Việc bốn", "Kế toán", "1,5 tỷ");
            return b.workbook();
        };
        ParsedWorkbook fromOds = accepted(OdsBooks.write(book.get(), dir.resolve("merged.ods")));
        assertThat(fromOds.tasks()).extracting(t -> t.criterion().ref()).containsExactly("B4", "B4", "B4", "B8");
        assertThat(fromOds.tasks().get(2).budget().number()).isEqualTo(30.0);
        assertThat(fromOds.tasks().get(1).task().text()).isEqualTo("Việc hai\ncó hai dòng");
        assertThat(fromOds).isEqualTo(accepted(TestBooks.write(book.get(), dir.resolve("merged.xlsx"))));
    }

    /**
     * Files LibreOffice Calc 7.4 wrote from the demo workbook beside them (all committed): saved as .ods, and saved
     * again as .xlsx (a school working in LibreOffice that keeps the format). Both read as the original does.
     */
    @Test
    void readsOdsAndXlsxFilesWrittenByLibreOffice() throws Exception {
        ParsedWorkbook original = accepted(copy("/ods/libreoffice-7.4-source.xlsx"));
        assertThat(original.tasks()).isNotEmpty();
        assertThat(accepted(copy("/ods/libreoffice-7.4.ods"))).isEqualTo(original);
        assertThat(accepted(copy("/ods/libreoffice-7.4-resaved.xlsx"))).isEqualTo(original);
    }

    private Path copy(String resource) throws Exception {
        Path file = dir.resolve(Path.of(resource).getFileName().toString());
        try (var in = getClass().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void rejectsPasswordProtectedOdsAndOtherOpenDocumentFiles() throws Exception {
        Path locked = OdsBooks.write(dir.resolve("mat-khau.ods"), OdsBooks.MIME,
                "<manifest:encryption-data><manifest:algorithm/></manifest:encryption-data>", new byte[] {1, 2, 3});
        ReadOutcome outcome = reader.read(locked);
        assertThat(codes(outcome)).containsExactly("FILE-002");
        assertThat(outcome.findings().get(0).message()).contains("mat-khau.ods", "mật khẩu");

        Path text = OdsBooks.write(dir.resolve("ke-hoach.ods"), "application/vnd.oasis.opendocument.text", "",
                "<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        outcome = reader.read(text);
        assertThat(codes(outcome)).containsExactly("FILE-001");
        assertThat(outcome.findings().get(0).message()).contains("văn bản OpenDocument (.odt)");

        Path sheetless = OdsBooks.write(dir.resolve("rong.ods"), OdsBooks.content(""));
        assertThat(codes(reader.read(sheetless))).contains("FILE-007");
    }

    // ---- header tolerance ----

    @Test
    void findsTheHeaderBelowTitleRows() throws Exception {
        TestBooks b = base(new XSSFWorkbook());
        Sheet s = b.workbook().createSheet("Kế hoạch cải tiến");
        b.row(s, 0, "PHÒNG GD&ĐT LÊ CHÂN");
        b.row(s, 1, "TRƯỜNG THCS DƯ HÀNG KÊNH");
        b.row(s, 3, "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2024-2025");
        TestBooks.merge(s, 3, 3, 0, 8);
        b.row(s, 4, "(Kèm theo Kế hoạch số 15/KH-THCS ngày 20/9/2024)");
        b.headerRow(s, 6, "TT", "Tiêu chí", "Công việc/giải pháp", "Chủ trì", "Thời gian bắt đầu", "Thời gian hoàn thành");
        b.bodyRow(s, 7, 1, "1.1", "Rà soát kế hoạch chiến lược", "Hiệu trưởng", "9/2024", "12/2024");
        ParsedWorkbook wb = accepted(TestBooks.write(b.workbook(), dir.resolve("titles.xlsx")));
        assertThat(wb.tasks()).hasSize(1);
        assertThat(wb.tasks().get(0).task().ref()).isEqualTo("C8");
        assertThat(wb.tasks().get(0).end().text()).isEqualTo("12/2024");
    }

    @Test
    void readsTwoRowMergedHeadersWithLineBreaks() throws Exception {
        TestBooks b = new TestBooks(new XSSFWorkbook());
        b.info("79001234", "2024-2025");
        Sheet c = b.workbook().createSheet("Kết quả tiêu chí");
        b.headerRow(c, 0, "Tiêu chuẩn", "Mã\ntiêu chí", "Tên tiêu chí", "Kết quả tự đánh giá", "", "", "Mức\nđạt được");
        b.headerRow(c, 1, "", "", "", "Mức 1", "Mức 2", "Mức 3", "");
        for (int col : new int[] {0, 1, 2, 6}) {
            TestBooks.merge(c, 0, 1, col, col);
        }
        TestBooks.merge(c, 0, 0, 3, 5);
        b.bodyRow(c, 2, 1, "1.1", "Phương hướng, chiến lược", "Đạt", "Đạt", "", 2);
        Sheet p = b.workbook().createSheet("Kế hoạch cải tiến");
        b.headerRow(p, 0, "TT", "Tiêu chí", "Công việc/\ngiải pháp", "Chủ trì\nvà phối hợp", "Thời gian", "");
        b.headerRow(p, 1, "", "", "", "", "Bắt đầu", "Hoàn thành");
        for (int col = 0; col < 4; col++) {
            TestBooks.merge(p, 0, 1, col, col);
        }
        TestBooks.merge(p, 0, 0, 4, 5);
        b.bodyRow(p, 2, 1, "1.1", "Rà soát kế hoạch", "Hiệu trưởng; các tổ trưởng", "9/2024", "12/2024");
        ParsedWorkbook wb = accepted(TestBooks.write(b.workbook(), dir.resolve("tworow.xlsx")));

        assertThat(wb.criteria()).hasSize(1);
        assertThat(wb.criteria().get(0).level1().text()).isEqualTo("Đạt");
        assertThat(wb.criteria().get(0).level2().ref()).isEqualTo("E3");
        assertThat(wb.criteria().get(0).level3().isBlank()).isTrue();
        assertThat(wb.criteria().get(0).declaredLevel().text()).isEqualTo("2");
        TaskRow t = wb.tasks().get(0);
        assertThat(wb.tasks()).hasSize(1);
        assertThat(t.start().text()).isEqualTo("9/2024");
        assertThat(t.end().text()).isEqualTo("12/2024");
        assertThat(t.lead().text()).isEqualTo("Hiệu trưởng; các tổ trưởng");
        assertThat(t.partners()).isNull();
    }

    @Test
    void understandsRenamedAndReorderedColumns() throws Exception {
        TestBooks b = base(new XSSFWorkbook());
        Sheet s = b.workbook().createSheet("KH cải tiến");
        b.headerRow(s, 0, "Dự kiến kinh phí (triệu đồng)", "Tiêu chuẩn, tiêu chí", "Nội dung công việc cần thực hiện",
                "Thời gian thực hiện và hoàn thành", "Đơn vị/ cá nhân triển khai", "STT");
        b.bodyRow(s, 1, 10, "Tiêu chí 1.2", "Xây dựng quy chế chi tiêu nội bộ", "Từ 8/2024 Đến 5/2025", "Kế toán", 1);
        ParsedWorkbook wb = accepted(TestBooks.write(b.workbook(), dir.resolve("renamed.xlsx")));
        TaskRow t = wb.tasks().get(0);
        assertThat(t.budget().number()).isEqualTo(10.0);
        assertThat(t.budgetInMillions()).isTrue();
        assertThat(t.criterion().text()).isEqualTo("Tiêu chí 1.2");
        assertThat(t.task().text()).isEqualTo("Xây dựng quy chế chi tiêu nội bộ");
        assertThat(t.start().text()).isEqualTo("Từ 8/2024 Đến 5/2025");
        assertThat(t.end()).as("a combined time column fills start only").isNull();
        assertThat(t.lead().text()).isEqualTo("Kế toán");
        assertThat(t.number().text()).isEqualTo("1");
    }

    @Test
    void ignoresExtraColumns() throws Exception {
        TestBooks b = base(new XSSFWorkbook());
        Sheet s = b.workbook().createSheet("Kế hoạch cải tiến");
        b.headerRow(s, 0, "TT", "Tiêu chí", "Ảnh minh hoạ", "Công việc/giải pháp", "Người duyệt", "Chủ trì",
                "Giải pháp thực hiện", "Dự kiến kinh phí");
        b.bodyRow(s, 1, 1, "2.1", "ảnh.jpg", "Cử giáo viên học cao học", "Ông Ba", "Phó Hiệu trưởng",
                "Tạo điều kiện thời gian", "100 tr");
        ParsedWorkbook wb = accepted(TestBooks.write(b.workbook(), dir.resolve("extra.xlsx")));
        TaskRow t = wb.tasks().get(0);
        assertThat(t.task().text()).isEqualTo("Cử giáo viên học cao học");
        assertThat(t.lead().text()).isEqualTo("Phó Hiệu trưởng");
        assertThat(t.budget().text()).isEqualTo("100 tr");
    }

    @Test
    void missingOptionalColumnsAreNull() throws Exception {
        TestBooks b = base(new XSSFWorkbook());
        Sheet s = b.workbook().createSheet("Kế hoạch cải tiến");
        b.headerRow(s, 0, "Tiêu chí", "Công việc/giải pháp", "Chủ trì");
        b.bodyRow(s, 1, "3.3", "Xây dựng nhà xe", "Tài vụ");
        ParsedWorkbook wb = accepted(TestBooks.write(b.workbook(), dir.resolve("missing.xlsx")));
        TaskRow t = wb.tasks().get(0);
        assertThat(t.lead().text()).isEqualTo("Tài vụ");
        assertThat(Arrays.asList(t.number(), t.partners(), t.start(), t.end(), t.budget(), t.source(), t.status(),
                t.note(), t.targetLevel(), t.expectedResult(), t.support())).containsOnlyNulls();
        assertThat(wb.level4()).isEmpty();
        assertThat(wb.funding()).isEmpty();
    }

    // ---- sheet recognition ----

    @Test
    void recognisesSheetsByContentWhenNamesSayNothing() throws Exception {
        TestBooks b = new TestBooks(new XSSFWorkbook());
        b.plan("Sheet1", 2);
        b.criteria("Sheet2", 2);
        b.info("79001234", "2024-2025");
        b.workbook().setSheetName(2, "Sheet3");
        ParsedWorkbook wb = accepted(TestBooks.write(b.workbook(), dir.resolve("sheets.xlsx")));
        assertThat(wb.tasks()).hasSize(2);
        assertThat(wb.tasks().get(0).task().sheet()).isEqualTo("Sheet1");
        assertThat(wb.criteria()).hasSize(2);
        assertThat(wb.info().get(InfoField.SCHOOL_CODE).sheet()).isEqualTo("Sheet3");
    }

    @Test
    void recognisesFoldedSheetNames() throws Exception {
        TestBooks b = new TestBooks(new XSSFWorkbook());
        b.info("79001234", "2024-2025");
        b.workbook().setSheetName(0, "THONG TIN");
        b.criteria("Ket qua tieu chi", 2);
        b.plan("Ke hoach cai tien", 2);
        b.funding("KINH PHÍ ");
        ParsedWorkbook wb = accepted(TestBooks.write(b.workbook(), dir.resolve("names.xlsx")));
        assertThat(wb.tasks()).hasSize(2);
        assertThat(wb.funding()).hasSize(2);
    }

    // ---- rows ----

    @Test
    void sectionRowsSetContextAndAreNotTasks() throws Exception {
        TestBooks b = base(new XSSFWorkbook());
        Sheet s = b.workbook().createSheet("Kế hoạch cải tiến");
        b.headerRow(s, 0, "TT", "Tiêu chuẩn, tiêu chí", "Công việc/giải pháp", "Chủ trì", "Thời gian thực hiện");
        b.bodyRow(s, 1, "MỨC 2");
        TestBooks.merge(s, 1, 1, 0, 4);
        b.bodyRow(s, 2, 1, "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường");
        b.bodyRow(s, 3, null, "Tiêu chí 1.1.", "Rà soát chiến lược", "Hiệu trưởng", "Tháng 10/2024");
        b.bodyRow(s, 4, "MỨC 3");
        b.bodyRow(s, 5, null, "TC 3.3", "Xây nhà xe", "Tài vụ", "2025");
        b.bodyRow(s, 6, "Mức 4");
        TestBooks.merge(s, 6, 6, 0, 4);
        b.bodyRow(s, 7, 1, "Tiêu chí 2", "Thành lập câu lạc bộ", "TTCM", "2024-2025");
        ParsedWorkbook wb = accepted(TestBooks.write(b.workbook(), dir.resolve("sections.xlsx")));
        assertThat(wb.tasks()).extracting(t -> t.task().text())
                .containsExactly("Rà soát chiến lược", "Xây nhà xe", "Thành lập câu lạc bộ");
        assertThat(wb.tasks()).extracting(TaskRow::sectionLevel).containsExactly(2, 3, 4);
        assertThat(wb.tasks()).extracting(TaskRow::level4Section).containsExactly(false, false, true);
        assertThat(wb.tasks().get(2).criterion().text()).isEqualTo("Tiêu chí 2");
    }

    @Test
    void criterionCodesTypedAsNumbersKeepTheirTenth() throws Exception {
        TestBooks b = new TestBooks(new XSSFWorkbook());
        b.info("79001234", "2024-2025");
        Sheet s = b.workbook().createSheet("Kết quả tiêu chí");
        b.headerRow(s, 0, "Tiêu chuẩn", "Mã tiêu chí", "Tên tiêu chí", "Mức 1", "Mức 2", "Mức 3");
        double[] typed = {1.8, 1.9, 1.1, 2.1, 2.2, 1.1};
        for (int i = 0; i < typed.length; i++) {
            // what Excel keeps of "1.8", "1.9", "1.10", "2.1", "2.2", and a stray "1.1" typed in general cells
            b.bodyRow(s, i + 1, null, typed[i], "Tiêu chí " + i, "Đạt", "Đạt", "Không đạt");
        }
        b.plan("Kế hoạch cải tiến", 1);
        ParsedWorkbook wb = accepted(TestBooks.write(b.workbook(), dir.resolve("numeric-codes.xlsx")));
        assertThat(wb.criteria()).extracting(r -> r.code().text()).containsExactly("1.8", "1.9", "1.10", "2.1", "2.2", "1.1");
        assertThat(wb.criteria().get(2).code().ref()).isEqualTo("B4");
    }

    @Test
    void mergedCriterionCellAppliesToEveryTaskOfTheMerge() throws Exception {
        TestBooks b = base(new XSSFWorkbook());
        Sheet s = b.workbook().createSheet("Kế hoạch cải tiến");
        b.headerRow(s, 0, "TT", "Tiêu chí", "Công việc/giải pháp", "Chủ trì");
        b.bodyRow(s, 1, 1, "1.1", "Việc một", "Hiệu trưởng");
        b.bodyRow(s, 2, 2, null, "Việc hai", "Phó Hiệu trưởng");
        b.bodyRow(s, 3, 3, null, "Việc ba", "Tổ trưởng");
        TestBooks.merge(s, 1, 3, 1, 1);
        b.bodyRow(s, 4, 4, "1.2", "Việc bốn", "Kế toán");
        b.bodyRow(s, 5, 5, null, "Việc năm (tiếp tiêu chí 1.2, ô không gộp)", "Kế toán");
        ParsedWorkbook wb = accepted(TestBooks.write(b.workbook(), dir.resolve("merged.xlsx")));
        assertThat(wb.tasks()).extracting(t -> t.criterion().text()).containsExactly("1.1", "1.1", "1.1", "1.2", "1.2");
        assertThat(wb.tasks()).extracting(t -> t.criterion().ref()).containsExactly("B2", "B2", "B2", "B5", "B5");
    }

    @Test
    void skipsBlankRows() throws Exception {
        TestBooks b = base(new XSSFWorkbook());
        Sheet s = b.workbook().createSheet("Kế hoạch cải tiến");
        b.headerRow(s, 0, "TT", "Tiêu chí", "Công việc/giải pháp", "Chủ trì");
        b.bodyRow(s, 1, 1, "1.1", "Việc một", "Hiệu trưởng");
        b.bodyRow(s, 2, "", " ", "\u00A0");
        b.bodyRow(s, 5, 2, "1.2", "Việc hai", "Kế toán");
        ParsedWorkbook wb = accepted(TestBooks.write(b.workbook(), dir.resolve("blank.xlsx")));
        assertThat(wb.tasks()).extracting(t -> t.task().ref()).containsExactly("C2", "C6");
    }

    // ---- cell values ----

    @Test
    void formulasGiveTheirCachedValues() throws Exception {
        TestBooks b = base(new XSSFWorkbook());
        Sheet s = b.workbook().createSheet("Kế hoạch cải tiến");
        b.headerRow(s, 0, "TT", "Tiêu chí", "Công việc/giải pháp", "Chủ trì", "Dự kiến kinh phí", "Ghi chú");
        b.bodyRow(s, 1, 1, "1.1", "Việc một", "Hiệu trưởng", new Formula("10*1000000"), new Formula("\"Ghi \"&\"chú\""));
        b.workbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
        Path file = TestBooks.write(b.workbook(), dir.resolve("cached.xlsx"));
        assertThat(zipText(file, "xl/worksheets/sheet3.xml")).contains("<v>1.0E7</v>");
        TaskRow t = accepted(file).tasks().get(0);
        assertThat(t.budget().number()).isEqualTo(10_000_000.0);
        assertThat(t.budget().text()).isEqualTo("10000000");
        assertThat(t.note().text()).isEqualTo("Ghi chú");
    }

    @Test
    void formulasWithoutCachedValueAreEvaluated() throws Exception {
        TestBooks b = base(new XSSFWorkbook());
        Sheet s = b.workbook().createSheet("Kế hoạch cải tiến");
        b.headerRow(s, 0, "TT", "Tiêu chí", "Công việc/giải pháp", "Chủ trì", "Dự kiến kinh phí", "Thời gian bắt đầu");
        b.bodyRow(s, 1, 1, "1.1", "Việc một", "Hiệu trưởng", new Formula("SUM(20,30)*1000000"),
                new Formula("DATE(2024,9,5)"));
        s.getRow(1).getCell(5).setCellStyle(b.workbook().getSheetAt(0).getRow(23).getCell(1).getCellStyle());
        Path file = TestBooks.write(b.workbook(), dir.resolve("uncached.xlsx"));
        assertThat(zipText(file, "xl/worksheets/sheet3.xml")).contains("<f>SUM(20,30)*1000000</f>")
                .doesNotContain("<v>50000000");
        TaskRow t = accepted(file).tasks().get(0);
        assertThat(t.budget().number()).isEqualTo(50_000_000.0);
        assertThat(t.start().date()).isEqualTo(LocalDate.of(2024, 9, 5));
    }

    @Test
    void numbersStoredAsTextStayText() throws Exception {
        TestBooks b = base(new XSSFWorkbook());
        Sheet s = b.workbook().createSheet("Kế hoạch cải tiến");
        b.headerRow(s, 0, "TT", "Tiêu chí", "Công việc/giải pháp", "Chủ trì", "Dự kiến kinh phí");
        b.bodyRow(s, 1, "1", "1.10", "Việc một", "Hiệu trưởng", "81000000");
        TaskRow t = accepted(TestBooks.write(b.workbook(), dir.resolve("text.xlsx"))).tasks().get(0);
        assertThat(t.budget().text()).isEqualTo("81000000");
        assertThat(t.budget().number()).isNull();
        assertThat(t.criterion().text()).isEqualTo("1.10");
    }

    @Test
    void realDatesBecomeDates() throws Exception {
        TestBooks b = base(new XSSFWorkbook());
        Sheet s = b.workbook().createSheet("Kế hoạch cải tiến");
        b.headerRow(s, 0, "TT", "Tiêu chí", "Công việc/giải pháp", "Chủ trì", "Thời gian bắt đầu", "Thời gian hoàn thành");
        b.bodyRow(s, 1, 1, "1.1", "Việc một", "Hiệu trưởng", LocalDate.of(2024, 9, 1), LocalDate.of(2025, 5, 31));
        TaskRow t = accepted(TestBooks.write(b.workbook(), dir.resolve("dates.xlsx"))).tasks().get(0);
        assertThat(t.start().date()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(t.start().number()).isEqualTo(45536.0);
        assertThat(t.start().text()).isEqualTo("01/09/2024");
        assertThat(t.end().date()).isEqualTo(LocalDate.of(2025, 5, 31));
    }

    @Test
    void nfdTextBecomesNfc() throws Exception {
        String nfd = Normalizer.normalize("Bồi dưỡng  giáo viên\u00A0", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(Normalizer.normalize(nfd, Normalizer.Form.NFC));
        TestBooks b = base(new XSSFWorkbook());
        Sheet s = b.workbook().createSheet(Normalizer.normalize("Kế hoạch cải tiến", Normalizer.Form.NFD));
        b.headerRow(s, 0, "TT", "Tiêu chí", Normalizer.normalize("Công việc/giải pháp", Normalizer.Form.NFD), "Chủ trì");
        b.bodyRow(s, 1, 1, "1.1", nfd, Normalizer.normalize("Hiệu trưởng", Normalizer.Form.NFD));
        TaskRow t = accepted(TestBooks.write(b.workbook(), dir.resolve("nfd.xlsx"))).tasks().get(0);
        assertThat(t.task().text()).isEqualTo("Bồi dưỡng giáo viên");
        assertThat(Normalizer.isNormalized(t.lead().text(), Normalizer.Form.NFC)).isTrue();
        assertThat(t.lead().text()).isEqualTo("Hiệu trưởng");
        assertThat(t.task().sheet()).isEqualTo("Kế hoạch cải tiến");
    }

    // ---- rejections ----

    @Test
    void rejectsZeroBytes() throws Exception {
        ReadOutcome o = reader.read(Files.write(dir.resolve("empty.xlsx"), new byte[0]));
        assertThat(o.rejected()).isTrue();
        assertThat(codes(o)).containsExactly("FILE-001");
        assertThat(o.findings().get(0).message()).contains("empty.xlsx").contains("0 byte");
    }

    @Test
    void rejectsTruncatedZip() throws Exception {
        Path full = TestBooks.write(TestBooks.clean(new XSSFWorkbook(), 4, 3), dir.resolve("full.xlsx"));
        byte[] bytes = Files.readAllBytes(full);
        Path half = Files.write(dir.resolve("half.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        ReadOutcome o = reader.read(half);
        assertThat(codes(o)).containsExactly("FILE-001");
        assertThat(o.workbook()).isNull();
    }

    @Test
    void rejectsPdfNamedXlsx() throws Exception {
        Path pdf = Files.write(dir.resolve("plan.xlsx"), "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        ReadOutcome o = reader.read(pdf);
        assertThat(codes(o)).containsExactly("FILE-001");
        assertThat(o.findings().get(0).message()).contains("PDF");
    }

    @Test
    void rejectsCsvSavedUnderAWorkbookNameSayingItIsText() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] csv = "Mã trường;Tên trường\r\n11010023;Trường THCS Thanh Xương\r\n".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("ke-hoach.xls"), java.nio.ByteBuffer.allocate(bom.length + csv.length)
                .put(bom).put(csv).array());
        ReadOutcome o = reader.read(file);
        assertThat(codes(o)).containsExactly("FILE-001");
        assertThat(o.findings().get(0).message()).contains("văn bản thuần (CSV/TXT)", "một trang tính");
        // binary noise is not called text
        Path noise = Files.write(dir.resolve("noise.xlsx"), new byte[] {1, 2, 3, 'a', 'b', 0x7F, 9, 10});
        assertThat(reader.read(noise).findings().get(0).message()).contains("định dạng không nhận ra");
    }

    @Test
    void aZipOfWorkbooksIsRejectedWithTheAdviceToUnpackIt() throws Exception {
        Path zip = dir.resolve("tep-dinh-kem.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of("THCS Thanh Xương/Kế hoạch.xlsx", "b.XLS", "c.ods", "d.xlsm", "__MACOSX/._b.XLS", "doc.pdf")) {
                out.putNextEntry(new ZipEntry(name));
                out.write(name.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        ReadOutcome o = reader.read(zip);
        assertThat(codes(o)).containsExactly("FILE-001");
        assertThat(o.findings().get(0).message())
                .contains("tệp nén ZIP chứa 4 sổ tính (Kế hoạch.xlsx, b.XLS, c.ods, …)", "giải nén");
    }

    @Test
    void rarAnd7zArchivesAreNamedWithTheAdviceToUnpackThem() throws Exception {
        Path rar = Files.write(dir.resolve("ke-hoach.rar"), new byte[] {'R', 'a', 'r', '!', 0x1A, 0x07, 0x01, 0x00});
        Path sevenZip = Files.write(dir.resolve("ke-hoach.xlsx"), new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0, 4});
        assertThat(reader.read(rar).findings().get(0).message()).contains("tệp nén RAR", "hãy giải nén");
        assertThat(reader.read(sevenZip).findings().get(0).message()).contains("tệp nén 7z", "hãy giải nén");
    }

    @Test
    void rejectsWordDocumentNamedXlsx() throws Exception {
        Path docx = dir.resolve("plan.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        ReadOutcome o = reader.read(docx);
        assertThat(codes(o)).containsExactly("FILE-001");
        assertThat(o.findings().get(0).message()).contains("Word");
    }

    @Test
    void rejectsEncryptedXlsx() throws Exception {
        Path plain = TestBooks.write(TestBooks.clean(new XSSFWorkbook(), 4, 3), dir.resolve("plain.xlsx"));
        Path secret = TestBooks.encrypt(plain, dir.resolve("secret.xlsx"), "matkhau");
        ReadOutcome o = reader.read(secret);
        assertThat(codes(o)).containsExactly("FILE-002");
        assertThat(o.findings().get(0).message()).contains("mật khẩu");
    }

    @Test
    void rejectsEncryptedXls() throws Exception {
        Biff8EncryptionKey.setCurrentUserPassword("matkhau");
        Path file;
        try {
            file = TestBooks.write(TestBooks.clean(new HSSFWorkbook(), 4, 3), dir.resolve("secret.xls"));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        ReadOutcome o = reader.read(file);
        assertThat(codes(o)).containsExactly("FILE-002");
    }

    @Test
    void rejectsZipBombBeforeParsing() throws Exception {
        Path bomb = dir.resolve("bomb.xlsx");
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) ' ');
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet><sheetData>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 60; i++) {
                zip.write(chunk);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.size(bomb)).isLessThan(1 << 20);
        ReadOutcome o = reader.read(bomb);
        assertThat(codes(o)).containsExactly("FILE-006");
        assertThat(o.findings().get(0).message()).contains("xl/worksheets/sheet1.xml").contains("bom nén");
    }

    @Test
    void rejectsFilesAboveTheSizeLimit() throws Exception {
        Path file = TestBooks.write(TestBooks.clean(new XSSFWorkbook(), 4, 3), dir.resolve("big.xlsx"));
        ReadLimits small = new ReadLimits(1_000, 200L << 20, 100, 1L << 20, 2_000, 20_000, 16_000_000);
        ReadOutcome o = new WorkbookReader(small).read(file);
        assertThat(codes(o)).containsExactly("FILE-006");
    }

    @Test
    void rejectsMissingRequiredSheet() throws Exception {
        TestBooks b = new TestBooks(new XSSFWorkbook());
        b.info("79001234", "2024-2025");
        b.plan("Kế hoạch cải tiến", 2);
        ReadOutcome o = reader.read(TestBooks.write(b.workbook(), dir.resolve("nocriteria.xlsx")));
        assertThat(o.rejected()).isTrue();
        assertThat(codes(o)).containsExactly("FILE-007");
        assertThat(o.findings().get(0).message()).contains("Kết quả tiêu chí");
        assertThat(o.workbook().tasks()).hasSize(2);
    }

    @Test
    void rejectsPlanSheetWithoutRecognisableHeader() throws Exception {
        TestBooks b = base(new XSSFWorkbook());
        Sheet s = b.workbook().createSheet("Kế hoạch cải tiến");
        b.row(s, 0, "Cột A", "Cột B", "Cột C");
        b.row(s, 1, "x", "y", "z");
        ReadOutcome o = reader.read(TestBooks.write(b.workbook(), dir.resolve("noheader.xlsx")));
        assertThat(codes(o)).containsExactly("FILE-007");
        assertThat(o.findings().get(0).sheet()).isEqualTo("Kế hoạch cải tiến");
    }

    @Test
    void rejectsMissingSchoolCode() throws Exception {
        TestBooks b = new TestBooks(new XSSFWorkbook());
        b.info("", "2024-2025");
        b.criteria("Kết quả tiêu chí", 2);
        b.plan("Kế hoạch cải tiến", 2);
        ReadOutcome o = reader.read(TestBooks.write(b.workbook(), dir.resolve("nocode.xlsx")));
        assertThat(codes(o)).containsExactly("SCH-001");
        assertThat(o.findings().get(0).cell()).isEqualTo("B3");
        assertThat(o.findings().get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void rejectsBadSchoolYear() throws Exception {
        TestBooks b = new TestBooks(new XSSFWorkbook());
        b.info("79001234", "2003-2024");
        b.criteria("Kết quả tiêu chí", 2);
        b.plan("Kế hoạch cải tiến", 2);
        ReadOutcome o = reader.read(TestBooks.write(b.workbook(), dir.resolve("year.xlsx")));
        assertThat(codes(o)).containsExactly("SCH-004");
        assertThat(o.findings().get(0).message()).contains("2003-2024").contains("B10");
    }

    @Test
    void toleratesLabelVariantsInSchoolInfo() throws Exception {
        TestBooks b = new TestBooks(new XSSFWorkbook());
        Sheet s = b.workbook().createSheet("Thông tin trường");
        b.row(s, 0, "THÔNG TIN CHUNG VỀ NHÀ TRƯỜNG");
        b.row(s, 2, "Mã trường:", "79001234");
        b.row(s, 3, "Ghi chú: điền đầy đủ các ô bên dưới");
        b.row(s, 4, "NĂM HỌC", "2024 – 2025");
        b.row(s, 5, "Tên trường: Trường Tiểu học Hẹ Muông");
        b.criteria("Kết quả tiêu chí", 2);
        b.plan("Kế hoạch cải tiến", 1);
        ParsedWorkbook wb = accepted(TestBooks.write(b.workbook(), dir.resolve("labels.xlsx")));
        assertThat(wb.info().get(InfoField.SCHOOL_CODE).text()).isEqualTo("79001234");
        assertThat(wb.info().get(InfoField.SCHOOL_YEAR).text()).isEqualTo("2024 – 2025");
        assertThat(wb.info().get(InfoField.SCHOOL_NAME).text()).isEqualTo("Trường Tiểu học Hẹ Muông");
        assertThat(wb.info().get(InfoField.SCHOOL_NAME).ref()).isEqualTo("A6");
    }

    @Test
    void convertsLegacyTcvn3TextToUnicodeAndSaysSo() throws Exception {
        TestBooks b = base(new XSSFWorkbook());
        Sheet s = b.workbook().createSheet("Kế hoạch cải tiến");
        b.headerRow(s, 0, "TT", "Tiêu chí", "Công việc/giải pháp", "Chủ trì");
        b.bodyRow(s, 1, 1, "1.1", "Tæ chøc tËp huÊn cho gi¸o viªn tr\u2212êng", "HiÖu tr\u00ADëng");
        ReadOutcome o = reader.read(TestBooks.write(b.workbook(), dir.resolve("tcvn3.xlsx")));
        assertThat(o.rejected()).isFalse();
        assertThat(codes(o)).containsExactly("FILE-008");
        Finding f = o.findings().get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.cell()).isEqualTo("C2");
        assertThat(f.message()).contains("TCVN3", "Tæ chøc", "đã được chuyển sang Unicode", "“Tổ chức tập huấn", "cùng 1 ô khác");
        TaskRow task = o.workbook().tasks().get(0);
        assertThat(task.task().text()).isEqualTo("Tổ chức tập huấn cho giáo viên trường");
        assertThat(task.lead().text()).isEqualTo("Hiệu trưởng");
        assertThat(task.task().ref()).isEqualTo("C2");
    }

    @Test
    void legacyLookingTextNoCellOfWhichReadsAsLegacyIsFlaggedButKept() throws Exception {
        TestBooks b = base(new XSSFWorkbook());
        Sheet s = b.workbook().createSheet("Kế hoạch cải tiến");
        b.headerRow(s, 0, "TT", "Tiêu chí", "Công việc/giải pháp", "Chủ trì");
        // as many Unicode-only letters (ư, ở) as legacy signs (æ, ø): the detector will not call it TCVN3
        String mixed = "Tæ chøc ưu tiên ở trường";
        b.bodyRow(s, 1, 1, "1.1", mixed, "Hiệu trưởng");
        ReadOutcome o = reader.read(TestBooks.write(b.workbook(), dir.resolve("mixed.xlsx")));
        assertThat(codes(o)).containsExactly("FILE-008");
        assertThat(o.findings().get(0).message()).contains("có vẻ gõ bằng bảng mã cũ", "Tæ chøc").doesNotContain("đã được chuyển");
        assertThat(o.workbook().tasks().get(0).task().text()).isEqualTo(mixed);
    }

    @Test
    void convertsVniSchoolInformationAndLeavesUnicodeLabelsAlone() throws Exception {
        TestBooks b = new TestBooks(new XSSFWorkbook());
        Sheet info = b.workbook().createSheet("Thông tin trường");
        b.row(info, 0, "Thông tin", "Giá trị");
        b.row(info, 1, "Mã trường", "79001234");
        b.row(info, 2, "Tên trường", "Tröôøng Tieåu hoïc Hoa Ban");
        b.row(info, 3, "Năm học", "2024-2025");
        b.row(info, 4, "Hiệu trưởng", "Nguyeãn Thò Hoa");
        b.criteria("Kết quả tiêu chí", 2);
        b.plan("Kế hoạch cải tiến", 1);
        ReadOutcome o = reader.read(TestBooks.write(b.workbook(), dir.resolve("vni.xlsx")));
        assertThat(codes(o)).containsExactly("FILE-008");
        assertThat(o.findings().get(0).message()).contains("VNI", "Tröôøng").doesNotContain("cùng");
        ParsedWorkbook wb = o.workbook();
        assertThat(wb.info().get(InfoField.SCHOOL_NAME).text()).isEqualTo("Trường Tiểu học Hoa Ban");
        assertThat(wb.info().get(InfoField.SCHOOL_CODE).text()).isEqualTo("79001234");
        assertThat(wb.tasks()).hasSize(1);
        assertThat(wb.criteria()).hasSize(2);
    }

    @Test
    void cleanVietnameseTextIsNotTakenForLegacyEncoding() {
        assertThat(LegacyEncoding.suspiciousWords("Trường Tiểu học Hà Nội, Đắk Lắk; Quý 1/2024 – 50%")).isZero();
        assertThat(LegacyEncoding.suspiciousWords("Tr−êng TiÓu häc Hµ Néi")).isGreaterThanOrEqualTo(2);
        // the sample reads only the start of a long cell
        String longTask = "Tổ chức bồi dưỡng chuyên môn cho giáo viên ".repeat(10) + "Tr−êng TiÓu häc Hµ Néi";
        assertThat(LegacyEncoding.suspiciousWords(longTask, 120)).isZero();
        assertThat(LegacyEncoding.suspiciousWords(longTask)).isGreaterThanOrEqualTo(2);
    }

    private static String zipText(Path file, String entry) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(entry)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
