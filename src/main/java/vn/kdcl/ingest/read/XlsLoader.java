package vn.kdcl.ingest.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;

/** Reads Excel 97-2003 (.xls) workbooks with POI HSSF into grids; such files are small. */
final class XlsLoader {

    private final ReadLimits limits;

    XlsLoader(ReadLimits limits) {
        this.limits = limits;
    }

    LoadedWorkbook load(HSSFWorkbook wb) {
        List<SheetGrid> grids = new ArrayList<>();
        boolean date1904 = wb.getInternalWorkbook().isUsing1904DateWindowing();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            HSSFSheet sheet = wb.getSheetAt(i);
            String name = Cells.clean(sheet.getSheetName());
            boolean hidden = wb.isSheetHidden(i) || wb.isSheetVeryHidden(i);
            if (!SheetFilter.load(name, hidden)) {
                continue;
            }
            SheetGrid grid = new SheetGrid(name, hidden, i);
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
                HSSFRow row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                if (r >= limits.maxRows()) {
                    throw new XlsxLoader.LimitExceededException("trang tính “" + name + "” có hơn "
                            + limits.maxRows() + " dòng");
                }
                int last = Math.min(row.getLastCellNum(), Cells.MAX_COLUMNS);
                for (int c = Math.max(row.getFirstCellNum(), 0); c < last; c++) {
                    HSSFCell cell = row.getCell(c);
                    if (cell != null) {
                        grid.put(r, c, convert(cell, cell.getCellType(), name, r, c, date1904));
                    }
                }
            }
            for (CellRangeAddress m : sheet.getMergedRegions()) {
                grid.addMerge(m.getFirstRow(), m.getFirstColumn(), m.getLastRow(), m.getLastColumn());
            }
            grids.add(grid);
        }
        return new LoadedWorkbook(grids, List.of());
    }

    private static CellValue convert(HSSFCell cell, CellType type, String sheet, int r, int c, boolean date1904) {
        switch (type) {
            case STRING:
                return Cells.text(cell.getStringCellValue(), sheet, r, c);
            case NUMERIC:
                double d = cell.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(d)) {
                    LocalDate date = Cells.excelDate(d, date1904);
                    return Cells.date(d, date, sheet, r, c);
                }
                return Cells.number(d, sheet, r, c);
            case BOOLEAN:
                return Cells.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE", sheet, r, c);
            case ERROR:
                return Cells.text(FormulaError.forInt(cell.getErrorCellValue()).getString(), sheet, r, c);
            case FORMULA:
                // .xls always stores the formula's last result
                return convert(cell, cell.getCachedFormulaResultType(), sheet, r, c, date1904);
            default:
                return null;
        }
    }
}
