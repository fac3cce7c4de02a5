package vn.kdcl.template;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.FontFamily;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The few cell styles of a school workbook, created once per workbook (POI styles are per workbook).
 * Input cells are unlocked so that sheet protection only guards the greyed "—" cells.
 */
public final class TemplateStyles {

    /** Times New Roman renders Vietnamese on every office PC and in LibreOffice. */
    static final String FONT = "Times New Roman";

    final CellStyle header;
    final CellStyle label;
    final CellStyle text;
    final CellStyle textCentered;
    final CellStyle number;
    final CellStyle date;
    final CellStyle money;
    final CellStyle highlighted;
    final CellStyle highlightedDate;
    final CellStyle highlightedNumber;
    final CellStyle noLevel;
    final CellStyle formula;
    final CellStyle hint;
    final CellStyle title;
    final CellStyle heading;
    final CellStyle paragraph;

    TemplateStyles(Workbook wb) {
        defaultFont(wb);
        Font bold = wb.createFont();
        bold.setFontName(FONT);
        bold.setFontHeightInPoints((short) 12);
        bold.setBold(true);
        Font big = wb.createFont();
        big.setFontName(FONT);
        big.setFontHeightInPoints((short) 14);
        big.setBold(true);
        Font italic = wb.createFont();
        italic.setFontName(FONT);
        italic.setFontHeightInPoints((short) 11);
        italic.setItalic(true);
        short textFormat = wb.createDataFormat().getFormat("@");

        header = bordered(wb, true);
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        fill(header, IndexedColors.PALE_BLUE);

        label = bordered(wb, true);
        label.setFont(bold);

        text = bordered(wb, false);
        text.setDataFormat(textFormat);
        textCentered = bordered(wb, false);
        textCentered.setDataFormat(textFormat);
        textCentered.setAlignment(HorizontalAlignment.CENTER);
        number = bordered(wb, false);
        number.setAlignment(HorizontalAlignment.CENTER);
        date = bordered(wb, false);
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        money = bordered(wb, false);
        money.setDataFormat(wb.createDataFormat().getFormat("#,##0"));

        highlighted = bordered(wb, false);
        highlighted.setDataFormat(textFormat);
        fill(highlighted, IndexedColors.LIGHT_YELLOW);
        highlightedDate = bordered(wb, false);
        highlightedDate.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        fill(highlightedDate, IndexedColors.LIGHT_YELLOW);
        highlightedNumber = bordered(wb, false);
        highlightedNumber.setAlignment(HorizontalAlignment.LEFT);
        fill(highlightedNumber, IndexedColors.LIGHT_YELLOW);

        noLevel = bordered(wb, true);
        noLevel.setAlignment(HorizontalAlignment.CENTER);
        fill(noLevel, IndexedColors.GREY_25_PERCENT);

        formula = bordered(wb, false);
        formula.setAlignment(HorizontalAlignment.CENTER);
        formula.setFont(bold);
        fill(formula, IndexedColors.LIGHT_GREEN);

        hint = bordered(wb, true);
        hint.setFont(italic);

        title = wb.createCellStyle();
        title.setFont(big);
        heading = wb.createCellStyle();
        heading.setFont(bold);
        heading.setWrapText(true);
        paragraph = wb.createCellStyle();
        paragraph.setWrapText(true);
        paragraph.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /**
     * Makes font 0 Times New Roman 12. POI's default font follows the theme ("minor" scheme = Calibri),
     * which LibreOffice and Excel honour over the font name, so the scheme is removed.
     */
    public static void defaultFont(Workbook wb) {
        Font base = wb.getFontAt(0);
        base.setFontName(FONT);
        base.setFontHeightInPoints((short) 12);
        if (base instanceof XSSFFont x) {
            x.setScheme(FontScheme.NONE);
            x.setFamily(FontFamily.ROMAN);
        }
    }

    /** Thin borders all round, wrapped, top-aligned: the table cell of every sheet kdcl writes. */
    public static CellStyle bordered(Workbook wb, boolean locked) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setLocked(locked);
        return s;
    }

    private static void fill(CellStyle s, IndexedColors color) {
        s.setFillForegroundColor(color.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
