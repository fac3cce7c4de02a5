package vn.kdcl.template;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a sheet without breaking references. POI's HSSF {@code setSheetOrder} re-points references
 * to other sheets at the wrong sheets, in defined names (dropdown lists, print titles) and in cell
 * formulas; both are restored from their text, which names sheets, not positions. XSSF stores
 * formulas as text and needs none of this.
 */
public final class SheetOrder {

    private static final Logger log = LoggerFactory.getLogger(SheetOrder.class);

    private SheetOrder() {
    }

    public static void move(Workbook wb, String sheetName, int index) {
        Map<Name, String> names = new LinkedHashMap<>();
        Map<Cell, String> formulas = new LinkedHashMap<>();
        if (wb instanceof HSSFWorkbook) {
            for (Name n : wb.getAllNames()) {
                String formula = n.getRefersToFormula();
                if (formula != null && !formula.contains("#REF!")) {
                    names.put(n, formula);
                }
            }
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.FORMULA && !c.isPartOfArrayFormulaGroup()) {
                            String f = c.getCellFormula();
                            if (f.indexOf('!') >= 0 && !f.contains("#REF!")) {
                                formulas.put(c, f);
                            }
                        }
                    }
                }
            }
        }
        wb.setSheetOrder(sheetName, index);
        names.forEach((n, formula) -> {
            try {
                n.setRefersToFormula(formula);
            } catch (RuntimeException e) {
                log.debug("Name {} not restored: {}", n.getNameName(), e.toString());
            }
        });
        formulas.forEach((c, formula) -> {
            try {
                c.setCellFormula(formula);
            } catch (RuntimeException e) {
                log.debug("Formula {} not restored: {}", c.getAddress(), e.toString());
            }
        });
    }
}
