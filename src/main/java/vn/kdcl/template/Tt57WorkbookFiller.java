package vn.kdcl.template;

import static vn.kdcl.template.Tt57Labels.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;

import vn.kdcl.catalogue.Catalogue;
import vn.kdcl.catalogue.Criterion;
import vn.kdcl.catalogue.SchoolType;
import vn.kdcl.ingest.read.InfoField;
import vn.kdcl.registry.SchoolLevelLabels;
import vn.kdcl.template.SchoolSubmissionData.CriterionMark;
import vn.kdcl.template.Tt57SubmissionData.Action;
import vn.kdcl.template.Tt57SubmissionData.Issue;
import vn.kdcl.template.Tt57SubmissionData.Review;

/** Fills one Thông tư 57/2026 workbook (layout of {@link Tt57Labels}, docs/templates.md). */
final class Tt57WorkbookFiller {

    static final int MIN_ISSUE_ROWS = 15;
    static final int MIN_PLAN_ROWS = 40;
    static final int MIN_REVIEW_ROWS = 20;
    /** Columns of "Kết quả tự đánh giá" (0-based) that formulas refer to. */
    static final int COL_MANDATORY = 3;
    static final int COL_LEVEL1 = 4;
    static final int COL_LEVEL2 = 5;
    static final int COL_ACHIEVED = 6;

    private final Workbook wb;
    private final Catalogue catalogue;
    private final Tt57SubmissionData data;
    private final TemplateStyles styles;
    private final CellStyle mandatoryText;
    private final CellStyle mandatoryCentered;
    private final CellStyle blockTitle;
    private int criteriaRows;

    Tt57WorkbookFiller(Workbook wb, Catalogue catalogue, Tt57SubmissionData data) {
        this.wb = wb;
        this.catalogue = catalogue;
        this.data = data;
        this.styles = new TemplateStyles(wb);
        Font bold = wb.createFont();
        bold.setFontName(TemplateStyles.FONT);
        bold.setFontHeightInPoints((short) 12);
        bold.setBold(true);
        mandatoryText = TemplateStyles.bordered(wb, false);
        mandatoryText.setFont(bold);
        mandatoryText.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
        mandatoryText.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        mandatoryCentered = TemplateStyles.bordered(wb, false);
        mandatoryCentered.cloneStyleFrom(mandatoryText);
        mandatoryCentered.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
        blockTitle = wb.createCellStyle();
        blockTitle.setFont(bold);
    }

    void fill() {
        for (String name : SHEETS) {
            wb.createSheet(name);
        }
        lists(wb.getSheet(SHEET_LISTS));
        guide(wb.getSheet(SHEET_GUIDE));
        results(wb.getSheet(SHEET_RESULTS));
        info(wb.getSheet(SHEET_INFO));
        issues(wb.getSheet(SHEET_ISSUES));
        plan(wb.getSheet(SHEET_PLAN));
        monitoring(wb.getSheet(SHEET_MONITORING));
        wb.setSheetVisibility(wb.getSheetIndex(SHEET_LISTS), SheetVisibility.HIDDEN);
        wb.setActiveSheet(wb.getSheetIndex(SHEET_GUIDE));
        wb.setForceFormulaRecalculation(true);
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    }

    // ---- Danh mục ---------------------------------------------------------------------------

    private void lists(Sheet sheet) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        List<String> types = new ArrayList<>(SchoolLevelLabels.LABELS);
        types.addAll(GDTX_LABELS);
        lists.put(TemplateLabels.RANGE_RESULTS, TemplateLabels.RESULTS);
        lists.put(TemplateLabels.RANGE_SCHOOL_TYPES, types);
        lists.put(TemplateLabels.RANGE_SOURCES, TemplateLabels.FUNDING_SOURCES);
        lists.put(RANGE_PROGRESS, PROGRESS);
        lists.put(RANGE_MOMENTS, MOMENTS);
        lists.put(RANGE_SCHOOL_LEVELS, SCHOOL_LEVELS);
        List<String> titles = List.of("Kết quả", "Cấp học", "Nguồn kinh phí", "Mức độ thực hiện", "Thời điểm",
                "Mức của trường");
        SheetLayout.namedLists(sheet, lists, titles, styles.header, styles.text);
    }

    // ---- Hướng dẫn ----------------------------------------------------------------------------

    private void guide(Sheet sheet) {
        String text = Tt57Guide.TEXT.replace("{title}", catalogue.title())
                .replace("{appendix}", catalogue.appendix().isEmpty() ? "" : ", " + catalogue.appendix())
                .replace("{schoolTypes}", catalogue.schoolTypes().stream().map(SchoolType::label)
                        .collect(Collectors.joining(", ")))
                .replace("{criteria}", String.valueOf(catalogue.criteria().size()))
                .replace("{mandatory}", String.join(", ", catalogue.mandatoryCodes()))
                .replace("{mandatoryCount}", String.valueOf(catalogue.mandatoryCodes().size()))
                .replace("{others}", String.valueOf(othersCount()))
                .replace("{othersMin1}", String.valueOf(othersMin(1)))
                .replace("{othersMin2}", String.valueOf(othersMin(2)));
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
                row.setHeightInPoints(Math.max(1, (line.length() + 119) / 120) * 16f);
            }
        }
        print(sheet, false);
        sheet.setPrintGridlines(false);
    }

    private int othersCount() {
        return catalogue.criteria().size() - catalogue.mandatoryCodes().size();
    }

    /** How many of the other criteria must reach {@code level} for the school's Mức {@code level} (5 in TT57). */
    int othersMin(int level) {
        return catalogue.rules().level(level).stream()
                .flatMap(l -> l.criteria().stream())
                .filter(c -> c.level() == level && "others".equals(c.among()) && c.min() != null
                        && c.min().matches("\\d+"))
                .mapToInt(c -> Integer.parseInt(c.min())).findFirst().orElse(5);
    }

    // ---- Thông tin trường ------------------------------------------------------------------

    private void info(Sheet sheet) {
        header(sheet, INFO_HEADERS);
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 45 * 256);
        sheet.setColumnWidth(2, 50 * 256);
        for (int i = 0; i < INFO_FIELDS.size(); i++) {
            InfoField field = INFO_FIELDS.get(i);
            Row row = sheet.createRow(i + 1);
            text(row, 0, field.label(), styles.label);
            Object value = data.info().containsKey(field) ? data.info().get(field)
                    : field == InfoField.CIRCULAR ? CIRCULAR : null;
            put(row.createCell(1), value, field == InfoField.PREPARED_ON ? styles.highlightedDate : styles.highlighted);
            text(row, 2, hint(field), styles.hint);
        }
        list(sheet, TemplateLabels.RANGE_SCHOOL_TYPES, rowOf(InfoField.SCHOOL_TYPE), 1, false);
        list(sheet, RANGE_SCHOOL_LEVELS, rowOf(InfoField.DECLARED_LEVEL), 1, true);
        explicit(sheet, TARGET_LEVELS, rowOf(InfoField.TARGET_LEVEL), 1);

        int r = INFO_FIELDS.size() + 2;
        Row title = sheet.createRow(r++);
        text(title, 0, COMPUTED_TITLE, blockTitle);
        String results = quoted(SHEET_RESULTS);
        String last = String.valueOf(Math.max(criteriaRows, 1) + 1);
        String mandatory = results + "!$D$2:$D$" + last;
        String achieved = results + "!$G$2:$G$" + last;
        int nm = catalogue.mandatoryCodes().size();
        int no = othersCount();
        String[] formulas = {
                "COUNTIFS(" + mandatory + ",\"" + MANDATORY_MARK + "\"," + achieved + ",\">=1\")",
                "COUNTIFS(" + mandatory + ",\"" + MANDATORY_MARK + "\"," + achieved + ",\">=2\")",
                "COUNTIFS(" + mandatory + ",\"<>" + MANDATORY_MARK + "\"," + achieved + ",\">=1\")",
                "COUNTIFS(" + mandatory + ",\"<>" + MANDATORY_MARK + "\"," + achieved + ",\">=2\")"};
        String[] notes = {"trên " + nm + " tiêu chí bắt buộc", "trên " + nm + " tiêu chí bắt buộc",
                "trên " + no + " tiêu chí còn lại", "trên " + no + " tiêu chí còn lại"};
        int first = r + 1; // Excel row of the first computed count
        for (int i = 0; i < 4; i++) {
            Row row = sheet.createRow(r++);
            text(row, 0, COMPUTED_LABELS.get(i), styles.label);
            Cell c = row.createCell(1);
            c.setCellStyle(styles.formula);
            c.setCellFormula(formulas[i]);
            text(row, 2, notes[i], styles.hint);
        }
        String m1 = "B" + first;
        String m2 = "B" + (first + 1);
        String o1 = "B" + (first + 2);
        String o2 = "B" + (first + 3);
        Row level = sheet.createRow(r);
        text(level, 0, COMPUTED_LEVEL, styles.label);
        Cell c = level.createCell(1);
        c.setCellStyle(styles.formula);
        c.setCellFormula("IF(COUNTA(" + results + "!$E$2:$E$" + last + ")=0,\"\",IF(AND(" + m2 + ">=" + nm + ","
                + o2 + ">=" + othersMin(2) + "," + o1 + ">=" + no + "),\"" + LEVEL_2 + "\",IF(AND(" + m1 + ">=" + nm
                + "," + o1 + ">=" + othersMin(1) + "),\"" + LEVEL_1 + "\",\"" + LEVEL_NONE + "\")))");
        text(level, 2, "Khoản 3 Điều 5: Mức 1 khi " + nm + " tiêu chí bắt buộc đạt Mức 1 và ít nhất " + othersMin(1)
                + "/" + no + " tiêu chí còn lại đạt Mức 1; Mức 2 khi " + nm + " tiêu chí bắt buộc đạt Mức 2, ít nhất "
                + othersMin(2) + "/" + no + " tiêu chí còn lại đạt Mức 2 và cả " + no
                + " tiêu chí còn lại đạt Mức 1.", styles.hint);
        sheet.createFreezePane(0, 1);
        WorkbookFiller.fitRowHeights(sheet, 1);
        print(sheet, true);
        sheet.getPrintSetup().setFitHeight((short) 1); // declared values and computed block on one page
    }

    private static int rowOf(InfoField field) {
        return INFO_FIELDS.indexOf(field) + 1;
    }

    private String hint(InfoField field) {
        int n = catalogue.criteria().size();
        return switch (field) {
            case SCHOOL_TYPE -> "Chọn trong danh sách (trung tâm GDTX, GDNN-GDTX: chọn Trung tâm GDTX hoặc ghi rõ).";
            case SCHOOL_YEAR -> "Bắt buộc. Dạng 2026-2027.";
            case CIRCULAR -> "Đã điền sẵn (" + CIRCULAR + "); không sửa.";
            case DECLARED_LEVEL -> "Chọn: " + String.join(", ", SCHOOL_LEVELS) + ".";
            case TARGET_LEVEL -> "Không bắt buộc. Mức 1 hoặc Mức 2.";
            case COUNT_LEVEL1 -> "Số tiêu chí đạt Mức 1 trở lên trên tổng số, ví dụ " + n + "/" + n + ".";
            case COUNT_LEVEL2 -> "Số tiêu chí đạt Mức 2 trên tổng số, ví dụ 11/" + n + ".";
            case TOTAL_BUDGET -> "Số tiền (đồng), ví dụ 25.000.000; bằng tổng cột Kinh phí dự kiến (nếu ghi).";
            default -> InfoHints.hint(field);
        };
    }

    // ---- Kết quả tự đánh giá -------------------------------------------------------------

    private void results(Sheet sheet) {
        header(sheet, RESULTS_HEADERS);
        int[] widths = {11, 9, 45, 9, 11, 11, 8, 35, 35, 30};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        Map<String, CriterionMark> marks = new LinkedHashMap<>();
        data.criteria().forEach(m -> marks.put(m.code(), m));
        List<Object[]> rows = new ArrayList<>();
        for (Criterion c : catalogue.criteria()) {
            rows.add(new Object[] {c.standard(), c.code(), c.name(), c, marks.remove(c.code())});
        }
        for (CriterionMark extra : marks.values()) {
            rows.add(new Object[] {null, extra.code(), null, null, extra});
        }
        for (int i = 0; i < rows.size(); i++) {
            Object[] r = rows.get(i);
            Row row = sheet.createRow(i + 1);
            Criterion criterion = (Criterion) r[3];
            CriterionMark mark = (CriterionMark) r[4];
            boolean mandatory = criterion != null && criterion.mandatory();
            put(row.createCell(0), r[0], mandatory ? mandatoryCentered : styles.number);
            put(row.createCell(1), r[1], mandatory ? mandatoryCentered : styles.textCentered);
            put(row.createCell(2), r[2], mandatory ? mandatoryText : styles.text);
            put(row.createCell(3), mandatory ? MANDATORY_MARK : null, mandatory ? mandatoryCentered : styles.textCentered);
            put(row.createCell(COL_LEVEL1), result(mark == null ? null : mark.level1()), styles.textCentered);
            put(row.createCell(COL_LEVEL2), result(mark == null ? null : mark.level2()), styles.textCentered);
            Cell achieved = row.createCell(COL_ACHIEVED);
            achieved.setCellStyle(styles.formula);
            achieved.setCellFormula(achievedFormula(i + 2));
            put(row.createCell(7), mark == null ? null : mark.strengths(), styles.text);
            put(row.createCell(8), mark == null ? null : mark.weaknesses(), styles.text);
            put(row.createCell(9), mark == null ? null : mark.evidence(), styles.text);
        }
        criteriaRows = rows.size();
        if (!rows.isEmpty()) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            validation(sheet, helper.createValidation(helper.createFormulaListConstraint(TemplateLabels.RANGE_RESULTS),
                    new CellRangeAddressList(1, rows.size(), COL_LEVEL1, COL_LEVEL2)), true);
        }
        sheet.createFreezePane(3, 1);
        WorkbookFiller.fitRowHeights(sheet, 1);
        print(sheet, true);
    }

    private static String result(Boolean met) {
        return met == null ? null : met ? TemplateLabels.MET : TemplateLabels.NOT_MET;
    }

    /** 2 when Mức 1 and Mức 2 are met, 1 when only Mức 1, 0 otherwise; "" while Mức 1 is empty. */
    static String achievedFormula(int excelRow) {
        String l1 = CellReference.convertNumToColString(COL_LEVEL1) + excelRow;
        String l2 = CellReference.convertNumToColString(COL_LEVEL2) + excelRow;
        return "IF(" + l1 + "=\"\",\"\",IF(" + met(l1) + ",IF(" + met(l2) + ",2,1),0))";
    }

    private static String met(String ref) {
        return "OR(" + ref + "=\"" + TemplateLabels.MET + "\"," + ref + "=\"x\"," + ref + "=\"✓\")";
    }

    // ---- Vấn đề trọng tâm -----------------------------------------------------------------

    private void issues(Sheet sheet) {
        header(sheet, ISSUES_HEADERS);
        int[] widths = {6, 14, 16, 45, 40, 40};
        widths(sheet, widths);
        List<Issue> issues = data.issues();
        int rows = Math.max(MIN_ISSUE_ROWS, issues.size() + 5);
        for (int i = 0; i < rows; i++) {
            Row row = sheet.createRow(i + 1);
            Issue x = i < issues.size() ? issues.get(i) : null;
            put(row.createCell(0), x == null ? null : i + 1, styles.number);
            put(row.createCell(1), x == null ? null : x.standard(), styles.textCentered);
            put(row.createCell(2), x == null ? null : x.criteria(), styles.textCentered);
            put(row.createCell(3), x == null ? null : x.currentState(), styles.text);
            put(row.createCell(4), x == null ? null : x.weakness(), styles.text);
            put(row.createCell(5), x == null ? null : x.cause(), styles.text);
        }
        sheet.createFreezePane(0, 1);
        WorkbookFiller.fitRowHeights(sheet, 1);
        print(sheet, true);
    }

    // ---- Kế hoạch cải tiến -----------------------------------------------------------------

    private void plan(Sheet sheet) {
        header(sheet, PLAN_HEADERS);
        int[] widths = {6, 34, 30, 40, 28, 18, 20, 28, 28, 16, 16, 20};
        widths(sheet, widths);
        List<Action> actions = data.actions();
        int rows = Math.max(MIN_PLAN_ROWS, actions.size() + 20);
        for (int i = 0; i < rows; i++) {
            Row row = sheet.createRow(i + 1);
            Action a = i < actions.size() ? actions.get(i) : null;
            put(row.createCell(0), a == null ? null : i + 1, styles.number);
            put(row.createCell(1), a == null ? null : a.content(), styles.text);
            put(row.createCell(2), a == null ? null : a.goal(), styles.text);
            put(row.createCell(3), a == null ? null : a.activities(), styles.text);
            put(row.createCell(4), a == null ? null : a.indicator(), styles.text);
            put(row.createCell(5), a == null ? null : a.period(), styles.text);
            put(row.createCell(6), a == null ? null : a.owner(), styles.text);
            put(row.createCell(7), a == null ? null : a.resources(), styles.text);
            put(row.createCell(8), a == null ? null : a.evidence(), styles.text);
            put(row.createCell(9), a == null ? null : a.progress(), styles.text);
            put(row.createCell(10), a == null ? null : a.budget(), styles.money);
            put(row.createCell(11), a == null ? null : a.source(), styles.text);
        }
        list(sheet, RANGE_PROGRESS, new CellRangeAddressList(1, rows, 9, 9), true);
        list(sheet, TemplateLabels.RANGE_SOURCES, new CellRangeAddressList(1, rows, 11, 11), false);
        sheet.createFreezePane(2, 1);
        WorkbookFiller.fitRowHeights(sheet, 1);
        print(sheet, true);
    }

    // ---- Theo dõi, đánh giá ----------------------------------------------------------------

    private void monitoring(Sheet sheet) {
        header(sheet, MONITORING_HEADERS);
        int[] widths = {6, 16, 45, 45, 35, 22};
        widths(sheet, widths);
        List<Review> reviews = data.reviews();
        int rows = Math.max(MIN_REVIEW_ROWS, reviews.size() + 10);
        for (int i = 0; i < rows; i++) {
            Row row = sheet.createRow(i + 1);
            Review v = i < reviews.size() ? reviews.get(i) : null;
            put(row.createCell(0), v == null ? null : i + 1, styles.number);
            put(row.createCell(1), v == null ? null : v.moment(), styles.text);
            put(row.createCell(2), v == null ? null : v.content(), styles.text);
            put(row.createCell(3), v == null ? null : v.result(), styles.text);
            put(row.createCell(4), v == null ? null : v.adjustment(), styles.text);
            put(row.createCell(5), v == null ? null : v.reviewer(), styles.text);
        }
        list(sheet, RANGE_MOMENTS, new CellRangeAddressList(1, rows, 1, 1), false);
        sheet.createFreezePane(0, 1);
        WorkbookFiller.fitRowHeights(sheet, 1);
        print(sheet, true);
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static void widths(Sheet sheet, int[] widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private void header(Sheet sheet, List<String> labels) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < labels.size(); c++) {
            text(row, c, labels.get(c), styles.header);
        }
        row.setHeightInPoints(48);
    }

    private void put(Cell cell, Object value, CellStyle style) {
        cell.setCellStyle(style);
        if (value == null || (value instanceof String s && s.isEmpty())) {
            return;
        }
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            if (style != styles.highlightedDate) {
                cell.setCellStyle(styles.date);
            }
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private void list(Sheet sheet, String range, int row, int col, boolean strict) {
        list(sheet, range, new CellRangeAddressList(row, row, col, col), strict);
    }

    private void explicit(Sheet sheet, List<String> values, int row, int col) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createExplicitListConstraint(values.toArray(String[]::new));
        validation(sheet, helper.createValidation(constraint, new CellRangeAddressList(row, row, col, col)), true);
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        SheetLayout.text(row, col, value, style);
    }

    private void list(Sheet sheet, String range, CellRangeAddressList cells, boolean strict) {
        SheetLayout.list(sheet, range, cells, strict);
    }

    private static void validation(Sheet sheet, DataValidation v, boolean strict) {
        SheetLayout.validation(sheet, v, strict);
    }

    private static void print(Sheet sheet, boolean repeatHeader) {
        SheetLayout.print(sheet, repeatHeader);
    }

    private static String quoted(String sheetName) {
        return SheetLayout.quoted(sheetName);
    }
}
