package vn.kdcl.template;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;

/** What both template fillers (2018 forms and TT57/2026) do to a sheet alike: cells, dropdowns, print setup. */
final class SheetLayout {

    private SheetLayout() {
    }

    static void text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A dropdown from a named range of the hidden lists sheet. */
    static void list(Sheet sheet, String range, CellRangeAddressList cells, boolean strict) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        validation(sheet, helper.createValidation(helper.createFormulaListConstraint(range), cells), strict);
    }

    /** A dropdown of the given values. */
    static void explicit(Sheet sheet, java.util.List<String> values, int r1, int c1, int r2, int c2) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createExplicitListConstraint(values.toArray(String[]::new));
        validation(sheet, helper.createValidation(constraint, new CellRangeAddressList(r1, r2, c1, c2)), true);
    }

    static void validation(Sheet sheet, DataValidation v, boolean strict) {
        // POI's XSSF flag is inverted compared with HSSF: true shows the in-cell arrow there.
        v.setSuppressDropDownArrow(v instanceof XSSFDataValidation);
        v.setErrorStyle(strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
        v.setShowErrorBox(true);
        v.createErrorBox("Giá trị không có trong danh sách",
                strict ? "Hãy chọn một giá trị trong danh sách." : "Nên chọn một giá trị trong danh sách.");
        sheet.addValidationData(v);
    }

    /** A4 landscape, fit to one page wide, the header row repeated on every page when asked. */
    static void print(Sheet sheet, boolean repeatHeader) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        if (repeatHeader) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
        sheet.getFooter().setCenter(sheet.getSheetName() + " - Trang &P/&N");
    }

    /**
     * The hidden lists sheet: one titled column per list, each list a workbook name (its key) that the dropdowns
     * refer to.
     */
    static void namedLists(Sheet sheet, java.util.Map<String, java.util.List<String>> lists,
                           java.util.List<String> titles, CellStyle header, CellStyle text) {
        Row head = sheet.createRow(0);
        int col = 0;
        for (java.util.Map.Entry<String, java.util.List<String>> e : lists.entrySet()) {
            text(head, col, titles.get(col), header);
            java.util.List<String> values = e.getValue();
            for (int i = 0; i < values.size(); i++) {
                Row row = sheet.getRow(i + 1) == null ? sheet.createRow(i + 1) : sheet.getRow(i + 1);
                text(row, col, values.get(i), text);
            }
            String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(col);
            org.apache.poi.ss.usermodel.Name name = sheet.getWorkbook().createName();
            name.setNameName(e.getKey());
            name.setRefersToFormula(quoted(sheet.getSheetName()) + "!$" + letter + "$2:$" + letter + "$"
                    + (Math.max(values.size(), 1) + 1));
            sheet.setColumnWidth(col, 28 * 256);
            col++;
        }
    }

    static String quoted(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'";
    }
}
