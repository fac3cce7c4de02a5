package vn.kdcl.ingest.read;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The slow path for formulas the file stores without a result: opens the workbook with POI and
 * evaluates just those cells. Rare (files written by tools that never calculate), so its cost is fine.
 */
final class FormulaFallback {

    private FormulaFallback() {
    }

    static void evaluate(Path file, LoadedWorkbook loaded) throws IOException {
        if (loaded.pending().isEmpty()) {
            return;
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFWorkbook wb = new XSSFWorkbook(pkg);
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            evaluator.setIgnoreMissingWorkbooks(true);
            boolean date1904 = wb.isDate1904();
            for (LoadedWorkbook.PendingFormula p : loaded.pending()) {
                SheetGrid grid = p.grid();
                XSSFSheet sheet = wb.getSheetAt(grid.index());
                XSSFRow row = sheet.getRow(p.row());
                XSSFCell cell = row == null ? null : row.getCell(p.col());
                if (cell != null) {
                    grid.put(p.row(), p.col(), value(evaluator, cell, grid.name(), p.row(), p.col(), date1904));
                }
            }
            pkg.revert();
        } catch (InvalidFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static CellValue value(FormulaEvaluator evaluator, XSSFCell cell, String sheet, int r, int c,
                                   boolean date1904) {
        org.apache.poi.ss.usermodel.CellValue v;
        try {
            v = evaluator.evaluate(cell);
        } catch (RuntimeException e) {
            // an unsupported function or a broken reference: keep the cell blank, do not fail the file
            return null;
        }
        if (v == null) {
            return null;
        }
        switch (v.getCellType()) {
            case NUMERIC:
                double d = v.getNumberValue();
                if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(d)) {
                    LocalDate date = Cells.excelDate(d, date1904);
                    return Cells.date(d, date, sheet, r, c);
                }
                return Cells.number(d, sheet, r, c);
            case STRING:
                return Cells.text(v.getStringValue(), sheet, r, c);
            case BOOLEAN:
                return Cells.text(v.getBooleanValue() ? "TRUE" : "FALSE", sheet, r, c);
            case ERROR:
                return Cells.text(FormulaError.forInt(v.getErrorValue()).getString(), sheet, r, c);
            default:
                return null;
        }
    }
}
