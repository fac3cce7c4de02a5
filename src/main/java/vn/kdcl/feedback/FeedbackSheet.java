package vn.kdcl.feedback;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import vn.kdcl.check.Finding;
import vn.kdcl.check.Severity;

/**
 * Writes the "Phản hồi" sheet: a header saying which file, school and year, what happened and what to
 * do, then one row per finding (errors first) with an internal link to the cell it names.
 */
final class FeedbackSheet {

    private static final String FONT = "Times New Roman";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Column widths in characters: Mã lỗi, Mức độ, Trang tính, Ô, Nội dung. */
    private static final int[] WIDTHS = {11, 11, 22, 8, 85};
    private static final int MESSAGE_COL = 4;
    private static final float LINE_POINTS = 15f;

    private final Workbook wb;
    private final ZoneId zone;
    private final CellStyle title;
    private final CellStyle label;
    private final CellStyle value;
    private final CellStyle wrapped;
    private final CellStyle strongRed;
    private final CellStyle strongGreen;
    private final CellStyle header;
    private final CellStyle plain;
    private final CellStyle link;
    private final Map<Severity, CellStyle> severityStyles = new EnumMap<>(Severity.class);
    private int headerRow = -1;

    FeedbackSheet(Workbook wb, ZoneId zone) {
        this.wb = wb;
        this.zone = zone;
        title = style(font(true, false, 14, IndexedColors.BLACK), false, false);
        label = style(font(true, false, 11, IndexedColors.BLACK), false, false);
        value = style(font(false, false, 11, IndexedColors.BLACK), false, false);
        wrapped = style(font(false, false, 11, IndexedColors.BLACK), true, false);
        strongRed = style(font(true, false, 11, IndexedColors.RED), true, false);
        strongGreen = style(font(true, false, 11, IndexedColors.GREEN), true, false);
        header = style(font(true, false, 11, IndexedColors.BLACK), true, true);
        header.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        plain = style(font(false, false, 11, IndexedColors.BLACK), true, true);
        link = style(font(false, true, 11, IndexedColors.BLUE), true, true);
        for (Severity s : Severity.values()) {
            CellStyle st = style(font(s == Severity.ERROR, false, 11, IndexedColors.BLACK), true, true);
            SeverityFill.apply(st, s);
            severityStyles.put(s, st);
        }
    }

    /**
     * Adds the sheet (last; the caller moves it first).
     *
     * @param targets   where each finding points, in the order of {@code in.findings()}
     * @param annotated true when the school's own sheets follow with highlighted cells
     */
    Sheet build(FeedbackInput in, List<Target> targets, boolean annotated) {
        Sheet sheet = wb.createSheet(FeedbackTexts.SHEET);
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        int totalWidth = IntStream.of(WIDTHS).sum();
        int valueWidth = totalWidth - WIDTHS[0] - WIDTHS[1];
        int r = 0;
        Row t = sheet.createRow(r);
        t.setHeightInPoints(24);
        put(t, 0, FeedbackTexts.TITLE, title);
        merge(sheet, r, 0, 4);
        r += 2;
        r = field(sheet, r, FeedbackTexts.LABEL_FILE, in.fileName(), value, valueWidth);
        r = field(sheet, r, FeedbackTexts.LABEL_SCHOOL, school(in), value, valueWidth);
        r = field(sheet, r, FeedbackTexts.LABEL_YEAR, orUnknown(in.schoolYear()), value, valueWidth);
        r = field(sheet, r, FeedbackTexts.LABEL_DATE, DATE.format(in.checkedAt().atZone(zone)), value, valueWidth);
        r = field(sheet, r, FeedbackTexts.LABEL_RESULT,
                in.rejected() ? FeedbackTexts.RESULT_REJECTED : FeedbackTexts.RESULT_ACCEPTED,
                in.rejected() ? strongRed : strongGreen, valueWidth);
        r = field(sheet, r, FeedbackTexts.LABEL_COUNTS, FeedbackTexts.counts(count(in, Severity.ERROR),
                count(in, Severity.WARNING), count(in, Severity.INFO)), value, valueWidth);
        String todo = !in.rejected() ? annotated ? FeedbackTexts.TODO_ACCEPTED : FeedbackTexts.TODO_ACCEPTED_LIST
                : annotated ? FeedbackTexts.TODO_REJECTED_ANNOTATED : FeedbackTexts.TODO_REJECTED_UNREADABLE;
        r = field(sheet, r, FeedbackTexts.LABEL_TODO, todo, wrapped, valueWidth);
        List<String> hints = hints(in);
        for (int i = 0; i < hints.size(); i++) {
            r = field(sheet, r, i == 0 ? FeedbackTexts.HINTS_TITLE : "", "• " + hints.get(i), wrapped, valueWidth);
        }
        r++;

        int headerRow = r;
        Row h = sheet.createRow(r++);
        for (int i = 0; i < FeedbackTexts.HEADERS.size(); i++) {
            put(h, i, FeedbackTexts.HEADERS.get(i), header);
        }
        for (int i : order(in.findings())) {
            Finding f = in.findings().get(i);
            Target target = targets.get(i);
            Row row = sheet.createRow(r++);
            put(row, 0, f.code(), plain);
            put(row, 1, FeedbackTexts.severity(f.severity()), severityStyles.get(f.severity()));
            Cell sheetCell = put(row, 2, target.sheet() == null ? "" : target.sheet(), plain);
            Cell cellCell = put(row, 3, target.cell() == null ? "" : target.cell(), plain);
            put(row, MESSAGE_COL, f.message() == null ? "" : f.message(), plain);
            if (target.link() != null) {
                Cell at = target.cell() != null ? cellCell : sheetCell;
                Hyperlink l = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                l.setAddress(target.link());
                at.setHyperlink(l);
                at.setCellStyle(link);
            }
            row.setHeightInPoints(LINE_POINTS * Math.max(lines(f.message(), WIDTHS[MESSAGE_COL]),
                    lines(target.sheet(), WIDTHS[2])) + 3);
        }

        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        // .xls: without automatic page breaks LibreOffice ignores "fit to one page wide".
        sheet.setAutobreaks(true);
        this.headerRow = headerRow;
        sheet.getFooter().setCenter(FeedbackTexts.SHEET + " - Trang &P/&N");
        return sheet;
    }

    /**
     * Repeats the table header on every printed page. Call once the sheet is in its final place: HSSF
     * print titles are names that moving sheets would break.
     */
    void repeatHeader(Sheet sheet) {
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
    }

    /** Errors first, then warnings, then information; otherwise as found. */
    private static List<Integer> order(List<Finding> findings) {
        return IntStream.range(0, findings.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> findings.get(i).severity())).toList();
    }

    private static List<String> hints(FeedbackInput in) {
        if (!in.rejected()) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        in.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::code)
                .filter(FeedbackTexts.HINTS::containsKey).forEach(codes::add);
        List<String> hints = new ArrayList<>();
        codes.forEach(c -> hints.add(FeedbackTexts.HINTS.get(c)));
        return hints;
    }

    private int field(Sheet sheet, int r, String name, String text, CellStyle style, int width) {
        Row row = sheet.createRow(r);
        put(row, 0, name, label);
        merge(sheet, r, 0, 1);
        put(row, 2, text, style);
        merge(sheet, r, 2, 4);
        // Merged cells are never auto-fitted, by Excel or LibreOffice: size the row from the text.
        row.setHeightInPoints(LINE_POINTS * lines(text, width) + 3);
        return r + 1;
    }

    private static void merge(Sheet sheet, int row, int first, int last) {
        sheet.addMergedRegion(new CellRangeAddress(row, row, first, last));
    }

    private static Cell put(Row row, int col, String text, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(text);
        c.setCellStyle(style);
        return c;
    }

    /** Estimated wrapped line count; Times New Roman 11 fits about 1.2 characters per width unit (measured in LibreOffice). */
    static int lines(String text, int widthChars) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int perLine = Math.max(1, (int) (widthChars * 1.2));
        int n = 0;
        for (String para : text.split("\n")) {
            n += Math.max(1, (para.length() + perLine - 1) / perLine);
        }
        return n;
    }

    private static long count(FeedbackInput in, Severity s) {
        return in.findings().stream().filter(f -> f.severity() == s).count();
    }

    private static String school(FeedbackInput in) {
        String name = in.schoolName() == null || in.schoolName().isBlank() ? null : in.schoolName().strip();
        String code = in.schoolCode() == null || in.schoolCode().isBlank() ? null : in.schoolCode().strip();
        if (name == null && code == null) {
            return FeedbackTexts.UNKNOWN;
        }
        return name == null ? "Mã trường " + code : code == null ? name : name + " (mã " + code + ")";
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? FeedbackTexts.UNKNOWN : s;
    }

    private Font font(boolean bold, boolean underline, int points, IndexedColors colour) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        if (underline) {
            f.setUnderline(Font.U_SINGLE);
        }
        f.setColor(colour.getIndex());
        return f;
    }

    private CellStyle style(Font font, boolean wrap, boolean border) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setWrapText(wrap);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
}
