package vn.kdcl.template;

import static vn.kdcl.template.TemplateLabels.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import vn.kdcl.catalogue.Catalogue;
import vn.kdcl.catalogue.Criterion;
import vn.kdcl.catalogue.Level4Criterion;
import vn.kdcl.catalogue.SchoolType;
import vn.kdcl.ingest.read.InfoField;
import vn.kdcl.registry.SchoolLevelLabels;
import vn.kdcl.template.SchoolSubmissionData.CriterionMark;
import vn.kdcl.template.SchoolSubmissionData.FundingLine;
import vn.kdcl.template.SchoolSubmissionData.Level4Mark;
import vn.kdcl.template.SchoolSubmissionData.PlanTask;

/** Fills one workbook: one method per sheet, in TEMPLATE.md order. */
final class WorkbookFiller {

    static final int MIN_PLAN_ROWS = 60;
    static final int MIN_FUNDING_ROWS = 20;
    /** Columns of the criteria sheet (0-based) that the formulas refer to. */
    static final int COL_LEVEL1 = 3;
    static final int COL_ACHIEVED = 6;

    private final Workbook wb;
    private final Catalogue catalogue;
    private final SchoolSubmissionData data;
    private final String guide;
    private final TemplateStyles styles;
    private int criteriaRows;

    WorkbookFiller(Workbook wb, Catalogue catalogue, SchoolSubmissionData data, String guide) {
        this.wb = wb;
        this.catalogue = catalogue;
        this.data = data;
        this.guide = guide;
        this.styles = new TemplateStyles(wb);
    }

    void fill() {
        // Create every sheet first: formulas and named ranges refer across sheets.
        for (String name : List.of(SHEET_GUIDE, SHEET_INFO, SHEET_CRITERIA, SHEET_LEVEL4, SHEET_PLAN,
                SHEET_FUNDING, SHEET_LISTS)) {
            wb.createSheet(name);
        }
        lists(wb.getSheet(SHEET_LISTS));
        guide(wb.getSheet(SHEET_GUIDE));
        criteria(wb.getSheet(SHEET_CRITERIA));
        level4(wb.getSheet(SHEET_LEVEL4));
        info(wb.getSheet(SHEET_INFO));
        plan(wb.getSheet(SHEET_PLAN));
        funding(wb.getSheet(SHEET_FUNDING));
        wb.setSheetVisibility(wb.getSheetIndex(SHEET_LISTS), SheetVisibility.HIDDEN);
        wb.setActiveSheet(wb.getSheetIndex(SHEET_GUIDE));
        wb.setForceFormulaRecalculation(true);
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    }

    // ---- Danh mục ---------------------------------------------------------------------------

    private void lists(Sheet sheet) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put(RANGE_RESULTS, RESULTS);
        lists.put(RANGE_SCHOOL_TYPES, SchoolLevelLabels.LABELS);
        lists.put(RANGE_SOURCES, FUNDING_SOURCES);
        lists.put(RANGE_CRITERIA, criterionCodes());
        lists.put(RANGE_STATES, TASK_STATES);
        List<String> titles = List.of("Kết quả", "Cấp học", "Nguồn kinh phí", "Tiêu chí", "Tình trạng");
        SheetLayout.namedLists(sheet, lists, titles, styles.header, styles.text);
    }

    private List<String> criterionCodes() {
        List<String> codes = new ArrayList<>(catalogue.criteria().stream().map(Criterion::code).toList());
        catalogue.level4().forEach(l4 -> codes.add(l4.code()));
        return codes;
    }

    // ---- Hướng dẫn ----------------------------------------------------------------------------

    private void guide(Sheet sheet) {
        String text = guide.replace("{title}", catalogue.title())
                .replace("{catalogue}", catalogue.id())
                .replace("{schoolTypes}", catalogue.schoolTypes().stream().map(SchoolType::label)
                        .collect(Collectors.joining(", ")))
                .replace("{criteria}", String.valueOf(catalogue.criteria().size()))
                .replace("{level3}", String.valueOf(catalogue.countHavingLevel(3)))
                .replace("{level4}", String.valueOf(catalogue.level4().size()));
        sheet.setColumnWidth(0, 120 * 256);
        int r = 0;
        for (String line : text.split("\n")) {
            Row row = sheet.createRow(r++);
            if (line.startsWith("! ")) {
                text(row, 0, line.substring(2), styles.title);
            } else if (line.startsWith("# ")) {
                text(row, 0, line.substring(2), styles.heading);
            } else if (!line.isBlank()) {
                text(row, 0, line, styles.paragraph);
                // Wrapped rows do not grow by themselves in every viewer: size them for ~120 chars a line.
                row.setHeightInPoints(Math.max(1, (line.length() + 119) / 120) * 16f);
            }
        }
        print(sheet);
        sheet.setPrintGridlines(false);
    }

    // ---- Thông tin trường ------------------------------------------------------------------

    private void info(Sheet sheet) {
        header(sheet, INFO_HEADERS);
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 45 * 256);
        sheet.setColumnWidth(2, 50 * 256);
        InfoField[] fields = InfoField.values();
        for (int i = 0; i < fields.length; i++) {
            InfoField field = fields[i];
            Row row = sheet.createRow(i + 1);
            text(row, 0, field.label(), styles.label);
            Object value = data.info().containsKey(field) ? data.info().get(field)
                    : field == InfoField.CIRCULAR ? catalogue.id() : null;
            CellStyle style = switch (field) {
                case PREPARED_ON -> styles.highlightedDate;
                case DECLARED_LEVEL, TARGET_LEVEL -> styles.highlightedNumber;
                default -> styles.highlighted;
            };
            put(row.createCell(1), value, style);
            Cell hint = row.createCell(2);
            hint.setCellStyle(styles.hint);
            String formula = countFormula(field);
            if (formula != null) {
                hint.setCellFormula(formula);
            } else {
                hint.setCellValue(InfoHints.hint(field));
            }
        }
        list(sheet, RANGE_SCHOOL_TYPES, rowOf(InfoField.SCHOOL_TYPE), 1, rowOf(InfoField.SCHOOL_TYPE), 1, true);
        explicit(sheet, SCHOOL_LEVELS, rowOf(InfoField.DECLARED_LEVEL), 1);
        explicit(sheet, TARGET_LEVELS, rowOf(InfoField.TARGET_LEVEL), 1);
        sheet.createFreezePane(0, 1);
        fitRowHeights(sheet, 1);
        print(sheet);
    }

    private static int rowOf(InfoField field) {
        return field.ordinal() + 1;
    }

    /** "27/28": criteria reaching the level (from "Mức đạt") over criteria having it. */
    private String countFormula(InfoField field) {
        int level = switch (field) {
            case COUNT_LEVEL1 -> 1;
            case COUNT_LEVEL2 -> 2;
            case COUNT_LEVEL3 -> 3;
            case COUNT_LEVEL4 -> 4;
            default -> 0;
        };
        if (level == 0) {
            return null;
        }
        if (level == 4) {
            int n = catalogue.level4().size();
            return n == 0 ? null : "COUNTIF(" + quoted(SHEET_LEVEL4) + "!$C$2:$C$" + (n + 1) + ",\"" + MET + "\")&\"/"
                    + n + "\"";
        }
        if (criteriaRows == 0) {
            return null;
        }
        String last = String.valueOf(criteriaRows + 1);
        String achieved = CellReference.convertNumToColString(COL_ACHIEVED);
        String levelCol = CellReference.convertNumToColString(COL_LEVEL1 + level - 1);
        String sheet = quoted(SHEET_CRITERIA);
        return "COUNTIF(" + sheet + "!$" + achieved + "$2:$" + achieved + "$" + last + ",\">=" + level + "\")&\"/\"&"
                + "COUNTIF(" + sheet + "!$" + levelCol + "$2:$" + levelCol + "$" + last + ",\"<>" + NO_LEVEL + "\")";
    }

    // ---- Kết quả tiêu chí ------------------------------------------------------------------

    private void criteria(Sheet sheet) {
        header(sheet, CRITERIA_HEADERS);
        int[] widths = {11, 9, 45, 11, 11, 11, 8, 35, 35, 30};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        Map<String, CriterionMark> marks = new LinkedHashMap<>();
        data.criteria().forEach(m -> marks.put(m.code(), m));
        List<Object[]> rows = new ArrayList<>();
        for (Criterion c : catalogue.criteria()) {
            rows.add(new Object[] {c.standard(), c.code(), c.name(), c, marks.remove(c.code())});
        }
        // Marks for codes the catalogue does not know are kept (the office's checks report them).
        for (CriterionMark extra : marks.values()) {
            rows.add(new Object[] {standardOf(extra.code()), extra.code(), null, null, extra});
        }
        CellRangeAddressList levelCells = new CellRangeAddressList();
        for (int i = 0; i < rows.size(); i++) {
            Object[] r = rows.get(i);
            Row row = sheet.createRow(i + 1);
            put(row.createCell(0), r[0], styles.number);
            put(row.createCell(1), r[1], styles.textCentered);
            put(row.createCell(2), r[2], styles.text);
            Criterion criterion = (Criterion) r[3];
            CriterionMark mark = (CriterionMark) r[4];
            for (int level = 1; level <= 3; level++) {
                Cell cell = row.createCell(COL_LEVEL1 + level - 1);
                if (criterion != null && !criterion.hasLevel(level)) {
                    cell.setCellValue(NO_LEVEL);
                    cell.setCellStyle(styles.noLevel);
                } else {
                    Boolean met = mark == null ? null : mark.level(level);
                    put(cell, met == null ? null : met ? MET : NOT_MET, styles.textCentered);
                    levelCells.addCellRangeAddress(i + 1, COL_LEVEL1 + level - 1, i + 1, COL_LEVEL1 + level - 1);
                }
            }
            Cell achieved = row.createCell(COL_ACHIEVED);
            achieved.setCellStyle(styles.formula);
            achieved.setCellFormula(achievedFormula(i + 2, criterion));
            put(row.createCell(7), mark == null ? null : mark.strengths(), styles.text);
            put(row.createCell(8), mark == null ? null : mark.weaknesses(), styles.text);
            put(row.createCell(9), mark == null ? null : mark.evidence(), styles.text);
        }
        criteriaRows = rows.size();
        if (levelCells.countRanges() > 0) {
            list(sheet, RANGE_RESULTS, levelCells, true);
        }
        sheet.createFreezePane(3, 1);
        fitRowHeights(sheet, 1);
        print(sheet);
        protect(sheet);
    }

    private static Object standardOf(String code) {
        if (code == null) {
            return null;
        }
        String head = code.split("\\.")[0].trim();
        return head.matches("\\d+") ? Integer.valueOf(head) : null;
    }

    /**
     * Highest level met without a gap from Mức 1; "" while the criterion's first level is not filled in. A level the
     * criterion has no clause for counts as met below its highest (TT18 5.3 after TT22/2024) and as not met above it.
     */
    static String achievedFormula(int excelRow, Criterion criterion) {
        String[] c = new String[3];
        int firstLevel = 1;
        for (int i = 0; i < 3; i++) {
            String ref = CellReference.convertNumToColString(COL_LEVEL1 + i) + excelRow;
            if (criterion != null && !criterion.hasLevel(i + 1)) {
                c[i] = i + 1 < criterion.maxLevel() ? "TRUE" : "FALSE";
                if (firstLevel == i + 1) {
                    firstLevel++;
                }
            } else {
                c[i] = "OR(" + ref + "=\"" + MET + "\"," + ref + "=\"x\"," + ref + "=\"✓\")";
            }
        }
        String first = CellReference.convertNumToColString(COL_LEVEL1 + Math.min(firstLevel, 3) - 1) + excelRow;
        return "IF(" + first + "=\"\",\"\",IF(" + c[0] + ",IF(" + c[1] + ",IF(" + c[2] + ",3,2),1),0))";
    }

    // ---- Mức 4 ------------------------------------------------------------------------------

    private void level4(Sheet sheet) {
        header(sheet, LEVEL4_HEADERS);
        int[] widths = {11, 80, 14, 35};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        Map<Integer, Level4Mark> marks = new LinkedHashMap<>();
        data.level4().forEach(m -> marks.put(m.number(), m));
        List<Level4Criterion> items = catalogue.level4();
        for (int i = 0; i < items.size(); i++) {
            Level4Criterion l4 = items.get(i);
            Level4Mark mark = marks.get(l4.number());
            Row row = sheet.createRow(i + 1);
            put(row.createCell(0), l4.number(), styles.number);
            put(row.createCell(1), l4.name(), styles.text);
            put(row.createCell(2), mark == null || mark.met() == null ? null : mark.met() ? MET : NOT_MET,
                    styles.textCentered);
            put(row.createCell(3), mark == null ? null : mark.note(), styles.text);
        }
        if (!items.isEmpty()) {
            list(sheet, RANGE_RESULTS, 1, 2, items.size(), 2, true);
        }
        sheet.createFreezePane(0, 1);
        fitRowHeights(sheet, 1);
        print(sheet);
    }

    // ---- Kế hoạch cải tiến -----------------------------------------------------------------

    private void plan(Sheet sheet) {
        header(sheet, PLAN_HEADERS);
        int[] widths = {6, 10, 9, 30, 45, 18, 18, 14, 14, 16, 20, 22, 15, 18};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        List<PlanTask> tasks = data.tasks();
        int rows = Math.max(MIN_PLAN_ROWS, tasks.size() + 20);
        for (int i = 0; i < rows; i++) {
            Row row = sheet.createRow(i + 1);
            PlanTask t = i < tasks.size() ? tasks.get(i) : null;
            put(row.createCell(0), t == null ? null : i + 1, styles.number);
            put(row.createCell(1), t == null ? null : t.criterion(), styles.textCentered);
            put(row.createCell(2), t == null ? null : t.targetLevel(), styles.number);
            put(row.createCell(3), t == null ? null : t.expectedResult(), styles.text);
            put(row.createCell(4), t == null ? null : t.task(), styles.text);
            put(row.createCell(5), t == null ? null : t.lead(), styles.text);
            put(row.createCell(6), t == null ? null : t.partners(), styles.text);
            put(row.createCell(7), t == null ? null : t.start(), styles.date);
            put(row.createCell(8), t == null ? null : t.end(), styles.date);
            put(row.createCell(9), t == null ? null : t.budget(), styles.money);
            put(row.createCell(10), t == null ? null : t.source(), styles.text);
            put(row.createCell(11), t == null ? null : t.support(), styles.text);
            put(row.createCell(12), t == null ? null : t.status(), styles.text);
            put(row.createCell(13), t == null ? null : t.note(), styles.text);
        }
        // Schools also write "Tiêu chí 1.1" or a source with an amount: warn instead of refusing.
        list(sheet, RANGE_CRITERIA, 1, 1, rows, 1, false);
        explicit(sheet, TARGET_LEVELS, 1, 2, rows, 2);
        list(sheet, RANGE_SOURCES, 1, 10, rows, 10, false);
        list(sheet, RANGE_STATES, 1, 12, rows, 12, false);
        sheet.createFreezePane(0, 1);
        fitRowHeights(sheet, 1);
        print(sheet);
    }

    // ---- Kinh phí ---------------------------------------------------------------------------

    private void funding(Sheet sheet) {
        header(sheet, FUNDING_HEADERS);
        int[] widths = {6, 50, 26, 18, 12, 30};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        List<FundingLine> lines = data.funding();
        int rows = Math.max(MIN_FUNDING_ROWS, lines.size() + 10);
        for (int i = 0; i < rows; i++) {
            Row row = sheet.createRow(i + 1);
            FundingLine f = i < lines.size() ? lines.get(i) : null;
            put(row.createCell(0), f == null ? null : i + 1, styles.number);
            put(row.createCell(1), f == null ? null : f.content(), styles.text);
            put(row.createCell(2), f == null ? null : f.source(), styles.text);
            put(row.createCell(3), f == null ? null : f.amount(), styles.money);
            put(row.createCell(4), f == null ? null : f.year(), styles.textCentered);
            put(row.createCell(5), f == null ? null : f.note(), styles.text);
        }
        list(sheet, RANGE_SOURCES, 1, 2, rows, 2, false);
        sheet.createFreezePane(0, 1);
        fitRowHeights(sheet, 1);
        print(sheet);
    }

    // ---- helpers ----------------------------------------------------------------------------

    private void header(Sheet sheet, List<String> labels) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < labels.size(); c++) {
            text(row, c, labels.get(c), styles.header);
        }
        row.setHeightInPoints(33);
    }

    /** Writes a cell value of the types SchoolSubmissionData allows; dates get a date format. */
    private void put(Cell cell, Object value, CellStyle style) {
        cell.setCellStyle(style);
        if (value == null || (value instanceof String s && s.isEmpty())) {
            return;
        }
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            if (style != styles.date && style != styles.highlightedDate) {
                cell.setCellStyle(style == styles.highlighted ? styles.highlightedDate : styles.date);
            }
        } else if (value instanceof LocalDateTime d) {
            cell.setCellValue(d);
            cell.setCellStyle(styles.date);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private void list(Sheet sheet, String range, int r1, int c1, int r2, int c2, boolean strict) {
        list(sheet, range, new CellRangeAddressList(r1, r2, c1, c2), strict);
    }

    private void explicit(Sheet sheet, List<String> values, int row, int col) {
        explicit(sheet, values, row, col, row, col);
    }

    /** Protection without a password: only the locked "—" and header cells are guarded. */
    private static void protect(Sheet sheet) {
        if (sheet instanceof XSSFSheet x) {
            x.enableLocking();
            x.lockFormatColumns(false);
            x.lockFormatRows(false);
            x.lockAutoFilter(false);
            x.lockSort(false);
        } else if (sheet instanceof HSSFSheet h) {
            h.protectSheet("");
        }
    }

    /**
     * Sets the height of rows with wrapped text from an estimate of their line count: LibreOffice does not
     * recompute row heights of imported .xlsx files, and POI cannot measure text without the fonts.
     */
    static void fitRowHeights(Sheet sheet, int firstRow) {
        for (int r = firstRow; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            int lines = 1;
            for (Cell cell : row) {
                if (cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
                    continue;
                }
                int width = Math.max(4, sheet.getColumnWidth(cell.getColumnIndex()) / 256 - 1);
                int cellLines = 0;
                for (String part : cell.getStringCellValue().split("\n", -1)) {
                    cellLines += Math.max(1, (int) Math.ceil(part.length() * 1.05 / width));
                }
                lines = Math.max(lines, cellLines);
            }
            if (lines > 1) {
                row.setHeightInPoints(lines * 15.5f + 2);
            }
        }
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        SheetLayout.text(row, col, value, style);
    }

    private void list(Sheet sheet, String range, CellRangeAddressList cells, boolean strict) {
        SheetLayout.list(sheet, range, cells, strict);
    }

    private void explicit(Sheet sheet, List<String> values, int r1, int c1, int r2, int c2) {
        SheetLayout.explicit(sheet, values, r1, c1, r2, c2);
    }

    /** A4 landscape, fit to one page wide, header row repeated on every page but the guide's. */
    private static void print(Sheet sheet) {
        SheetLayout.print(sheet, !SHEET_GUIDE.equals(sheet.getSheetName()));
    }

    private static String quoted(String sheetName) {
        return SheetLayout.quoted(sheetName);
    }
}
