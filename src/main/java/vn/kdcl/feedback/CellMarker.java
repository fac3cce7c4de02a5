package vn.kdcl.feedback;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellComments;

import vn.kdcl.check.Finding;
import vn.kdcl.check.Severity;

/**
 * Highlights the cells that findings name and attaches one comment per cell holding all its
 * messages. Highlight styles are clones of the cell's own style (borders, fonts and number formats
 * kept) with a fill, cached per (original style, severity) so that a workbook gets at most three
 * new styles per style it already uses.
 */
final class CellMarker {

    private static final Pattern A1 = Pattern.compile("\\$?([A-Za-z]{1,3})\\$?([0-9]{1,7})");
    /** Comment box size in cells; Excel shows it on hover, LibreOffice too. */
    private static final int BOX_COLUMNS = 4;
    private static final int CHARS_PER_BOX_LINE = 45;

    private final Workbook wb;
    private final CreationHelper helper;
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final Map<Sheet, List<CellRangeAddress>> merges = new HashMap<>();

    CellMarker(Workbook wb) {
        this.wb = wb;
        this.helper = wb.getCreationHelper();
    }

    /** Marks the workbook; returns, in the order of {@code findings}, where each one points. */
    List<Target> mark(List<Finding> findings) {
        List<Target> targets = new ArrayList<>(findings.size());
        // Cells to mark, keyed by sheet index and address, each with its findings in input order.
        Map<Spot, List<Finding>> spots = new LinkedHashMap<>();
        for (Finding f : findings) {
            Sheet sheet = f.sheet() == null ? null : findSheet(f.sheet());
            if (sheet == null) {
                targets.add(new Target(f.sheet(), f.cell(), null, false));
                continue;
            }
            CellAddress addr = parse(f.cell());
            if (addr == null) {
                // A finding about a whole sheet: link to its top, mark nothing.
                targets.add(new Target(sheet.getSheetName(), f.cell(), Target.address(sheet.getSheetName(), "A1"), false));
                continue;
            }
            CellAddress shown = topLeftOfMerge(sheet, addr);
            spots.computeIfAbsent(new Spot(wb.getSheetIndex(sheet), shown.getRow(), shown.getColumn()),
                    k -> new ArrayList<>()).add(f);
            targets.add(new Target(sheet.getSheetName(), addr.formatAsString(),
                    Target.address(sheet.getSheetName(), addr.formatAsString()), true));
        }
        // Left to right within a row, so that a comment's temporary anchor cell is never already taken by us.
        spots.entrySet().stream().sorted(Map.Entry.comparingByKey(Spot.ORDER))
                .forEach(e -> markCell(e.getKey(), e.getValue()));
        return targets;
    }

    /** Removes comments an earlier feedback left, so that a re-sent feedback workbook is not annotated twice. */
    void removeOwnComments() {
        for (Sheet sheet : wb) {
            for (Map.Entry<CellAddress, ? extends Comment> e : new ArrayList<>(sheet.getCellComments().entrySet())) {
                if (FeedbackTexts.AUTHOR.equals(e.getValue().getAuthor())) {
                    Row row = sheet.getRow(e.getKey().getRow());
                    Cell cell = row == null ? null : row.getCell(e.getKey().getColumn());
                    if (cell != null) {
                        cell.removeCellComment();
                    }
                }
            }
        }
    }

    private void markCell(Spot spot, List<Finding> findings) {
        Sheet sheet = wb.getSheetAt(spot.sheet());
        Row row = sheet.getRow(spot.row());
        if (row == null) {
            row = sheet.createRow(spot.row());
        }
        Cell cell = row.getCell(spot.col());
        if (cell == null) {
            cell = row.createCell(spot.col());
            CellStyle inherited = row.isFormatted() ? row.getRowStyle() : sheet.getColumnStyle(spot.col());
            if (inherited != null) {
                cell.setCellStyle(inherited);
            }
        }
        Severity worst = findings.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElseThrow();
        cell.setCellStyle(highlight(cell.getCellStyle(), worst));
        comment(sheet, cell, text(findings));
        printCommentsAtEnd(sheet);
    }

    /**
     * Comments are shown beside their cells and printed as displayed, so that a school reading the
     * feedback on paper or as a PDF sees each message next to the cell (LibreOffice ignores "print
     * comments at end"; it does print displayed comments).
     */
    private static void printCommentsAtEnd(Sheet sheet) {
        if (sheet instanceof XSSFSheet x) {
            x.getPrintSetup(); // creates the pageSetup element
            x.getCTWorksheet().getPageSetup().setCellComments(STCellComments.AS_DISPLAYED);
        }
    }

    private CellStyle highlight(CellStyle original, Severity severity) {
        return styles.computeIfAbsent(original.getIndex() + "/" + severity, k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(original);
            SeverityFill.apply(s, severity);
            return s;
        });
    }

    private void comment(Sheet sheet, Cell cell, String text) {
        Comment existing = cell.getCellComment();
        if (existing != null) {
            String old = existing.getString() == null ? "" : existing.getString().getString();
            String merged = FeedbackTexts.AUTHOR.equals(existing.getAuthor()) || old.isBlank()
                    ? text : text + "\n\n— Ghi chú của trường: " + old;
            existing.setString(helper.createRichTextString(merged));
            existing.setAuthor(FeedbackTexts.AUTHOR);
            existing.setVisible(true);
            return;
        }
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        int r = cell.getRowIndex();
        int c = cell.getColumnIndex();
        // XSSF ties a new comment to the anchor's first cell: start the box right of the cell unless that
        // cell has a comment of its own; setCellComment then moves the comment to our cell.
        int firstCol = sheet.getCellComment(new CellAddress(r, c + 1)) == null ? c + 1 : c;
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(firstCol);
        anchor.setRow1(r);
        anchor.setCol2(firstCol + BOX_COLUMNS);
        anchor.setRow2(r + boxLines(text) + 1);
        Comment comment = drawing.createCellComment(anchor);
        RichTextString rich = helper.createRichTextString(text);
        comment.setString(rich);
        comment.setAuthor(FeedbackTexts.AUTHOR);
        comment.setVisible(true);
        cell.setCellComment(comment);
    }

    static String text(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append('[').append(f.code()).append("] ").append(FeedbackTexts.severity(f.severity())).append(": ")
                    .append(f.message() == null ? "" : f.message());
        }
        return sb.toString();
    }

    private static int boxLines(String text) {
        int lines = 0;
        for (String para : text.split("\n")) {
            lines += Math.max(1, (para.length() + CHARS_PER_BOX_LINE - 1) / CHARS_PER_BOX_LINE);
        }
        return Math.min(lines + 1, 25);
    }

    /** The sheet a finding names: exactly, else ignoring Unicode form, spacing and case. */
    private Sheet findSheet(String name) {
        Sheet exact = wb.getSheet(name);
        if (exact != null) {
            return exact;
        }
        String wanted = key(name);
        for (Sheet s : wb) {
            if (key(s.getSheetName()).equals(wanted)) {
                return s;
            }
        }
        return null;
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    }

    /** An A1 reference ("H3", "$H$3", the first cell of "H3:J5"), or null when absent or beyond the sheet. */
    private CellAddress parse(String cell) {
        if (cell == null) {
            return null;
        }
        String ref = cell.strip();
        int bang = ref.lastIndexOf('!');
        if (bang >= 0) {
            ref = ref.substring(bang + 1);
        }
        int colon = ref.indexOf(':');
        if (colon >= 0) {
            ref = ref.substring(0, colon);
        }
        Matcher m = A1.matcher(ref);
        if (!m.matches()) {
            return null;
        }
        int col = CellReference.convertColStringToIndex(m.group(1).toUpperCase(Locale.ROOT));
        long row = Long.parseLong(m.group(2)) - 1;
        if (row < 0 || row >= wb.getSpreadsheetVersion().getMaxRows()
                || col < 0 || col >= wb.getSpreadsheetVersion().getMaxColumns()) {
            return null;
        }
        return new CellAddress((int) row, col);
    }

    /** Only the first cell of a merged range shows a fill and a comment. */
    private CellAddress topLeftOfMerge(Sheet sheet, CellAddress addr) {
        for (CellRangeAddress range : merges.computeIfAbsent(sheet, Sheet::getMergedRegions)) {
            if (range.isInRange(addr.getRow(), addr.getColumn())) {
                return new CellAddress(range.getFirstRow(), range.getFirstColumn());
            }
        }
        return addr;
    }

    private record Spot(int sheet, int row, int col) {
        static final Comparator<Spot> ORDER = Comparator.comparingInt(Spot::sheet).thenComparingInt(Spot::row)
                .thenComparingInt(Spot::col);
    }
}
