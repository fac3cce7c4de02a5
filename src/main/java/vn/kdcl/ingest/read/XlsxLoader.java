package vn.kdcl.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

import vn.kdcl.normalise.Memo;

/**
 * Streams the parts of an .xlsx/.xlsm package with one StAX pass each (Aalto) straight into
 * {@link SheetGrid}s: workbook (sheet names, visibility, 1904 dates), relationships, styles (which
 * cell styles are dates), shared strings, and the data and merged cells of each sheet worth loading.
 *
 * <p>Why not a spreadsheet library: fastexcel-reader took 1.2–1.5 ms of CPU per plan workbook here and
 * does not report merged cells (so each sheet was scanned twice), and POI's event model is slower
 * still; this reader, interpretation included, takes about what fastexcel took for the cells alone
 * (ReadBenchmark, docs/benchmark.md), close to the bare unzip+StAX floor the import is measured
 * against. It reads only what the interpretation needs, tolerates missing
 * optional parts (styles, shared strings), and never inflates a part beyond the size the zip
 * directory declares ({@link ZipGuard#open}). POI is still used for formulas stored without a
 * result ({@link FormulaFallback}) and for .xls.
 */
final class XlsxLoader {

    private static final XMLInputFactory XML = xmlFactory();
    private static final String REL_OFFICE_DOCUMENT = "/officeDocument";
    private static final String REL_WORKSHEET = "/worksheet";
    private static final String REL_SHARED_STRINGS = "/sharedStrings";
    private static final String REL_STYLES = "/styles";

    private final ReadLimits limits;
    /** POI's date-format answers, remembered: workbooks made from the template share a handful of formats. */
    private final Memo<String, Boolean> dateFormats = new Memo<>(10_000);
    /**
     * What the small structural parts (package and workbook relationships, workbook, styles) said, by
     * their zip entry's checksum and sizes: workbooks made from one template carry them byte for byte,
     * so each school's file need not parse them again. Values are never modified once stored.
     */
    private final Map<PartKey, Object> parts = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED_PARTS = 2_000;

    XlsxLoader(ReadLimits limits) {
        this.limits = limits;
    }

    LoadedWorkbook load(ZipFile zip) throws IOException {
        Package pkg = new Package(zip);
        try {
            String workbookPart = workbookPart(pkg);
            Map<String, Rel> rels = relationships(pkg, workbookPart);
            WorkbookInfo info = remembered(pkg, pkg.entry(workbookPart), "workbook", () -> workbookInfo(pkg, workbookPart));
            String[] strings = sharedStrings(pkg, partOf(rels, REL_SHARED_STRINGS), limits.maxSharedChars());
            // each shared string cleaned once, when a cell first uses it (most are used many times)
            String[] cleaned = new String[strings.length];
            String stylesPart = partOf(rels, REL_STYLES);
            boolean[] dateStyles = stylesPart == null ? new boolean[0]
                    : remembered(pkg, pkg.entry(stylesPart), "styles", () -> dateStyles(pkg, stylesPart));
            List<SheetGrid> grids = new ArrayList<>();
            List<LoadedWorkbook.PendingFormula> pending = new ArrayList<>();
            for (SheetRef ref : info.sheets()) {
                Rel rel = rels.get(ref.relId());
                String name = Cells.clean(ref.name());
                if (rel == null || !rel.type().endsWith(REL_WORKSHEET) || !SheetFilter.load(name, ref.hidden())) {
                    continue;
                }
                ZipEntry entry = pkg.entry(rel.target());
                if (entry == null) {
                    continue;
                }
                SheetGrid grid = new SheetGrid(name, ref.hidden(), ref.index());
                try (InputStream in = pkg.open(entry)) {
                    new SheetParser(grid, strings, cleaned, dateStyles, info.date1904(), pending).parse(in);
                }
                grids.add(grid);
            }
            return new LoadedWorkbook(grids, pending);
        } catch (XMLStreamException e) {
            throw new IOException("nội dung XML hỏng" + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())), e);
        }
    }

    // ---- package structure -------------------------------------------------------------------

    private record Rel(String type, String target) {
    }

    private record SheetRef(String name, String relId, boolean hidden, int index) {
    }

    private record WorkbookInfo(List<SheetRef> sheets, boolean date1904) {
    }

    /** The workbook part named by the package relationships; xl/workbook.xml when they say nothing. */
    private String workbookPart(Package pkg) throws IOException, XMLStreamException {
        for (Rel rel : rels(pkg, "_rels/.rels", "").values()) {
            if (rel.type().endsWith(REL_OFFICE_DOCUMENT) && pkg.entry(rel.target()) != null) {
                return rel.target();
            }
        }
        return "xl/workbook.xml";
    }

    private Map<String, Rel> relationships(Package pkg, String part) throws IOException, XMLStreamException {
        int slash = part.lastIndexOf('/');
        String dir = slash < 0 ? "" : part.substring(0, slash + 1);
        return rels(pkg, dir + "_rels/" + part.substring(slash + 1) + ".rels", dir);
    }

    private Map<String, Rel> rels(Package pkg, String relsPart, String baseDir) throws IOException, XMLStreamException {
        // the targets are resolved against baseDir, so it is part of what is remembered
        return remembered(pkg, pkg.entry(relsPart), "rels:" + baseDir, () -> readRels(pkg, relsPart, baseDir));
    }

    private record PartKey(String kind, String name, long crc, long size, long compressedSize) {
    }

    private interface PartParser<T> {
        T parse() throws IOException, XMLStreamException;
    }

    @SuppressWarnings("unchecked")
    private <T> T remembered(Package pkg, ZipEntry entry, String kind, PartParser<T> parser)
            throws IOException, XMLStreamException {
        if (entry == null || entry.getCrc() < 0 || entry.getSize() < 0) {
            return parser.parse();
        }
        PartKey key = new PartKey(kind, entry.getName(), entry.getCrc(), entry.getSize(), entry.getCompressedSize());
        Object known = parts.get(key);
        if (known != null) {
            return (T) known;
        }
        T parsed = parser.parse();
        if (parts.size() >= MAX_REMEMBERED_PARTS) {
            parts.clear(); // a bound, not an eviction policy: odd files cannot grow it without limit
        }
        parts.put(key, parsed);
        return parsed;
    }

    /** Relationship id → type and zip entry name of the target (resolved against {@code baseDir}). */
    private static Map<String, Rel> readRels(Package pkg, String relsPart, String baseDir)
            throws IOException, XMLStreamException {
        Map<String, Rel> byId = new HashMap<>();
        ZipEntry entry = pkg.entry(relsPart);
        if (entry == null) {
            return byId;
        }
        try (InputStream in = pkg.open(entry)) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(x.getLocalName())) {
                        String id = x.getAttributeValue(null, "Id");
                        String target = x.getAttributeValue(null, "Target");
                        String mode = x.getAttributeValue(null, "TargetMode");
                        if (id != null && target != null && !"External".equals(mode)) {
                            String type = x.getAttributeValue(null, "Type");
                            byId.put(id, new Rel(type == null ? "" : type, resolve(baseDir, target)));
                        }
                    }
                }
            } finally {
                x.close();
            }
        }
        return Map.copyOf(byId);
    }

    private static String partOf(Map<String, Rel> rels, String typeSuffix) {
        for (Rel rel : rels.values()) {
            if (rel.type().endsWith(typeSuffix)) {
                return rel.target();
            }
        }
        return null;
    }

    /** "worksheets/sheet1.xml" against "xl/" → "xl/worksheets/sheet1.xml"; "/xl/…" is absolute; ".." resolved. */
    static String resolve(String baseDir, String target) {
        String t = target.indexOf('%') >= 0 ? decode(target) : target;
        String path = t.startsWith("/") ? t.substring(1) : baseDir + t;
        if (!path.contains("./")) {
            return path;
        }
        List<String> parts = new ArrayList<>();
        for (String seg : path.split("/")) {
            if (seg.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!seg.equals(".") && !seg.isEmpty()) {
                parts.add(seg);
            }
        }
        return String.join("/", parts);
    }

    private static String decode(String target) {
        try {
            return URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return target;
        }
    }

    private static WorkbookInfo workbookInfo(Package pkg, String part) throws IOException, XMLStreamException {
        ZipEntry entry = pkg.entry(part);
        if (entry == null) {
            throw new IOException("thiếu phần sổ tính " + part);
        }
        List<SheetRef> sheets = new ArrayList<>();
        boolean date1904 = false;
        try (InputStream in = pkg.open(entry)) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    if (x.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String local = x.getLocalName();
                    if ("sheet".equals(local)) {
                        String name = x.getAttributeValue(null, "name");
                        String state = x.getAttributeValue(null, "state");
                        sheets.add(new SheetRef(name == null ? "" : name, relId(x), state != null && !"visible".equals(state),
                                sheets.size()));
                    } else if ("workbookPr".equals(local)) {
                        date1904 = isTrue(x.getAttributeValue(null, "date1904"));
                    }
                }
            } finally {
                x.close();
            }
        }
        return new WorkbookInfo(List.copyOf(sheets), date1904);
    }

    /** The r:id attribute, whatever prefix the relationships namespace got. */
    private static String relId(XMLStreamReader x) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            if ("id".equals(x.getAttributeLocalName(i)) && x.getAttributeNamespace(i) != null
                    && x.getAttributeNamespace(i).endsWith("/relationships")) {
                return x.getAttributeValue(i);
            }
        }
        return "";
    }

    // ---- shared strings and styles -----------------------------------------------------------

    private static String[] sharedStrings(Package pkg, String part, long maxChars) throws IOException, XMLStreamException {
        ZipEntry entry = part == null ? null : pkg.entry(part);
        if (entry == null) {
            return new String[0];
        }
        List<String> strings = new ArrayList<>();
        long chars = 0;
        try (InputStream in = pkg.open(entry)) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT && "si".equals(x.getLocalName())) {
                        String text = richText(x);
                        chars += text.length() + 8; // an empty string still costs its reference
                        if (chars > maxChars) {
                            throw new LimitExceededException("bảng chuỗi dùng chung có hơn " + maxChars + " ký tự");
                        }
                        strings.add(text);
                    }
                }
            } finally {
                x.close();
            }
        }
        return strings.toArray(new String[0]);
    }

    /**
     * The text of an {@code <si>} or {@code <is>} element: its {@code <t>} and its runs' {@code <t>},
     * without phonetic guides ({@code <rPh>}). Leaves the reader on the element's end tag.
     */
    private static String richText(XMLStreamReader x) throws XMLStreamException {
        String single = null;
        StringBuilder more = null;
        int depth = 1;
        int phonetic = 0;
        while (depth > 0) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String local = x.getLocalName();
                if ("t".equals(local) && phonetic == 0) {
                    String t = x.getElementText(); // consumes the end tag
                    if (single == null) {
                        single = t;
                    } else {
                        if (more == null) {
                            more = new StringBuilder(single);
                        }
                        more.append(t);
                    }
                    continue;
                }
                if ("rPh".equals(local)) {
                    phonetic++;
                }
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if ("rPh".equals(x.getLocalName())) {
                    phonetic--;
                }
                depth--;
            }
        }
        String text = more != null ? more.toString() : single == null ? "" : single;
        return text.indexOf("_x") >= 0 ? unescape(text) : text;
    }

    /** OOXML escapes characters XML cannot carry as _xHHHH_ (e.g. _x000D_ for a carriage return). */
    static String unescape(String s) {
        StringBuilder sb = null;
        int i = 0;
        int last = 0;
        while ((i = s.indexOf("_x", i)) >= 0) {
            if (i + 7 <= s.length() && s.charAt(i + 6) == '_' && isHex(s, i + 2, i + 6)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length());
                }
                sb.append(s, last, i).append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 7;
                last = i;
            } else {
                i += 2;
            }
        }
        return sb == null ? s : sb.append(s, last, s.length()).toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Per cell style index (the {@code s} attribute): whether its number format is a date format. */
    private boolean[] dateStyles(Package pkg, String part) throws IOException, XMLStreamException {
        ZipEntry entry = part == null ? null : pkg.entry(part);
        if (entry == null) {
            return new boolean[0];
        }
        Map<Integer, String> customFormats = new HashMap<>();
        List<Integer> xfFormats = new ArrayList<>();
        try (InputStream in = pkg.open(entry)) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            try {
                boolean inCellXfs = false;
                while (x.hasNext()) {
                    int event = x.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String local = x.getLocalName();
                        if ("numFmt".equals(local)) {
                            Integer id = parseInt(x.getAttributeValue(null, "numFmtId"));
                            String code = x.getAttributeValue(null, "formatCode");
                            if (id != null && code != null) {
                                customFormats.put(id, code);
                            }
                        } else if ("cellXfs".equals(local)) {
                            inCellXfs = true;
                        } else if (inCellXfs && "xf".equals(local)) {
                            Integer id = parseInt(x.getAttributeValue(null, "numFmtId"));
                            xfFormats.add(id == null ? 0 : id);
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(x.getLocalName())) {
                        inCellXfs = false;
                    }
                }
            } finally {
                x.close();
            }
        }
        boolean[] dates = new boolean[xfFormats.size()];
        for (int i = 0; i < dates.length; i++) {
            int id = xfFormats.get(i);
            String code = customFormats.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id));
            dates[i] = code != null && isDateFormat(id, code);
        }
        return dates;
    }

    private boolean isDateFormat(int id, String code) {
        return dateFormats.get(id + ":" + code, k -> DateUtil.isADateFormat(id, code));
    }

    // ---- sheet data --------------------------------------------------------------------------

    /** One sheet part: rows, cells and merged ranges into the grid. */
    private final class SheetParser {

        private final SheetGrid grid;
        private final String[] strings;
        private final String[] cleaned;
        private final boolean[] dateStyles;
        private final boolean date1904;
        private final List<LoadedWorkbook.PendingFormula> pending;

        SheetParser(SheetGrid grid, String[] strings, String[] cleaned, boolean[] dateStyles, boolean date1904,
                    List<LoadedWorkbook.PendingFormula> pending) {
            this.grid = grid;
            this.strings = strings;
            this.cleaned = cleaned;
            this.dateStyles = dateStyles;
            this.date1904 = date1904;
            this.pending = pending;
        }

        void parse(InputStream in) throws XMLStreamException {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            try {
                int row = -1;
                int col = -1;
                while (x.hasNext()) {
                    if (x.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String local = x.getLocalName();
                    if ("c".equals(local)) {
                        String ref = x.getAttributeValue(null, "r");
                        int parsed = ref == null ? -1 : column(ref);
                        col = parsed >= 0 ? parsed : col + 1;
                        cell(x, Math.max(row, 0), col, ref);
                    } else if ("row".equals(local)) {
                        Integer r = parseInt(x.getAttributeValue(null, "r"));
                        row = r != null && r > 0 ? r - 1 : row + 1;
                        col = -1;
                        if (row >= limits.maxRows()) {
                            throw new LimitExceededException("trang tính “" + grid.name() + "” có hơn "
                                    + limits.maxRows() + " dòng");
                        }
                    } else if ("mergeCell".equals(local)) {
                        String ref = x.getAttributeValue(null, "ref");
                        if (ref != null) {
                            grid.addMerge(ref);
                        }
                    }
                }
            } finally {
                x.close();
            }
        }

        /** Reads one {@code <c>} element to its end tag and stores what it holds. */
        private void cell(XMLStreamReader x, int r, int c, String written) throws XMLStreamException {
            String type = x.getAttributeValue(null, "t");
            String style = x.getAttributeValue(null, "s");
            String value = null;
            String inline = null;
            boolean formula = false;
            int depth = 1;
            while (depth > 0) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = x.getLocalName();
                    if ("v".equals(local)) {
                        value = x.getElementText();
                    } else if ("is".equals(local)) {
                        inline = richText(x);
                    } else if ("f".equals(local)) {
                        formula = true;
                        x.getElementText();
                    } else {
                        depth++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            if (c >= Cells.MAX_COLUMNS) {
                return;
            }
            if (value == null && inline == null) {
                if (formula) {
                    pending.add(new LoadedWorkbook.PendingFormula(grid, r, c));
                }
                return;
            }
            // the cell's own r attribute is its reference in nearly every file: no need to build it again
            String ref = written != null && Cells.isRef(written, r, c) ? written : Cells.ref(r, c);
            grid.put(r, c, convert(type, style, value, inline, ref));
        }

        private CellValue convert(String type, String style, String value, String inline, String ref) {
            String sheet = grid.name();
            if (type == null || "n".equals(type)) {
                return numeric(value, style, ref);
            }
            switch (type) {
                case "s": {
                    Integer i = parseInt(value);
                    if (i == null || i < 0 || i >= strings.length) {
                        return null;
                    }
                    if (cleaned[i] == null) {
                        cleaned[i] = Cells.clean(strings[i]);
                    }
                    return Cells.cleanText(cleaned[i], sheet, ref);
                }
                case "inlineStr":
                    return Cells.text(inline != null ? inline : value, sheet, ref);
                case "b":
                    return Cells.text("1".equals(value) || "true".equalsIgnoreCase(value) ? "TRUE" : "FALSE", sheet, ref);
                case "d":
                    return isoDate(value, ref);
                default: // "str" (a formula's text result), "e" (an error such as #N/A)
                    return Cells.text(value, sheet, ref);
            }
        }

        private CellValue numeric(String value, String style, String ref) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            // most numbers in a plan are whole (codes, counts, amounts, date serials): read them without parseDouble
            long whole = wholeNumber(value);
            double d;
            if (whole >= 0) {
                d = whole;
            } else {
                try {
                    d = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    return Cells.text(value, grid.name(), ref);
                }
            }
            Integer s = style == null ? null : parseInt(style);
            if (s != null && s >= 0 && s < dateStyles.length && dateStyles[s] && DateUtil.isValidExcelDate(d)) {
                return Cells.date(d, Cells.excelDate(d, date1904), grid.name(), ref);
            }
            // a whole number's text is its digits as written: Cells.numberText would give the same
            return Cells.number(d, whole < 0 ? Cells.numberText(d) : value.endsWith(".0")
                    ? value.substring(0, value.length() - 2) : value, grid.name(), ref);
        }

        /** t="d": an ISO 8601 date (strict OOXML). */
        private CellValue isoDate(String value, String ref) {
            LocalDate date = Cells.isoDay(value);
            return date == null ? Cells.text(value, grid.name(), ref)
                    : Cells.date(DateUtil.getExcelDate(date, date1904), date, grid.name(), ref);
        }
    }

    /**
     * The value of plain digits without a leading zero (at most 15 of them, exact in a double), also with the
     * ".0" that POI and other libraries write after whole numbers ("45536.0"), else -1.
     */
    static long wholeNumber(String s) {
        int n = s.length();
        if (n > 2 && s.charAt(n - 1) == '0' && s.charAt(n - 2) == '.') {
            n -= 2;
        }
        if (n == 0 || n > 15 || n > 1 && s.charAt(0) == '0') {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }

    /** Zero-based column of an A1 reference ("AB12" → 27), or -1 when it has no letters. */
    static int column(String ref) {
        int col = 0;
        int i = 0;
        int n = ref.length();
        while (i < n && ref.charAt(i) == '$') {
            i++;
        }
        int start = i;
        for (; i < n && i - start < 4; i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                col = col * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                col = col * 26 + (ch - 'a' + 1);
            } else {
                break;
            }
        }
        return i == start ? -1 : col - 1;
    }

    private static Integer parseInt(String s) {
        if (s == null || s.isEmpty() || s.length() > 9) {
            return null;
        }
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return null;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }

    private static boolean isTrue(String s) {
        return "1".equals(s) || "true".equalsIgnoreCase(s);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static XMLInputFactory xmlFactory() {
        // Aalto: the fastest StAX parser on the classpath, and deterministic (no service lookup).
        XMLInputFactory f = new com.fasterxml.aalto.stax.InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
        return f;
    }

    /** The zip with its entries by name, case-insensitively as a fallback (some tools change case). */
    private static final class Package {

        private final ZipFile zip;
        private Map<String, ZipEntry> lowerCase;

        Package(ZipFile zip) {
            this.zip = zip;
        }

        ZipEntry entry(String name) {
            ZipEntry e = zip.getEntry(name);
            if (e != null) {
                return e;
            }
            if (lowerCase == null) {
                lowerCase = new HashMap<>();
                zip.stream().forEach(z -> lowerCase.putIfAbsent(z.getName().toLowerCase(Locale.ROOT), z));
            }
            return lowerCase.get(name.toLowerCase(Locale.ROOT));
        }

        InputStream open(ZipEntry entry) throws IOException {
            return ZipGuard.open(zip, entry);
        }
    }

    /** A sheet is larger than the limits allow (FILE-006). */
    static final class LimitExceededException extends RuntimeException {
        LimitExceededException(String reason) {
            super(reason);
        }
    }
}
