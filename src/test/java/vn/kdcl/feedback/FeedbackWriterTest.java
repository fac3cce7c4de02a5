package vn.kdcl.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.check.Finding;
import vn.kdcl.check.Severity;

class FeedbackWriterTest {

    private static final String PLAN = "Kế hoạch cải tiến";
    private static final String INFO = "Thông tin trường";
    private static final String CRITERIA = "Kết quả tiêu chí";

    @TempDir
    Path dir;

    private final FeedbackWriter writer = new FeedbackWriter();
    private final DataFormatter fmt = new DataFormatter();

    private Path xlsx(String name) {
        Path file = dir.resolve("inbox").resolve(name);
        FeedbackSamples.WRITER.write(FeedbackSamples.tt17(), FeedbackSamples.school("DB-TH-001", "Từ 8/2023"), file);
        return file;
    }

    private List<Finding> findings() {
        return List.of(
                Finding.warning("PLN-003", PLAN, "H3", "Công việc 2 bắt đầu 8/2023, trước năm học 2023-2024."),
                Finding.info("PLN-008", PLAN, "H3", "Thông tin thứ hai về ô H3."),
                Finding.info("PLN-008", PLAN, "J2", "Kinh phí 81 triệu đồng: ví dụ thông tin."),
                Finding.info("PLN-008", PLAN, "J4", "Kinh phí 350 triệu: ví dụ thông tin."),
                Finding.warning("CRT-006", CRITERIA, "D5", "Giá trị không hiểu được ở cột Mức 1."),
                Finding.info("FIN-003", PLAN, "Z200", "Ô nằm ngoài vùng dữ liệu."),
                Finding.warning("CRT-002", CRITERIA, null, "Thiếu tiêu chí 5.4 trong kết quả."),
                Finding.warning("SUB-002", null, null, "Hồ sơ này cũ hơn hồ sơ đang dùng."),
                Finding.error("XXX-001", "Trang không có", "A1", "Trang tính không tồn tại."));
    }

    private FeedbackInput input(Path original, String fileName, boolean rejected, List<Finding> findings) {
        return new FeedbackInput(fileName, original, "DB-TH-001", "Trường PTDTBT Tiểu học xã Hẹ Muông", "2023-2024",
                rejected, findings, FeedbackSamples.DATE);
    }

    @Test
    void annotatesTheSchoolsWorkbookAndListsEveryFinding() throws Exception {
        Path original = xlsx("Kế hoạch Hẹ Muông.xlsx");
        String shaBefore = sha(original);
        List<Finding> findings = findings();

        Path out = writer.write(input(original, "Kế hoạch Hẹ Muông.xlsx", false, findings), dir.resolve("feedback"));

        assertThat(out.getFileName()).hasToString("Kế hoạch Hẹ Muông.phan-hoi.xlsx");
        assertThat(sha(original)).isEqualTo(shaBefore);
        try (Workbook before = open(original); Workbook wb = open(out)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Phản hồi");
            assertThat(wb.getActiveSheetIndex()).isZero();
            assertThat(wb.getNumberOfSheets()).isEqualTo(before.getNumberOfSheets() + 1);
            for (int i = 1; i < wb.getNumberOfSheets(); i++) {
                assertThat(wb.getSheetAt(i).isSelected()).as("only the first tab selected").isFalse();
            }
            assertThat(wb.getSheet(PLAN).getRow(2).getCell(7).getStringCellValue()).isEqualTo("Từ 8/2023");

            // The list: every finding once, errors first, links where there is something to go to.
            List<Row> rows = listRows(wb.getSheetAt(0));
            assertThat(rows).hasSize(findings.size());
            assertThat(rows).extracting(r -> text(r, 0) + "|" + text(r, 1) + "|" + text(r, 2) + "|" + text(r, 3) + "|" + text(r, 4))
                    .containsExactlyInAnyOrderElementsOf(findings.stream().map(f -> f.code() + "|"
                            + FeedbackTexts.severity(f.severity()) + "|" + (f.sheet() == null ? "" : f.sheet()) + "|"
                            + (f.cell() == null ? "" : f.cell()) + "|" + f.message()).toList());
            assertThat(rows).extracting(r -> text(r, 1)).startsWith("Lỗi")
                    .isSortedAccordingTo((a, b) -> Integer.compare(rank(a), rank(b)));
            Row h3 = rows.stream().filter(r -> text(r, 0).equals("PLN-003")).findFirst().orElseThrow();
            assertLink(wb, h3.getCell(3), "'Kế hoạch cải tiến'!H3", "Từ 8/2023");
            Row z200 = rows.stream().filter(r -> text(r, 0).equals("FIN-003")).findFirst().orElseThrow();
            assertLink(wb, z200.getCell(3), "'Kế hoạch cải tiến'!Z200", "");
            Row sheetOnly = rows.stream().filter(r -> text(r, 0).equals("CRT-002")).findFirst().orElseThrow();
            assertLink(wb, sheetOnly.getCell(2), "'Kết quả tiêu chí'!A1", null);
            for (String code : List.of("SUB-002", "XXX-001")) {
                Row r = rows.stream().filter(x -> text(x, 0).equals(code)).findFirst().orElseThrow();
                assertThat(r.getCell(2).getHyperlink()).isNull();
                assertThat(r.getCell(3).getHyperlink()).isNull();
            }
            String header = headerText(wb.getSheetAt(0));
            assertThat(header).contains("Kế hoạch Hẹ Muông.xlsx", "Trường PTDTBT Tiểu học xã Hẹ Muông", "DB-TH-001",
                    "2023-2024", "05/10/2024", "ĐÃ TIẾP NHẬN", "1 lỗi, 4 cảnh báo, 4 thông tin");

            // Highlights: worst severity of the cell, cloned style keeps borders and font, one comment per cell.
            Sheet plan = wb.getSheet(PLAN);
            Cell cellH3 = plan.getRow(2).getCell(7);
            Cell origH3 = before.getSheet(PLAN).getRow(2).getCell(7);
            assertFill(cellH3, Severity.WARNING);
            assertThat(cellH3.getCellStyle().getBorderLeft()).isEqualTo(origH3.getCellStyle().getBorderLeft());
            assertThat(cellH3.getCellStyle().getFontIndex()).isEqualTo(origH3.getCellStyle().getFontIndex());
            assertThat(cellH3.getCellStyle().getDataFormat()).isEqualTo(origH3.getCellStyle().getDataFormat());
            Comment c = cellH3.getCellComment();
            assertThat(c.getAuthor()).isEqualTo("kdcl-hub");
            assertThat(c.getString().getString()).contains("[PLN-003] Cảnh báo: Công việc 2 bắt đầu 8/2023",
                    "[PLN-008] Thông tin: Thông tin thứ hai về ô H3.");
            assertThat(plan.getCellComments()).hasSize(4); // H3, J2, J4, Z200
            // Same original style and severity: one shared highlight style.
            assertFill(plan.getRow(1).getCell(9), Severity.INFO);
            assertThat(plan.getRow(1).getCell(9).getCellStyle().getIndex())
                    .isEqualTo(plan.getRow(3).getCell(9).getCellStyle().getIndex());
            // Outside the used range: created, highlighted, commented.
            Cell z = plan.getRow(199).getCell(25);
            assertFill(z, Severity.INFO);
            assertThat(z.getCellComment().getString().getString()).contains("Ô nằm ngoài vùng dữ liệu.");
            // A protected sheet still gets its comment and stays protected.
            Sheet crit = wb.getSheet(CRITERIA);
            assertThat(crit.getProtect()).isTrue();
            assertThat(crit.getRow(4).getCell(3).getCellComment().getString().getString()).contains("CRT-006");
            assertFill(crit.getRow(4).getCell(3), Severity.WARNING);

            // Everything else is untouched: values and styles of every other cell.
            List<String> marked = List.of(PLAN + "!H3", PLAN + "!J2", PLAN + "!J4", PLAN + "!Z200", CRITERIA + "!D5");
            for (Sheet s : before) {
                Sheet after = wb.getSheet(s.getSheetName());
                for (Row r : s) {
                    for (Cell cell : r) {
                        Cell other = after.getRow(r.getRowNum()).getCell(cell.getColumnIndex());
                        assertThat(fmt.formatCellValue(other)).isEqualTo(fmt.formatCellValue(cell));
                        if (!marked.contains(s.getSheetName() + "!" + cell.getAddress())) {
                            assertThat(other.getCellStyle().getIndex()).as(s.getSheetName() + "!" + cell.getAddress())
                                    .isEqualTo(cell.getCellStyle().getIndex());
                            assertThat(other.getCellComment()).isNull();
                        }
                    }
                }
            }
            assertThat(wb.getNumCellStyles() - before.getNumCellStyles()).isLessThan(20);
        }

        // Deterministic: the same input gives the same bytes.
        byte[] first = Files.readAllBytes(out);
        Path again = writer.write(input(original, "Kế hoạch Hẹ Muông.xlsx", false, findings), dir.resolve("again"));
        assertThat(Files.readAllBytes(again)).isEqualTo(first);
    }

    @Test
    void xlsInputGivesXlsFeedbackWithWorkingLinksAndNames() throws Exception {
        Path original = dir.resolve("ke-hoach.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            FeedbackSamples.WRITER.fill(wb, FeedbackSamples.tt17(), FeedbackSamples.school("DB-TH-002", "Từ 8/2023"));
            try (var out = Files.newOutputStream(original)) {
                wb.write(out);
            }
        }
        List<Finding> findings = List.of(
                Finding.warning("PLN-003", PLAN, "H3", "Công việc 2 bắt đầu trước năm học."),
                Finding.warning("SUM-001", INFO, "B12", "Số tiêu chí khai báo khác số tính được."));

        Path out = writer.write(input(original, "ke-hoach.xls", false, findings), dir.resolve("feedback"));

        assertThat(out.getFileName()).hasToString("ke-hoach.phan-hoi.xls");
        try (Workbook before = open(original); Workbook wb = open(out)) {
            assertThat(wb).isInstanceOf(HSSFWorkbook.class);
            assertThat(wb.getSheetName(0)).isEqualTo("Phản hồi");
            List<Row> rows = listRows(wb.getSheetAt(0));
            assertThat(rows).extracting(r -> text(r, 0)).containsExactlyInAnyOrder("PLN-003", "SUM-001");
            Row h3 = rows.stream().filter(r -> text(r, 0).equals("PLN-003")).findFirst().orElseThrow();
            assertLink(wb, h3.getCell(3), "'Kế hoạch cải tiến'!H3", "Từ 8/2023");
            Cell cell = wb.getSheet(PLAN).getRow(2).getCell(7);
            assertThat(cell.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(cell.getCellStyle().getFillForegroundColor())
                    .isEqualTo(SeverityFill.indexed(Severity.WARNING).getIndex());
            assertThat(cell.getCellComment().getString().getString()).contains("PLN-003");
            assertThat(cell.getCellComment().getAuthor()).isEqualTo("kdcl-hub");
            // Moving the new sheet first must not re-point the dropdown lists and print titles.
            for (Name n : before.getAllNames()) {
                Name after = n.getSheetIndex() < 0 ? wb.getName(n.getNameName())
                        : wb.getAllNames().stream().filter(x -> x.getNameName().equals(n.getNameName())
                                && x.getSheetIndex() == n.getSheetIndex() + 1).findFirst().orElseThrow();
                assertThat(after.getRefersToFormula()).as(n.getNameName()).isEqualTo(n.getRefersToFormula());
            }
            assertThat(wb.getName("DS_KetQua").getRefersToFormula()).startsWith("'Danh mục'!");
            // ...nor the school's formulas that refer to other sheets.
            int formulas = 0;
            for (Sheet s : before) {
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                            formulas++;
                            Cell after = wb.getSheet(s.getSheetName()).getRow(r.getRowNum()).getCell(c.getColumnIndex());
                            assertThat(after.getCellFormula()).as(s.getSheetName() + "!" + c.getAddress())
                                    .isEqualTo(c.getCellFormula());
                            assertThat(cached(after)).as("cached value").isEqualTo(cached(c));
                        }
                    }
                }
            }
            assertThat(formulas).isPositive();
        }
    }

    @Test
    void unreadableRejectedFileGetsAShortWorkbookSayingWhatToDo() throws Exception {
        Path pdf = dir.resolve("ke-hoach.xlsx");
        Files.writeString(pdf, "%PDF-1.4 not a workbook");
        List<Finding> findings = List.of(Finding.error("FILE-001", null, null,
                "Tệp ke-hoach.xlsx không phải sổ tính Excel đọc được: nội dung là tệp PDF."));
        FeedbackInput in = new FeedbackInput("ke-hoach.xlsx", pdf, null, null, null, true, findings,
                FeedbackSamples.DATE);

        Path out = writer.write(in, dir.resolve("feedback"));

        assertThat(out.getFileName()).hasToString("ke-hoach.phan-hoi.xlsx");
        try (Workbook wb = open(out)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            assertThat(wb.getSheetName(0)).isEqualTo("Phản hồi");
            assertThat(listRows(wb.getSheetAt(0))).extracting(r -> text(r, 0) + " " + text(r, 1) + " " + text(r, 4))
                    .containsExactly("FILE-001 Lỗi Tệp ke-hoach.xlsx không phải sổ tính Excel đọc được: nội dung là tệp PDF.");
            assertThat(headerText(wb.getSheetAt(0))).contains("CHƯA TIẾP NHẬN", "input-templates/", ".xlsx",
                    "không đặt mật khẩu", "mở tệp bằng Excel");
        }
        // An encrypted file without a stored copy: same kind of workbook, with the password hint.
        FeedbackInput encrypted = new FeedbackInput("mat-khau.xlsx", null, null, null, null, true,
                List.of(Finding.error("FILE-002", null, null, "Tệp mat-khau.xlsx được đặt mật khẩu.")), FeedbackSamples.DATE);
        try (Workbook wb = open(writer.write(encrypted, dir.resolve("feedback")))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            assertThat(headerText(wb.getSheetAt(0))).contains("Encrypt with Password");
        }
    }

    @Test
    void odsInputGetsTheListNamingSheetAndCellAndTheFileIsLeftAlone() throws Exception {
        Path ods = dir.resolve("Kế hoạch Hẹ Muông.ods");
        try (Workbook wb = open(xlsx("nguon.xlsx"))) {
            vn.kdcl.ingest.read.OdsBooks.write(wb, ods);
        }
        String shaBefore = sha(ods);
        List<Finding> findings = findings().subList(0, 5);

        Path out = writer.write(input(ods, "Kế hoạch Hẹ Muông.ods", false, findings), dir.resolve("feedback"));

        assertThat(out.getFileName()).hasToString("Kế hoạch Hẹ Muông.phan-hoi.xlsx");
        assertThat(sha(ods)).isEqualTo(shaBefore);
        try (Workbook wb = open(out)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            assertThat(listRows(wb.getSheetAt(0))).extracting(r -> text(r, 0) + " " + text(r, 2) + "!" + text(r, 3))
                    .containsExactlyInAnyOrder("PLN-003 " + PLAN + "!H3", "PLN-008 " + PLAN + "!H3", "PLN-008 " + PLAN + "!J2",
                            "PLN-008 " + PLAN + "!J4", "CRT-006 " + CRITERIA + "!D5");
            assertThat(headerText(wb.getSheetAt(0))).contains("ĐÃ TIẾP NHẬN", "ghi trang tính và ô")
                    .doesNotContain("tô màu");
        }
    }

    @Test
    void readableRejectedFileIsAnnotatedAndReannotatingReplacesTheOldFeedback() throws Exception {
        Path original = xlsx("thieu-ma.xlsx");
        int codeRow;
        try (Workbook wb = open(original)) {
            codeRow = findLabelRow(wb.getSheet(INFO), "Mã trường");
        }
        String cell = "B" + (codeRow + 1);
        List<Finding> findings = List.of(Finding.error("SCH-001", INFO, cell, "Thiếu Mã trường (ô " + cell + " để trống)."));

        Path out = writer.write(input(original, "thieu-ma.xlsx", true, findings), dir.resolve("feedback"));

        try (Workbook wb = open(out)) {
            assertThat(headerText(wb.getSheetAt(0))).contains("CHƯA TIẾP NHẬN", "Điền Mã trường");
            Cell c = wb.getSheet(INFO).getRow(codeRow).getCell(1);
            assertFill(c, Severity.ERROR);
            assertThat(c.getCellComment().getString().getString()).isEqualTo("[SCH-001] Lỗi: " + findings.get(0).message());
        }
        // The school sends the feedback workbook back and it is checked again: one list, comments not doubled.
        List<Finding> second = List.of(Finding.warning("SCH-003", INFO, cell, "Tên trường khác danh mục."));
        Path resent = writer.write(input(out, "thieu-ma.phan-hoi.xlsx", false, second), dir.resolve("second"));
        assertThat(resent.getFileName()).hasToString("thieu-ma.phan-hoi.xlsx");
        try (Workbook wb = open(resent)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Phản hồi");
            assertThat(wb.getSheetIndex("Phản hồi")).isZero();
            assertThat(wb.getNumberOfSheets()).isEqualTo(open(original).getNumberOfSheets() + 1);
            assertThat(listRows(wb.getSheetAt(0))).hasSize(1);
            assertThat(wb.getSheet(INFO).getRow(codeRow).getCell(1).getCellComment().getString().getString())
                    .isEqualTo("[SCH-003] Cảnh báo: Tên trường khác danh mục.");
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static Workbook open(Path file) throws IOException {
        return WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(file)));
    }

    private static String sha(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static String cached(Cell c) {
        return switch (c.getCachedFormulaResultType()) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> String.valueOf(c.getNumericCellValue());
            case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
            default -> c.getCachedFormulaResultType().name();
        };
    }

    private String text(Row r, int col) {
        return r.getCell(col) == null ? "" : fmt.formatCellValue(r.getCell(col));
    }

    private static int rank(String severityLabel) {
        return switch (severityLabel) {
            case "Lỗi" -> 0;
            case "Cảnh báo" -> 1;
            default -> 2;
        };
    }

    /** The rows under the "Mã lỗi" header of the list. */
    private List<Row> listRows(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (Row r : sheet) {
            if (inTable) {
                rows.add(r);
            } else if (text(r, 0).equals("Mã lỗi")) {
                assertThat(text(r, 1) + "|" + text(r, 2) + "|" + text(r, 3) + "|" + text(r, 4))
                        .isEqualTo("Mức độ|Trang tính|Ô|Nội dung");
                inTable = true;
            }
        }
        assertThat(inTable).as("table header found").isTrue();
        return rows;
    }

    private String headerText(Sheet sheet) {
        StringBuilder sb = new StringBuilder();
        for (Row r : sheet) {
            if (text(r, 0).equals("Mã lỗi")) {
                break;
            }
            r.forEach(c -> sb.append(fmt.formatCellValue(c)).append('\n'));
        }
        return sb.toString();
    }

    /** The link is internal, its address as expected, and it leads to a real cell (with that text, if given). */
    private void assertLink(Workbook wb, Cell at, String address, String expectedText) {
        Hyperlink link = at.getHyperlink();
        assertThat(link).isNotNull();
        assertThat(link.getType()).isEqualTo(HyperlinkType.DOCUMENT);
        assertThat(link.getAddress()).isEqualTo(address);
        CellReference ref = new CellReference(address);
        Sheet target = wb.getSheet(ref.getSheetName());
        assertThat(target).isNotNull();
        if (expectedText != null) {
            Row row = target.getRow(ref.getRow());
            assertThat(row).isNotNull();
            assertThat(text(row, ref.getCol())).isEqualTo(expectedText);
        }
    }

    private static void assertFill(Cell cell, Severity severity) {
        CellStyle style = cell.getCellStyle();
        assertThat(style.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
        if (style instanceof XSSFCellStyle x) {
            assertThat(x.getFillForegroundXSSFColor().getRGB()).isEqualTo(SeverityFill.rgb(severity));
        } else {
            assertThat(style.getFillForegroundColor()).isEqualTo(SeverityFill.indexed(severity).getIndex());
        }
    }

    private int findLabelRow(Sheet sheet, String label) {
        for (Row r : sheet) {
            if (text(r, 0).equals(label)) {
                return r.getRowNum();
            }
        }
        throw new AssertionError("label " + label + " not found");
    }
}
