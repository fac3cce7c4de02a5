package vn.kdcl.registry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.kdcl.ingest.read.WorkbookReader;
import vn.kdcl.template.TemplateStyles;
import vn.kdcl.template.WorkbookBytes;
import vn.kdcl.text.VietText;

/**
 * The office's list of schools, read from and written to {@code registry.xlsx} or {@code registry.csv} (also
 * read from .xls and LibreOffice's .ods).
 * Headers are found (case, diacritics and spacing ignored) in the first rows of the first sheet that has them;
 * CSV is UTF-8 (a BOM is written for Excel and skipped on reading), comma or semicolon separated.
 */
public final class Registry {

    public static final List<String> HEADERS = List.of("Mã trường", "Tên trường", "Cấp học", "Đơn vị quản lý",
            "Tỉnh/Thành phố");
    /** Optional columns after {@link #HEADERS}: read when present, written when any school has them. */
    public static final List<String> CONTACT_HEADERS = List.of("Điện thoại", "Email");
    private static final int HEADER_SCAN_ROWS = 20;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final List<RegistryEntry> entries;

    private final java.util.Map<String, RegistryEntry> byCode;

    public Registry(List<RegistryEntry> entries) {
        this.entries = List.copyOf(entries);
        java.util.Map<String, RegistryEntry> map = new java.util.HashMap<>();
        for (RegistryEntry e : this.entries) {
            map.putIfAbsent(e.code().strip().toLowerCase(java.util.Locale.ROOT), e);
        }
        this.byCode = map;
    }

    public List<RegistryEntry> entries() {
        return entries;
    }

    /** The school with this code (trimmed, case ignored). */
    public Optional<RegistryEntry> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(code.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    // ---- reading -----------------------------------------------------------------------------

    /** Reads {@code .xlsx}, {@code .xlsm}, {@code .xls}, {@code .ods} (LibreOffice) or {@code .csv}. */
    public static Registry read(Path file) {
        if (WorkbookReader.isOpenDocument(file)) {
            try {
                for (List<List<String>> rows : WorkbookReader.openDocumentRows(file)) {
                    Optional<Registry> found = fromRows(rows);
                    if (found.isPresent()) {
                        return found.get();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read registry " + file, e);
            }
            throw noHeader();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return isCsv(file) ? readCsv(in) : readWorkbook(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read registry " + file, e);
        }
    }

    public static Registry readWorkbook(InputStream in) throws IOException {
        DataFormatter fmt = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(in)) {
            for (Sheet sheet : wb) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : fmt.formatCellValue(cell));
                    }
                    while (rows.size() < row.getRowNum()) {
                        rows.add(List.of());
                    }
                    rows.add(cells);
                }
                Optional<Registry> found = fromRows(rows);
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw noHeader();
    }

    private static IllegalArgumentException noHeader() {
        return new IllegalArgumentException("Không tìm thấy dòng tiêu đề danh sách trường (" + String.join(", ", HEADERS) + ")");
    }

    public static Registry readCsv(InputStream in) throws IOException {
        String text = decode(in.readAllBytes());
        String firstLine = text.lines().findFirst().orElse("");
        long tabs = count(firstLine, '\t');
        long semicolons = count(firstLine, ';');
        long commas = count(firstLine, ',');
        char sep = tabs > Math.max(semicolons, commas) ? '\t' : semicolons > commas ? ';' : ',';
        return fromRows(Csv.parse(text, sep)).orElseThrow(Registry::noHeader);
    }

    /**
     * The text of a list saved by Excel or LibreOffice, NFC: UTF-8 (with or without BOM), UTF-16 with its BOM
     * (Excel's "Unicode Text"), else the Vietnamese Windows code page 1258 that Excel's plain "CSV (Comma
     * delimited)" uses on Vietnamese Windows, where tone marks are separate characters.
     */
    static String decode(byte[] bytes) {
        String text;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                text = new String(bytes, VietText.WINDOWS_VIETNAMESE);
            }
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }

    /** Finds the header row, maps the columns, and reads every row that has a school code. */
    private static Optional<Registry> fromRows(List<List<String>> rows) {
        for (int h = 0; h < Math.min(rows.size(), HEADER_SCAN_ROWS); h++) {
            int[] cols = columns(rows.get(h));
            if (cols[0] < 0 || cols[1] < 0) {
                continue;
            }
            List<RegistryEntry> entries = new ArrayList<>();
            for (List<String> row : rows.subList(h + 1, rows.size())) {
                String code = cell(row, cols[0]);
                if (code == null || code.isEmpty()) {
                    continue;
                }
                entries.add(new RegistryEntry(code, cell(row, cols[1]), cell(row, cols[2]), cell(row, cols[3]),
                        cell(row, cols[4]), cell(row, cols[5]), cell(row, cols[6])));
            }
            return Optional.of(new Registry(entries));
        }
        return Optional.empty();
    }

    private static int[] columns(List<String> header) {
        int[] cols = {-1, -1, -1, -1, -1, -1, -1};
        for (int c = 0; c < header.size(); c++) {
            String f = VietText.fold(header.get(c));
            for (int k = 0; k < cols.length; k++) {
                if (cols[k] < 0 && matches(f, k)) {
                    cols[k] = c;
                    break;
                }
            }
        }
        return cols;
    }

    private static boolean matches(String folded, int column) {
        if (folded.isEmpty()) {
            return false;
        }
        return switch (column) {
            case 0 -> folded.equals("ma truong") || folded.startsWith("ma truong ") || folded.equals("ma");
            case 1 -> folded.equals("ten truong") || folded.startsWith("ten truong ") || folded.equals("ten");
            case 2 -> folded.contains("cap hoc") || folded.contains("loai truong") || folded.contains("bac hoc");
            case 3 -> folded.contains("don vi quan ly") || folded.equals("don vi") || folded.contains("phong gd");
            case 4 -> folded.startsWith("tinh") || folded.contains("tinh thanh pho");
            case 5 -> folded.contains("dien thoai") || folded.equals("sdt") || folded.equals("dt");
            case 6 -> folded.equals("email") || folded.equals("e mail") || folded.startsWith("email ")
                    || folded.contains("thu dien tu");
            default -> false;
        };
    }

    private static String cell(List<String> row, int col) {
        if (col < 0 || col >= row.size()) {
            return null;
        }
        String v = VietText.clean(row.get(col));
        return v == null || v.isEmpty() ? null : v;
    }

    // ---- writing -----------------------------------------------------------------------------

    /** Writes {@code .csv} or {@code .xlsx} by file extension, creating parent folders. */
    public void write(Path file, Instant documentDate) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.write(file, isCsv(file) ? toCsv() : toXlsx(documentDate));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write registry " + file, e);
        }
    }

    /** UTF-8 with BOM, comma separated, CRLF line ends (what Excel opens without an import dialog). */
    public byte[] toCsv() {
        StringBuilder sb = new StringBuilder();
        boolean contacts = hasContacts();
        Csv.appendRow(sb, headers(contacts), ',');
        for (RegistryEntry e : entries) {
            Csv.appendRow(sb, values(e, contacts), ',');
        }
        byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(body, 0, out, BOM.length, body.length);
        return out;
    }

    /** A one-sheet workbook "Danh sách trường": header row, filter, frozen pane; reproducible bytes. */
    public byte[] toXlsx(Instant documentDate) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            TemplateStyles.defaultFont(wb);
            Font bold = wb.createFont();
            bold.setFontName("Times New Roman");
            bold.setFontHeightInPoints((short) 12);
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setBorderBottom(BorderStyle.THIN);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            Sheet sheet = wb.createSheet("Danh sách trường");
            int[] widths = {14, 50, 24, 40, 18, 16, 36};
            boolean contacts = hasContacts();
            List<String> headers = headers(contacts);
            Row h = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = h.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            for (int i = 0; i < entries.size(); i++) {
                Row row = sheet.createRow(i + 1);
                List<String> v = values(entries.get(i), contacts);
                for (int c = 0; c < v.size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellStyle(text);
                    if (v.get(c) != null) {
                        cell.setCellValue(v.get(c));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(entries.size(), 1), 0, headers.size() - 1));
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
            var core = wb.getProperties().getCoreProperties();
            core.setCreator("kdcl-hub");
            core.setTitle("Danh sách trường");
            core.setCreated(Optional.of(Date.from(documentDate)));
            core.setModified(Optional.of(Date.from(documentDate)));
            return WorkbookBytes.of(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CONTRACT.md's columns, and the contact columns when any school has a phone or an e-mail. */
    private static List<String> headers(boolean contacts) {
        if (!contacts) {
            return HEADERS;
        }
        List<String> all = new ArrayList<>(HEADERS);
        all.addAll(CONTACT_HEADERS);
        return all;
    }

    private boolean hasContacts() {
        return entries.stream().anyMatch(e -> e.phone() != null || e.email() != null);
    }

    private static List<String> values(RegistryEntry e, boolean contacts) {
        List<String> v = new ArrayList<>(java.util.Arrays.asList(e.code(), e.name(), e.schoolType(), e.unit(), e.province()));
        if (contacts) {
            v.add(e.phone());
            v.add(e.email());
        }
        return v;
    }

    private static boolean isCsv(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** Registry from bytes of either format (sniffs the zip/OLE2 signature). */
    public static Registry read(byte[] bytes) throws IOException {
        boolean workbook = bytes.length >= 4 && ((bytes[0] == 'P' && bytes[1] == 'K')
                || (bytes[0] == (byte) 0xD0 && bytes[1] == (byte) 0xCF));
        return workbook ? readWorkbook(new ByteArrayInputStream(bytes)) : readCsv(new ByteArrayInputStream(bytes));
    }
}
