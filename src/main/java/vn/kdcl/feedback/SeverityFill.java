package vn.kdcl.feedback;

import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

import vn.kdcl.check.Severity;

/**
 * The fill colour of a severity. .xlsx gets exact RGB colours; .xls only has a 56-colour palette, so it
 * gets the nearest standard ones (changing the palette would recolour the school's own cells).
 */
final class SeverityFill {

    private SeverityFill() {
    }

    static byte[] rgb(Severity s) {
        return switch (s) {
            case ERROR -> new byte[] {(byte) 0xFF, (byte) 0x80, (byte) 0x80};
            // Orange, not yellow: the template's input cells are already light yellow.
            case WARNING -> new byte[] {(byte) 0xFF, (byte) 0xA8, (byte) 0x4C};
            case INFO -> new byte[] {(byte) 0xBD, (byte) 0xD7, (byte) 0xEE};
        };
    }

    static IndexedColors indexed(Severity s) {
        return switch (s) {
            case ERROR -> IndexedColors.CORAL;
            case WARNING -> IndexedColors.LIGHT_ORANGE;
            case INFO -> IndexedColors.PALE_BLUE;
        };
    }

    /** Sets a solid fill of the severity's colour on {@code style}. */
    static void apply(CellStyle style, Severity s) {
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        if (style instanceof XSSFCellStyle x) {
            x.setFillForegroundColor(new XSSFColor(rgb(s), null));
        } else if (style instanceof HSSFCellStyle h) {
            h.setFillForegroundColor(indexed(s).getIndex());
        }
    }
}
