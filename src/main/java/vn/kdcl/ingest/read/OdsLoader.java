package vn.kdcl.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads OpenDocument spreadsheets (.ods, LibreOffice Calc's own format, also written by WPS and Excel)
 * into the same {@link SheetGrid}s as the Excel loaders, with one StAX pass over {@code content.xml}.
 *
 * <p>What ODF does differently: one part holds every sheet; empty and identical cells and rows are
 * written once with a repeat count (a sheet's tail is one row "repeated 1,048,000 times"), so repeats of
 * empty cells only move the position; merged cells are a span on the first cell followed by
 * {@code covered-table-cell}s; a cell's text is its paragraphs, with runs of spaces as {@code <text:s>};
 * comments and drawings inside a cell carry paragraphs of their own, which are not the cell's text.
 * Formulas always come with their last result. A password-protected file is recognised from its manifest.
 */
final class OdsLoader {

    private static final XMLInputFactory XML = XlsxLoader.xmlFactory();
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

    private final ReadLimits limits;

    OdsLoader(ReadLimits limits) {
        this.limits = limits;
    }

    LoadedWorkbook load(ZipFile zip) throws IOException {
        return load(zip, SheetFilter::load);
    }

    /** Reads the sheets that {@code sheets} accepts by (cleaned) name and hidden flag. */
    LoadedWorkbook load(ZipFile zip, BiPredicate<String, Boolean> sheets) throws IOException {
        if (encrypted(zip)) {
            throw new EncryptedDocumentException("OpenDocument file is encrypted");
        }
        ZipEntry content = zip.getEntry("content.xml");
        if (content == null) {
            throw new IOException("thiếu phần content.xml");
        }
        try (InputStream in = ZipGuard.open(zip, content)) {
            return new ContentParser(XML.createXMLStreamReader(in), sheets).parse();
        } catch (XMLStreamException e) {
            String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
            throw new IOException("nội dung XML hỏng" + message, e);
        }
    }

    /** A password-protected ODF package lists its encrypted parts in the manifest. */
    private static boolean encrypted(ZipFile zip) throws IOException {
        ZipEntry manifest = zip.getEntry("META-INF/manifest.xml");
        if (manifest == null) {
            return false;
        }
        try (InputStream in = ZipGuard.open(zip, manifest)) {
            // the manifest names each part once; a few hundred KB even for files full of images
            String text = new String(in.readNBytes(4 << 20), StandardCharsets.UTF_8);
            return text.contains("encryption-data");
        }
    }

    /** One pass over content.xml: table styles (which sheets are hidden), then the tables. */
    private final class ContentParser {

        private final XMLStreamReader x;
        private final BiPredicate<String, Boolean> sheets;
        private final Set<String> hiddenTableStyles = new HashSet<>();
        private final List<SheetGrid> grids = new ArrayList<>();
        private int tableIndex;

        ContentParser(XMLStreamReader x, BiPredicate<String, Boolean> sheets) {
            this.x = x;
            this.sheets = sheets;
        }

        LoadedWorkbook parse() throws XMLStreamException {
            try {
                while (x.hasNext()) {
                    if (x.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String local = x.getLocalName();
                    if ("style".equals(local) && STYLE.equals(x.getNamespaceURI())) {
                        tableStyle();
                    } else if ("table".equals(local) && TABLE.equals(x.getNamespaceURI())) {
                        table();
                    }
                }
            } finally {
                x.close();
            }
            return new LoadedWorkbook(grids, List.of());
        }

        /** Remembers table styles that hide their sheet ({@code table:display="false"}). */
        private void tableStyle() throws XMLStreamException {
            String name = x.getAttributeValue(STYLE, "name");
            boolean table = "table".equals(x.getAttributeValue(STYLE, "family"));
            int depth = 1;
            while (depth > 0) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (table && name != null && "table-properties".equals(x.getLocalName())
                            && "false".equals(x.getAttributeValue(TABLE, "display"))) {
                        hiddenTableStyles.add(name);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        private void table() throws XMLStreamException {
            int index = tableIndex++;
            String name = Cells.clean(x.getAttributeValue(TABLE, "name"));
            String style = x.getAttributeValue(TABLE, "style-name");
            boolean hidden = style != null && hiddenTableStyles.contains(style);
            if (!sheets.test(name, hidden)) {
                skipElement();
                return;
            }
            SheetGrid grid = new SheetGrid(name, hidden, index);
            int row = 0;
            int depth = 1;
            while (depth > 0) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = x.getLocalName();
                    if ("table-row".equals(local) && TABLE.equals(x.getNamespaceURI())) {
                        row = row(grid, row);
                    } else if (("shapes".equals(local) || "table-source".equals(local)
                            || "scenario".equals(local)) && TABLE.equals(x.getNamespaceURI())) {
                        skipElement(); // drawings and links have paragraphs that are no cell's text
                    } else {
                        depth++; // row groups, header rows, columns: containers to walk through
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            grids.add(grid);
        }

        /** Reads one table-row (and its repeats); returns the index of the next row. */
        private int row(SheetGrid grid, int row) throws XMLStreamException {
            int repeat = positive(x.getAttributeValue(TABLE, "number-rows-repeated"));
            List<Placed> cells = new ArrayList<>();
            int col = 0;
            while (true) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = x.getLocalName();
                    boolean covered = "covered-table-cell".equals(local);
                    if (("table-cell".equals(local) || covered) && TABLE.equals(x.getNamespaceURI())) {
                        col = cell(grid, cells, row, col, covered);
                    } else {
                        skipElement();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
            }
            if (cells.isEmpty()) {
                // empty rows only move the position, however many (bounded: a forged file cannot wrap it around)
                return (int) Math.min((long) row + repeat, Integer.MAX_VALUE / 2);
            }
            if ((long) row + repeat > limits.maxRows()) {
                throw new XlsxLoader.LimitExceededException("trang tính “" + grid.name() + "” có hơn "
                        + limits.maxRows() + " dòng");
            }
            for (int r = row; r < row + repeat; r++) {
                for (Placed p : cells) {
                    CellValue v = p.value();
                    grid.put(r, p.col(), r == row ? v : new CellValue(v.text(), v.number(), v.date(), v.sheet(),
                            Cells.ref(r, p.col())));
                    if (p.rowSpan() > 1 || p.colSpan() > 1) {
                        grid.addMerge(r, p.col(), r + p.rowSpan() - 1, p.col() + p.colSpan() - 1);
                    }
                }
            }
            return row + repeat;
        }

        private record Placed(int col, CellValue value, int rowSpan, int colSpan) {
        }

        /** Reads one cell element to its end; returns the column after it (and its repeats). */
        private int cell(SheetGrid grid, List<Placed> cells, int row, int col, boolean covered)
                throws XMLStreamException {
            int repeat = positive(x.getAttributeValue(TABLE, "number-columns-repeated"));
            int rowSpan = positive(x.getAttributeValue(TABLE, "number-rows-spanned"));
            int colSpan = positive(x.getAttributeValue(TABLE, "number-columns-spanned"));
            String type = x.getAttributeValue(OFFICE, "value-type");
            String value = x.getAttributeValue(OFFICE, "value");
            String dateValue = x.getAttributeValue(OFFICE, "date-value");
            String booleanValue = x.getAttributeValue(OFFICE, "boolean-value");
            String stringValue = x.getAttributeValue(OFFICE, "string-value");
            String text = paragraphs();
            int next = (int) Math.min((long) col + repeat, Integer.MAX_VALUE);
            // a covered cell belongs to the merge before it; whatever it holds is hidden in every spreadsheet program
            if (covered) {
                return next;
            }
            for (int c = col; c < Math.min(next, Cells.MAX_COLUMNS); c++) {
                CellValue v = convert(type, value, dateValue, booleanValue, text == null ? stringValue : text,
                        grid.name(), row, c);
                if (v == null) {
                    break;
                }
                cells.add(new Placed(c, v, rowSpan, colSpan));
            }
            return next;
        }

        /** The cell's own paragraphs, one line each; paragraphs of comments and drawings are skipped. */
        private String paragraphs() throws XMLStreamException {
            StringBuilder sb = null;
            int depth = 1;
            while (depth > 0) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    // paragraphs, and headings (text:h), which some producers write for bold titles
                    if (("p".equals(x.getLocalName()) || "h".equals(x.getLocalName())) && TEXT.equals(x.getNamespaceURI())) {
                        sb = sb == null ? new StringBuilder() : sb.append('\n');
                        paragraph(sb);
                    } else {
                        skipElement(); // office:annotation, draw:frame, text:list …
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return sb == null ? null : sb.toString();
        }

        /** The text of one paragraph with its spans, links and explicit spaces, tabs and line breaks. */
        private void paragraph(StringBuilder sb) throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = x.next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        // ODF collapses white space in paragraphs: layout line breaks are spaces
                        int start = sb.length();
                        sb.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
                        for (int i = start; i < sb.length(); i++) {
                            char ch = sb.charAt(i);
                            if (ch == '\n' || ch == '\r' || ch == '\t') {
                                sb.setCharAt(i, ' ');
                            }
                        }
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        String local = x.getLocalName();
                        if (!TEXT.equals(x.getNamespaceURI())) {
                            skipElement();
                        } else if ("s".equals(local)) {
                            int n = Math.min(positive(x.getAttributeValue(TEXT, "c")), 1_000);
                            sb.append(" ".repeat(n));
                            depth++;
                        } else if ("tab".equals(local)) {
                            sb.append(' ');
                            depth++;
                        } else if ("line-break".equals(local)) {
                            sb.append('\n');
                            depth++;
                        } else if ("note".equals(local)) {
                            skipElement(); // footnotes are not the cell's text
                        } else {
                            depth++; // span, a, and other inline wrappers
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    default -> {
                    }
                }
            }
        }

        /** A cell as the Excel loaders give it: numbers and dates typed, everything else as its text. */
        private static CellValue convert(String type, String value, String dateValue, String booleanValue,
                                         String text, String sheet, int row, int col) {
            if (type != null) {
                switch (type) {
                    case "float", "percentage", "currency" -> {
                        Double d = number(value);
                        if (d != null) {
                            return Cells.number(d, sheet, row, col);
                        }
                    }
                    case "date" -> {
                        LocalDate d = Cells.isoDay(dateValue);
                        if (d != null) {
                            return Cells.date(DateUtil.getExcelDate(d, false), d, sheet, row, col);
                        }
                    }
                    case "boolean" -> {
                        if (booleanValue != null) {
                            return Cells.text("true".equals(booleanValue) ? "TRUE" : "FALSE", sheet, row, col);
                        }
                    }
                    default -> {
                        // string, time, and types of later ODF versions: what the cell shows
                    }
                }
            }
            return text == null ? null : Cells.text(text, sheet, row, col);
        }

        private void skipElement() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }
    }

    private static int positive(String attribute) {
        if (attribute == null) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(attribute.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Double number(String value) {
        if (value == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.trim());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
