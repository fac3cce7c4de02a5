package vn.kdcl.ingest.read;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes OpenDocument spreadsheets for tests, the way LibreOffice Calc writes them: runs of empty cells and
 * rows as one element with a repeat count (the sheet's tail one row "repeated" a million times), merged
 * cells as a span followed by covered cells, runs of spaces as {@code <text:s>}, lines as paragraphs,
 * dates as ISO values, formulas with their result. {@link #write(Workbook, Path)} converts a POI-built
 * workbook, so a test can read the same content as .xlsx and as .ods.
 */
public final class OdsBooks {

    static final String MIME = "application/vnd.oasis.opendocument.spreadsheet";
    private static final int COLUMNS = 1024;
    private static final int ROWS = 1_048_576;

    private OdsBooks() {
    }

    /** content.xml around the given {@code <table:table>} elements (table style ta1 shows a sheet, ta2 hides it). */
    static String content(String tables) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
                xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
                xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
                xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
                xmlns:dc="http://purl.org/dc/elements/1.1/" \
                xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" \
                xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.3">\
                <office:automatic-styles>\
                <style:style style:name="co1" style:family="table-column"><style:table-column-properties/></style:style>\
                <style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>\
                <style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>\
                </office:automatic-styles><office:body><office:spreadsheet>\
                <table:calculation-settings table:automatic-find-labels="false"/>\
                """ + tables + "</office:spreadsheet></office:body></office:document-content>";
    }

    /** An .ods package: mimetype first and stored, as ODF requires, then the manifest and content.xml. */
    static Path write(Path file, String mimetype, String manifestExtra, byte[] content) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mime = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
                     <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>
                     <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">%s</manifest:file-entry>
                    </manifest:manifest>
                    """.formatted(mimetype, manifestExtra)).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content);
            zip.closeEntry();
        }
        return file;
    }

    static Path write(Path file, String contentXml) throws IOException {
        return write(file, MIME, "", contentXml.getBytes(StandardCharsets.UTF_8));
    }

    /** The POI workbook as an .ods file with the same sheets, cells, merges and hidden sheets. */
    public static Path write(Workbook wb, Path file) throws IOException {
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        StringBuilder x = new StringBuilder();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet sheet = wb.getSheetAt(i);
            boolean hidden = wb.isSheetHidden(i) || wb.isSheetVeryHidden(i);
            x.append("<table:table table:name=\"").append(escape(sheet.getSheetName()))
                    .append("\" table:style-name=\"").append(hidden ? "ta2" : "ta1").append("\">")
                    .append("<table:table-column table:style-name=\"co1\" table:number-columns-repeated=\"")
                    .append(COLUMNS).append("\"/>");
            int emptyRows = 0;
            int last = Math.max(sheet.getLastRowNum(), lastMergedRow(sheet));
            for (int r = 0; r <= last; r++) {
                String cells = row(sheet, r, evaluator);
                if (cells == null) {
                    emptyRows++;
                    continue;
                }
                emptyRows(x, emptyRows);
                emptyRows = 0;
                x.append("<table:table-row>").append(cells).append("</table:table-row>");
            }
            emptyRows(x, emptyRows + ROWS - last - 1);
            x.append("</table:table>");
        }
        return write(file, content(x.toString()));
    }

    private static void emptyRows(StringBuilder x, int n) {
        if (n > 0) {
            x.append("<table:table-row table:number-rows-repeated=\"").append(n)
                    .append("\"><table:table-cell table:number-columns-repeated=\"").append(COLUMNS)
                    .append("\"/></table:table-row>");
        }
    }

    private static int lastMergedRow(Sheet sheet) {
        return sheet.getMergedRegions().stream().mapToInt(CellRangeAddress::getLastRow).max().orElse(-1);
    }

    /** The cells of one row, or null when it has none (and is covered by no merge). */
    private static String row(Sheet sheet, int r, FormulaEvaluator evaluator) {
        Row row = sheet.getRow(r);
        int width = row == null ? 0 : Math.max(row.getLastCellNum(), 0);
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.getFirstRow() <= r && r <= m.getLastRow()) {
                width = Math.max(width, m.getLastColumn() + 1);
            }
        }
        if (width == 0) {
            return null;
        }
        StringBuilder x = new StringBuilder();
        boolean any = false;
        int empty = 0;
        int covered = 0;
        for (int c = 0; c < width; c++) {
            CellRangeAddress merge = mergeAt(sheet, r, c);
            boolean isCovered = merge != null && !(merge.getFirstRow() == r && merge.getFirstColumn() == c);
            if (isCovered) {
                empties(x, empty);
                empty = 0;
                covered++;
                any = true;
                continue;
            }
            coveredCells(x, covered);
            covered = 0;
            String cell = cell(row == null ? null : row.getCell(c), merge, evaluator);
            if (cell == null) {
                empty++;
                continue;
            }
            empties(x, empty);
            empty = 0;
            x.append(cell);
            any = true;
        }
        coveredCells(x, covered);
        empties(x, empty + COLUMNS - width);
        return any ? x.toString() : null;
    }

    private static void empties(StringBuilder x, int n) {
        if (n == 1) {
            x.append("<table:table-cell/>");
        } else if (n > 1) {
            x.append("<table:table-cell table:number-columns-repeated=\"").append(n).append("\"/>");
        }
    }

    private static void coveredCells(StringBuilder x, int n) {
        if (n == 1) {
            x.append("<table:covered-table-cell/>");
        } else if (n > 1) {
            x.append("<table:covered-table-cell table:number-columns-repeated=\"").append(n).append("\"/>");
        }
    }

    private static CellRangeAddress mergeAt(Sheet sheet, int r, int c) {
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.isInRange(r, c)) {
                return m;
            }
        }
        return null;
    }

    private static String cell(Cell cell, CellRangeAddress merge, FormulaEvaluator evaluator) {
        if (cell == null) {
            return merge == null ? null : "<table:table-cell" + span(merge) + "/>";
        }
        CellType type = cell.getCellType();
        String formula = "";
        if (type == CellType.FORMULA) {
            formula = " table:formula=\"of:=" + escape(cell.getCellFormula()) + "\"";
            type = evaluator.evaluateFormulaCell(cell);
        }
        String attrs;
        String shown;
        switch (type) {
            case STRING -> {
                String s = cell.getStringCellValue();
                if (s.isEmpty()) {
                    return merge == null ? null : "<table:table-cell" + span(merge) + "/>";
                }
                attrs = " office:value-type=\"string\" calcext:value-type=\"string\"";
                shown = s;
            }
            case NUMERIC -> {
                double d = cell.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDate day = cell.getLocalDateTimeCellValue().toLocalDate();
                    attrs = " office:value-type=\"date\" office:date-value=\"" + day + "\" calcext:value-type=\"date\"";
                    shown = Cells.dateText(day);
                } else {
                    String v = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
                    attrs = " office:value-type=\"float\" office:value=\"" + v + "\" calcext:value-type=\"float\"";
                    shown = v;
                }
            }
            case BOOLEAN -> {
                attrs = " office:value-type=\"boolean\" office:boolean-value=\"" + cell.getBooleanCellValue()
                        + "\" calcext:value-type=\"boolean\"";
                shown = cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            }
            default -> {
                return merge == null ? null : "<table:table-cell" + span(merge) + "/>";
            }
        }
        return "<table:table-cell" + formula + span(merge) + attrs + ">" + paragraphs(shown) + "</table:table-cell>";
    }

    private static String span(CellRangeAddress merge) {
        if (merge == null) {
            return "";
        }
        return " table:number-columns-spanned=\"" + (merge.getLastColumn() - merge.getFirstColumn() + 1)
                + "\" table:number-rows-spanned=\"" + (merge.getLastRow() - merge.getFirstRow() + 1) + "\"";
    }

    /** One paragraph per line; a run of spaces is one space and a {@code <text:s>} for the rest. */
    static String paragraphs(String text) {
        StringBuilder x = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            x.append("<text:p>");
            int i = 0;
            while (i < line.length()) {
                char ch = line.charAt(i);
                if (ch == ' ' && (i == 0 || line.charAt(i - 1) == ' ' || i + 1 < line.length() && line.charAt(i + 1) == ' ')) {
                    int j = i;
                    while (j < line.length() && line.charAt(j) == ' ') {
                        j++;
                    }
                    int n = j - i;
                    if (i > 0) {
                        x.append(' ');
                        n--;
                    }
                    if (n > 0) {
                        x.append(n == 1 ? "<text:s/>" : "<text:s text:c=\"" + n + "\"/>");
                    }
                    i = j;
                } else {
                    x.append(escape(String.valueOf(ch)));
                    i++;
                }
            }
            x.append("</text:p>");
        }
        return x.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
