package vn.kdcl.template;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kdcl.template.TemplateLabels.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.kdcl.catalogue.Catalogue;
import vn.kdcl.catalogue.Criterion;
import vn.kdcl.ingest.read.InfoField;
import vn.kdcl.registry.SchoolLevelLabels;
import vn.kdcl.template.SchoolSubmissionData.CriterionMark;
import vn.kdcl.template.SchoolSubmissionData.FundingLine;
import vn.kdcl.template.SchoolSubmissionData.Level4Mark;
import vn.kdcl.template.SchoolSubmissionData.PlanTask;

class TemplateWriterTest {

    private static final Instant DATE = Instant.parse("2024-09-20T08:00:00Z");
    private final Catalogue catalogue = FixtureCatalogues.tt18();
    private final TemplateWriter writer = new TemplateWriter(DATE);
    private final DataFormatter fmt = new DataFormatter();

    private XSSFWorkbook roundTrip(SchoolSubmissionData data) throws IOException {
        byte[] bytes = writer.toBytes(catalogue, data);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> row(Sheet sheet, int r) {
        List<String> out = new ArrayList<>();
        for (Cell c : sheet.getRow(r)) {
            out.add(c.getStringCellValue());
        }
        return out;
    }

    @Test
    void blankTemplateHasTheContractSheetsAndHeaders() throws IOException {
        try (XSSFWorkbook wb = roundTrip(SchoolSubmissionData.blank())) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly(SHEET_GUIDE, SHEET_INFO, SHEET_CRITERIA, SHEET_LEVEL4, SHEET_PLAN,
                    SHEET_FUNDING, SHEET_LISTS);
            assertThat(wb.getSheetVisibility(wb.getSheetIndex(SHEET_LISTS))).isEqualTo(SheetVisibility.HIDDEN);
            assertThat(row(wb.getSheet(SHEET_CRITERIA), 0)).containsExactly("Tiêu chuẩn", "Mã tiêu chí",
                    "Tên tiêu chí", "Mức 1", "Mức 2", "Mức 3", "Mức đạt", "Điểm mạnh", "Điểm yếu", "Minh chứng");
            assertThat(row(wb.getSheet(SHEET_LEVEL4), 0)).containsExactly("Mã tiêu chí", "Nội dung", "Kết quả", "Ghi chú");
            assertThat(row(wb.getSheet(SHEET_PLAN), 0)).containsExactly("TT", "Tiêu chí", "Mức cần đạt",
                    "Kết quả cần đạt", "Công việc/giải pháp", "Chủ trì", "Phối hợp", "Thời gian bắt đầu",
                    "Thời gian hoàn thành", "Dự kiến kinh phí", "Nguồn kinh phí", "Điều kiện hỗ trợ khác",
                    "Tình trạng", "Ghi chú");
            assertThat(row(wb.getSheet(SHEET_FUNDING), 0)).containsExactly("TT", "Nội dung", "Nguồn kinh phí",
                    "Số tiền", "Năm", "Ghi chú");

            Sheet info = wb.getSheet(SHEET_INFO);
            InfoField[] fields = InfoField.values();
            for (int i = 0; i < fields.length; i++) {
                assertThat(info.getRow(i + 1).getCell(0).getStringCellValue()).isEqualTo(fields[i].label());
            }
            assertThat(info.getRow(InfoField.CIRCULAR.ordinal() + 1).getCell(1).getStringCellValue())
                    .isEqualTo("TT18/2018");
            assertThat(info.getRow(InfoField.SCHOOL_CODE.ordinal() + 1).getCell(1).getCellType()).isEqualTo(CellType.BLANK);

            for (String s : List.of(SHEET_INFO, SHEET_CRITERIA, SHEET_LEVEL4, SHEET_PLAN, SHEET_FUNDING)) {
                Sheet sheet = wb.getSheet(s);
                assertThat(sheet.getPaneInformation().isFreezePane()).as(s).isTrue();
                assertThat(sheet.getPrintSetup().getLandscape()).as(s).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).as(s).isEqualTo((short) 1);
                assertThat(sheet.getRepeatingRows()).as(s).isEqualTo(CellRangeAddress.valueOf("1:1"));
                assertThat(sheet.getRow(0).getCell(0).getCellStyle().getWrapText()).as(s).isTrue();
            }
            assertThat(wb.getFontAt(0).getFontName()).isEqualTo("Times New Roman");
            assertThat(wb.getSheet(SHEET_PLAN).getLastRowNum()).isGreaterThanOrEqualTo(60);
            assertThat(wb.getSheet(SHEET_GUIDE).getRow(0).getCell(0).getStringCellValue()).startsWith("HƯỚNG DẪN");
        }
    }

    @Test
    void criteriaRowsAreListedWithNoLevelCellsGreyedAndLocked() throws IOException {
        try (XSSFWorkbook wb = roundTrip(SchoolSubmissionData.blank())) {
            XSSFSheet sheet = wb.getSheet(SHEET_CRITERIA);
            assertThat(sheet.getProtect()).isTrue();
            List<Criterion> criteria = catalogue.criteria();
            assertThat(sheet.getLastRowNum()).isEqualTo(criteria.size());
            int noLevelCells = 0;
            for (int i = 0; i < criteria.size(); i++) {
                Criterion c = criteria.get(i);
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(c.standard());
                assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(c.code());
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(c.name());
                for (int level = 1; level <= 3; level++) {
                    Cell cell = row.getCell(2 + level);
                    boolean missing = !c.hasLevel(level);
                    assertThat(cell.getCellStyle().getLocked()).as(c.code() + " level " + level).isEqualTo(missing);
                    assertThat(cell.getCellStyle().getFillPattern() == FillPatternType.SOLID_FOREGROUND)
                            .isEqualTo(missing);
                    assertThat(fmt.formatCellValue(cell)).isEqualTo(missing ? NO_LEVEL : "");
                    if (missing) {
                        noLevelCells++;
                    }
                }
                for (int col : new int[] {7, 8, 9}) {
                    assertThat(row.getCell(col).getCellStyle().getLocked()).isFalse();
                }
            }
            assertThat(noLevelCells).isEqualTo(criteria.size() - catalogue.countHavingLevel(3)).isPositive();
        }
    }

    @Test
    void dropdownsReferToNamedListsWithTheExpectedValues() throws IOException {
        try (XSSFWorkbook wb = roundTrip(SchoolSubmissionData.blank())) {
            assertThat(namedList(wb, RANGE_RESULTS)).containsExactly("Đạt", "Không đạt");
            assertThat(namedList(wb, RANGE_SCHOOL_TYPES)).containsExactlyElementsOf(SchoolLevelLabels.LABELS);
            assertThat(namedList(wb, RANGE_SOURCES)).containsExactlyElementsOf(FUNDING_SOURCES);
            List<String> codes = new ArrayList<>(catalogue.criteria().stream().map(Criterion::code).toList());
            codes.addAll(List.of("M4.1", "M4.2", "M4.3", "M4.4", "M4.5", "M4.6"));
            assertThat(namedList(wb, RANGE_CRITERIA)).containsExactlyElementsOf(codes).contains("1.10");

            assertThat(validationAt(wb.getSheet(SHEET_CRITERIA), "D2")).isEqualTo(RANGE_RESULTS);
            assertThat(validationAt(wb.getSheet(SHEET_CRITERIA), "F3")).isEqualTo(RANGE_RESULTS);
            // 1.3 has no Mức 3: its greyed cell has no dropdown.
            assertThat(validationAt(wb.getSheet(SHEET_CRITERIA), "F4")).isNull();
            assertThat(validationAt(wb.getSheet(SHEET_LEVEL4), "C2")).isEqualTo(RANGE_RESULTS);
            assertThat(validationAt(wb.getSheet(SHEET_PLAN), "B2")).isEqualTo(RANGE_CRITERIA);
            assertThat(validationAt(wb.getSheet(SHEET_PLAN), "K61")).isEqualTo(RANGE_SOURCES);
            assertThat(validationAt(wb.getSheet(SHEET_FUNDING), "C2")).isEqualTo(RANGE_SOURCES);
            assertThat(validationAt(wb.getSheet(SHEET_INFO), "B" + (InfoField.SCHOOL_TYPE.ordinal() + 2)))
                    .isEqualTo(RANGE_SCHOOL_TYPES);
        }
    }

    static List<String> namedList(Workbook wb, String name) {
        Name n = wb.getName(name);
        assertThat(n).as(name).isNotNull();
        AreaReference area = new AreaReference(n.getRefersToFormula(), wb.getSpreadsheetVersion());
        Sheet sheet = wb.getSheet(area.getFirstCell().getSheetName());
        List<String> values = new ArrayList<>();
        for (CellReference ref : area.getAllReferencedCells()) {
            values.add(sheet.getRow(ref.getRow()).getCell(ref.getCol()).getStringCellValue());
        }
        return values;
    }

    /** The list formula of the validation covering {@code cell}, or null. */
    static String validationAt(Sheet sheet, String cell) {
        CellReference ref = new CellReference(cell);
        for (DataValidation v : sheet.getDataValidations()) {
            for (CellRangeAddress r : v.getRegions().getCellRangeAddresses()) {
                if (r.isInRange(ref.getRow(), ref.getCol())) {
                    return v.getValidationConstraint().getFormula1();
                }
            }
        }
        return null;
    }

    @Test
    void achievedLevelAndCountFormulasEvaluate() throws IOException {
        try (XSSFWorkbook wb = roundTrip(SchoolSubmissionData.blank())) {
            Sheet sheet = wb.getSheet(SHEET_CRITERIA);
            mark(sheet, "1.1", "Đạt", "Đạt", "Đạt");
            mark(sheet, "1.2", "Không đạt", "Đạt", "Đạt");
            mark(sheet, "1.3", "Đạt", "Đạt", null);       // no Mức 3 in the fixture
            mark(sheet, "1.4", "Đạt", "Không đạt", "Đạt");
            mark(sheet, "1.5", "x", "✓", "");
            Sheet l4 = wb.getSheet(SHEET_LEVEL4);
            l4.getRow(2).getCell(2).setCellValue("Đạt");
            XSSFFormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            ev.evaluateAll();
            assertThat(achieved(sheet, ev, "1.1")).isEqualTo("3");
            assertThat(achieved(sheet, ev, "1.2")).isEqualTo("0");
            assertThat(achieved(sheet, ev, "1.3")).isEqualTo("2");
            assertThat(achieved(sheet, ev, "1.4")).isEqualTo("1");
            assertThat(achieved(sheet, ev, "1.5")).isEqualTo("2");
            assertThat(achieved(sheet, ev, "1.6")).isEmpty();

            Sheet info = wb.getSheet(SHEET_INFO);
            int all = catalogue.criteria().size();
            assertThat(count(info, ev, InfoField.COUNT_LEVEL1)).isEqualTo("4/" + all);
            assertThat(count(info, ev, InfoField.COUNT_LEVEL2)).isEqualTo("3/" + all);
            assertThat(count(info, ev, InfoField.COUNT_LEVEL3)).isEqualTo("1/" + catalogue.countHavingLevel(3));
            assertThat(count(info, ev, InfoField.COUNT_LEVEL4)).isEqualTo("1/6");
        }
    }

    private static void mark(Sheet sheet, String code, String l1, String l2, String l3) {
        Row row = findRow(sheet, code);
        String[] values = {l1, l2, l3};
        for (int i = 0; i < 3; i++) {
            if (values[i] != null) {
                row.getCell(3 + i).setCellValue(values[i]);
            }
        }
    }

    private static Row findRow(Sheet sheet, String code) {
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && code.equals(r.getCell(1).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + code);
    }

    private String achieved(Sheet sheet, XSSFFormulaEvaluator ev, String code) {
        Cell cell = findRow(sheet, code).getCell(6);
        assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
        return fmt.formatCellValue(cell, ev);
    }

    private String count(Sheet info, XSSFFormulaEvaluator ev, InfoField field) {
        Cell cell = info.getRow(field.ordinal() + 1).getCell(2);
        assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
        return fmt.formatCellValue(cell, ev);
    }

    static SchoolSubmissionData sample() {
        Map<InfoField, Object> info = new EnumMap<>(InfoField.class);
        info.put(InfoField.SCHOOL_CODE, "11010023");
        info.put(InfoField.SCHOOL_NAME, "Trường THCS Thanh Xương");
        info.put(InfoField.SCHOOL_TYPE, "THCS");
        info.put(InfoField.SCHOOL_YEAR, "2024-2025");
        info.put(InfoField.DECLARED_LEVEL, 2);
        info.put(InfoField.COUNT_LEVEL1, "28/28");
        info.put(InfoField.PREPARED_ON, LocalDate.of(2024, 9, 20));
        List<CriterionMark> marks = List.of(
                new CriterionMark("1.1", true, true, false, "Có chiến lược", "Chưa công khai rộng", "H1-1.1-01"),
                new CriterionMark("1.3", true, true, null, null, null, null),
                new CriterionMark("9.9", true, null, null, null, null, null));
        List<PlanTask> tasks = List.of(
                new PlanTask("1.1", 3, "Công khai chiến lược", "Đăng trên cổng thông tin", "Hiệu trưởng",
                        "Tổ văn phòng", "Tháng 10/2024", LocalDate.of(2025, 5, 31), "81 triệu đồng",
                        SOURCE_STATE, null, "Chưa thực hiện", null),
                new PlanTask("M4.2", 4, "Thành lập câu lạc bộ", "Khảo sát nhu cầu", "Phó hiệu trưởng; tổ trưởng chuyên môn",
                        null, "HK I", null, 20_000_000, SOURCE_SOCIAL, null, null, null));
        List<FundingLine> funding = List.of(new FundingLine("Kinh phí cải tiến", SOURCE_STATE, 81_000_000, "2024-2025", null));
        return new SchoolSubmissionData(info, marks, List.of(new Level4Mark(2, false, "Chưa đủ điều kiện")), tasks, funding);
    }

    @Test
    void prefilledWorkbookCarriesTheData() throws IOException {
        try (XSSFWorkbook wb = roundTrip(sample())) {
            Sheet info = wb.getSheet(SHEET_INFO);
            assertThat(info.getRow(InfoField.SCHOOL_CODE.ordinal() + 1).getCell(1).getStringCellValue()).isEqualTo("11010023");
            assertThat(info.getRow(InfoField.DECLARED_LEVEL.ordinal() + 1).getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(info.getRow(InfoField.PREPARED_ON.ordinal() + 1).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2024, 9, 20));
            Sheet criteria = wb.getSheet(SHEET_CRITERIA);
            Row r11 = findRow(criteria, "1.1");
            assertThat(fmt.formatCellValue(r11.getCell(3))).isEqualTo("Đạt");
            assertThat(fmt.formatCellValue(r11.getCell(5))).isEqualTo("Không đạt");
            // Cached values are written so that cached-value readers see the level.
            assertThat(r11.getCell(6).getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
            assertThat(r11.getCell(6).getNumericCellValue()).isEqualTo(2);
            assertThat(r11.getCell(7).getStringCellValue()).isEqualTo("Có chiến lược");
            Row unknown = findRow(criteria, "9.9");
            assertThat(unknown.getRowNum()).isEqualTo(catalogue.criteria().size() + 1);
            assertThat(wb.getSheet(SHEET_LEVEL4).getRow(2).getCell(2).getStringCellValue()).isEqualTo("Không đạt");
            Sheet plan = wb.getSheet(SHEET_PLAN);
            assertThat(plan.getRow(1).getCell(1).getStringCellValue()).isEqualTo("1.1");
            assertThat(plan.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Tháng 10/2024");
            assertThat(plan.getRow(1).getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 5, 31));
            assertThat(plan.getRow(2).getCell(1).getStringCellValue()).isEqualTo("M4.2");
            assertThat(plan.getRow(2).getCell(9).getNumericCellValue()).isEqualTo(20_000_000);
            assertThat(wb.getSheet(SHEET_FUNDING).getRow(1).getCell(3).getNumericCellValue()).isEqualTo(81_000_000);
        }
    }

    @Test
    void bytesAreReproducibleAndFileNameIsAscii() {
        assertThat(new TemplateWriter(DATE).toBytes(catalogue, sample())).isEqualTo(writer.toBytes(catalogue, sample()));
        assertThat(new TemplateWriter(DATE.plusSeconds(86_400)).toBytes(catalogue, sample()))
                .isNotEqualTo(writer.toBytes(catalogue, sample()));
        assertThat(TemplateWriter.fileName(catalogue)).isEqualTo("KDCL_TT18-2018_THCS-THPT-PTNCH.xlsx");
    }

    @Test
    void fillsAnXlsWorkbookToo() throws IOException {
        byte[] bytes;
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            writer.fill(wb, catalogue, sample());
            bytes = WorkbookBytes.of(wb);
        }
        try (Workbook back = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            assertThat(back).isInstanceOf(HSSFWorkbook.class);
            assertThat(back.getSheet(SHEET_CRITERIA).getProtect()).isTrue();
            assertThat(findRow(back.getSheet(SHEET_CRITERIA), "1.1").getCell(6).getNumericCellValue()).isEqualTo(2);
            assertThat(namedList(back, RANGE_RESULTS)).containsExactly("Đạt", "Không đạt");
            assertThat(validationAt(back.getSheet(SHEET_PLAN), "B2")).isEqualTo(RANGE_CRITERIA);
        }
    }
}
