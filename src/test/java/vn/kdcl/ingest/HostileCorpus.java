package vn.kdcl.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Hostile inbox files, generated on the fly (no committed binaries): broken, disguised,
 * encrypted, bombs, XML entity attacks, giants, odd names. Each case says what the import must
 * do with it. The secret file's token must never reach the database, the export or a report.
 */
final class HostileCorpus {

    /** What the import must do with one file: status and (for rejections and skips) the finding code. */
    record Case(String file, String status, String code, String what) {
    }

    static final String SCHOOL_NAME = "Trường PTDTBT Tiểu học xã Hẹ Muông";
    static final Instant T0 = Instant.parse("2024-10-01T08:00:00Z");

    final Path inbox;
    final Path outside;
    final Path secret;
    final String token;
    final List<Case> cases = new ArrayList<>();
    private int clock;

    HostileCorpus(Path inbox, Path outside, String token) throws IOException {
        this.inbox = inbox;
        this.outside = outside;
        this.token = token;
        Files.createDirectories(inbox);
        Files.createDirectories(outside);
        this.secret = outside.resolve("secret.txt");
        Files.writeString(secret, token + "\n");
    }

    /** A valid workbook of the Hẹ Muông seed with its own school code. */
    byte[] valid(String code) throws IOException {
        Path tmp = Files.createTempFile(outside, "valid", ".xlsx");
        SampleWorkbooks.write(SampleWorkbooks.heMuong(code, "1/10/2023"), "TT17/2018", tmp);
        byte[] b = Files.readAllBytes(tmp);
        Files.delete(tmp);
        return b;
    }

    Path put(String name, byte[] content, String status, String code, String what) throws IOException {
        Path p = inbox.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return add(p, status, code, what);
    }

    Path add(Path p, String status, String code, String what) throws IOException {
        // Distinct, old modification times: import order is deterministic and nothing looks "still being written".
        Files.setLastModifiedTime(p, FileTime.from(T0.plusSeconds(clock++)));
        cases.add(new Case("inbox/" + inbox.relativize(p).toString().replace('\\', '/'), status, code, what));
        return p;
    }

    /** Everything except the giant and timing-dependent cases. */
    void addSmallCases() throws Exception {
        put("good-1.xlsx", valid("HX-GOOD-1"), "ACCEPTED", null, "normal workbook");
        put("sub/good-2.xlsx", valid("HX-GOOD-2"), "ACCEPTED", null, "normal workbook in a sub-folder");
        put("zero.xlsx", new byte[0], "REJECTED", "FILE-001", "zero bytes");
        byte[] v = valid("HX-TRUNC");
        put("truncated.xlsx", java.util.Arrays.copyOf(v, v.length * 6 / 10), "REJECTED", "FILE-001", "truncated zip");
        put("pdf.xlsx", "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                "REJECTED", "FILE-001", "PDF renamed .xlsx");
        put("docx.xlsx", docx(), "REJECTED", "FILE-001", "DOCX renamed .xlsx");
        put("csv.xlsx", "Mã trường,Tên trường,Năm học\nHX-CSV,Trường CSV,2023-2024\n".getBytes(StandardCharsets.UTF_8),
                "REJECTED", "FILE-001", "CSV renamed .xlsx");
        put("png.xlsx", png(), "REJECTED", "FILE-001", "PNG renamed .xlsx");
        put("encrypted.xlsx", encryptedXlsx(valid("HX-ENC")), "REJECTED", "FILE-002", "agile-encrypted .xlsx");
        put("encrypted.xls", encryptedXls(), "REJECTED", "FILE-002", "RC4-encrypted .xls");
        put("xxe-sst.xlsx", xxeSharedStrings(valid("HX-XXE-1")), "REJECTED", "FILE-001", "XXE in sharedStrings");
        put("xxe-sheet.xlsx", xxeSheet(valid("HX-XXE-2")), "REJECTED", "FILE-001", "XXE in sheet XML");
        put("laughs-sst.xlsx", laughsSharedStrings(valid("HX-LOL-1")), "REJECTED", "FILE-001", "billion laughs in sharedStrings");
        put("laughs-sheet.xlsx", laughsSheet(valid("HX-LOL-2")), "REJECTED", "FILE-001", "billion laughs in sheet XML");
        put("big-cell.xlsx", bigCell(valid("HX-BIGCELL"), false), "ACCEPTED", null, "1 MB text in a task cell");
        put("big-name.xlsx", bigCell(valid("HX-BIGNAME"), true), "REJECTED", "FILE-006", "1 MB school name (wider than its column)");
        put("big-cell-repetitive.xlsx", repetitiveCell(valid("HX-BIGREP")), "REJECTED", "FILE-006",
                "1 MB of one repeated phrase (inflates 240-fold)");
        put("wide.xlsx", wide(valid("HX-WIDE")), "ACCEPTED", null, "16,384 columns");
        put("circular.xlsx", circular(valid("HX-CIRC")), "ACCEPTED", null, "circular formulas without cached values");
        put("external.xlsx", externalLinks(valid("HX-EXT")), "ACCEPTED", null, "external-link formulas");
        put("macro.xlsm", macro(valid("HX-MACRO")), "ACCEPTED", null, ".xlsm with vbaProject.bin (never executed)");
        put("hidden.xlsx", hiddenShadows(valid("HX-HIDDEN")), "ACCEPTED", null,
                "hidden/very-hidden sheets named like required ones, placed first");
        put("odd-sheets.xlsx", oddSheetNames(valid("HX-ODD")), "ACCEPTED", null, "odd and NFD sheet names");
        put("Trường Tiểu học Hẹ Muông (bản cuối).xlsx", valid("HX-NAME-NFC"), "ACCEPTED", null, "Vietnamese NFC file name");
        put(Normalizer.normalize("Kế hoạch cải tiến ĐB.xlsx", Normalizer.Form.NFD), valid("HX-NAME-NFD"), "ACCEPTED", null,
                "NFD file name");
        put("  spaces  in   name .xlsx", valid("HX-NAME-SP"), "ACCEPTED", null, "spaces in file name");
        put("good.ods", ods(valid("HX-ODS")), "ACCEPTED", null, "LibreOffice .ods");
        put("encrypted.ods", encryptedOds(), "REJECTED", "FILE-002", "password-protected .ods");
        put("odt.ods", rewrite(ods(valid("HX-ODT")), Map.of("mimetype",
                x -> x.replace("spreadsheet", "text"))), "REJECTED", "FILE-001", "OpenDocument text named .ods");
        put("xxe.ods", rewrite(ods(valid("HX-XXE-ODS")), Map.of("content.xml", x -> withDoctype(x,
                xxeDoctype("office:document-content")).replace(">" + SCHOOL_NAME + "<", ">&xxe;&passwd;<"))),
                "REJECTED", "FILE-001", "XXE in an .ods content.xml");
        put("million-rows.ods", millionRowsOds(), "REJECTED", "FILE-006", ".ods row repeated 1,048,576 times");
        byte[] twin = valid("HX-TWIN");
        put("twin-a.xlsx", twin, "ACCEPTED", null, "same content, first name");
        put("twin-b (copy).xlsx", twin, "SKIPPED_DUPLICATE", "FILE-005", "same content, second name");
        put("~$good-1.xlsx", "lock".getBytes(StandardCharsets.US_ASCII), "IGNORED", "FILE-003", "Excel lock file");
        Files.createDirectories(inbox.resolve("folder.xlsx"));
        put("folder.xlsx/inner.xlsx", valid("HX-INDIR"), "ACCEPTED", null, "file inside a directory named x.xlsx");
        // Symlinks are not followed: neither imported nor moved nor listed.
        Path target = outside.resolve("linked.xlsx");
        Files.write(target, valid("HX-LINKED"));
        Files.createSymbolicLink(inbox.resolve("link.xlsx"), target);
        Files.createSymbolicLink(inbox.resolve("passwd.xlsx"), secret);
    }

    /** The workbook as an OpenDocument spreadsheet, written the way LibreOffice writes one. */
    byte[] ods(byte[] xlsx) throws IOException {
        Path tmp = Files.createTempFile(outside, "ods", ".ods");
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            vn.kdcl.ingest.read.OdsBooks.write(wb, tmp);
        }
        byte[] b = Files.readAllBytes(tmp);
        Files.delete(tmp);
        return b;
    }

    /** A password-protected .ods as LibreOffice stores it: the manifest describes the cipher, content.xml is noise. */
    private byte[] encryptedOds() throws IOException {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        byte[] plain = ods(valid("HX-ENC-ODS"));
        byte[] withNoise = rewrite(plain, Map.of("content.xml", x -> new String(noise, StandardCharsets.ISO_8859_1)));
        return rewrite(withNoise, Map.of("META-INF/manifest.xml", x -> x.replace("media-type=\"text/xml\">",
                "media-type=\"text/xml\"><manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" "
                        + "manifest:checksum=\"AA==\"><manifest:algorithm manifest:algorithm-name=\"Blowfish CFB\" "
                        + "manifest:initialisation-vector=\"AA==\"/><manifest:key-derivation manifest:key-derivation-name="
                        + "\"PBKDF2\" manifest:iteration-count=\"1024\" manifest:salt=\"AA==\"/></manifest:encryption-data>")));
    }

    /** One row with a value, repeated over a whole sheet: a few hundred bytes that say 1,048,576 rows. */
    private byte[] millionRowsOds() throws IOException {
        byte[] plain = ods(valid("HX-MILLION-ODS"));
        // in the school information sheet, which is always read
        return rewrite(plain, Map.of("content.xml", x -> {
            int end = x.indexOf("</table:table>", x.indexOf(SCHOOL_NAME));
            return x.substring(0, end) + "<table:table-row table:number-rows-repeated=\"1048576\"><table:table-cell "
                    + "office:value-type=\"string\"><text:p>Đạt</text:p></table:table-cell></table:table-row>" + x.substring(end);
        }));
    }

    /** Zip bombs and the giant sheet: small on disk, huge when inflated. */
    void addGiantCases() throws Exception {
        add(zipBomb(inbox.resolve("bomb.xlsx"), 2L << 30, false), "REJECTED", "FILE-006", "2 GiB zip bomb");
        add(zipBomb(inbox.resolve("bomb-lying.xlsx"), 512L << 20, true), "REJECTED", "FILE-006",
                "512 MiB bomb whose central directory claims 1 KB");
        add(millionRows(inbox.resolve("million-rows.xlsx")), "REJECTED", "FILE-006", "1,048,576-row sheet");
    }

    // ---------------------------------------------------------------- disguises

    private static byte[] docx() throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        parts.put("word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>Kế hoạch cải tiến chất lượng</w:t></w:r></w:p></w:body></w:document>");
        return zip(parts);
    }

    private static byte[] png() {
        byte[] b = new byte[64];
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }

    private static byte[] encryptedXlsx(byte[] plain) throws Exception {
        return vn.kdcl.ingest.read.TestBooks.encrypt(plain, "matkhau");
    }

    private static byte[] encryptedXls() throws IOException {
        Biff8EncryptionKey.setCurrentUserPassword("matkhau");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Thông tin trường").createRow(0).createCell(0).setCellValue("Mã trường");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    // ---------------------------------------------------------------- XML entity attacks

    private static final String LAUGHS = "<!DOCTYPE %s [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";

    private String xxeDoctype(String root) {
        return "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">"
                + "<!ENTITY passwd SYSTEM \"file:///etc/passwd\">]>";
    }

    private byte[] xxeSharedStrings(byte[] wb) throws IOException {
        return rewrite(wb, Map.of("xl/sharedStrings.xml", x -> withDoctype(x, xxeDoctype("sst"))
                .replace("<t>" + SCHOOL_NAME + "</t>", "<t>&xxe;&passwd;</t>")));
    }

    private byte[] xxeSheet(byte[] wb) throws IOException {
        return inlineSchoolName(wb, xxeDoctype("worksheet"), "&xxe;&passwd;");
    }

    private static byte[] laughsSharedStrings(byte[] wb) throws IOException {
        return rewrite(wb, Map.of("xl/sharedStrings.xml", x -> withDoctype(x, String.format(LAUGHS, "sst"))
                .replace("<t>" + SCHOOL_NAME + "</t>", "<t>&lol9;</t>")));
    }

    private static byte[] laughsSheet(byte[] wb) throws IOException {
        return inlineSchoolName(wb, String.format(LAUGHS, "worksheet"), "&lol9;");
    }

    /** Replaces the school-name cell of the info sheet by an inline string holding {@code text}, with a DOCTYPE. */
    private static byte[] inlineSchoolName(byte[] wb, String doctype, String text) throws IOException {
        String sst = entries(wb).get("xl/sharedStrings.xml");
        int at = sst.indexOf("<t>" + SCHOOL_NAME + "</t>");
        int index = count(sst.substring(0, at), "<si>") - 1;
        Pattern cell = Pattern.compile("<c r=\"([A-Z]+[0-9]+)\"([^>]*?) t=\"s\"([^>]*)><v>" + index + "</v></c>");
        Map<String, UnaryOperator<String>> edits = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : entries(wb).entrySet()) {
            if (e.getKey().startsWith("xl/worksheets/") && cell.matcher(e.getValue()).find()) {
                edits.put(e.getKey(), x -> withDoctype(cell.matcher(x).replaceAll(
                        Matcher.quoteReplacement("<c r=\"") + "$1\"$2 t=\"inlineStr\"$3><is><t>"
                                + Matcher.quoteReplacement(text) + "</t></is></c>"), doctype));
            }
        }
        if (edits.isEmpty()) {
            throw new IllegalStateException("school name cell not found");
        }
        return rewrite(wb, edits);
    }

    private static String withDoctype(String xml, String doctype) {
        int end = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return xml.substring(0, end) + doctype + xml.substring(end);
    }

    // ---------------------------------------------------------------- giants and formulas

    /** 1 MB of varied words (compresses like real text, about 3:1) in a task cell or the school name. */
    private static byte[] bigCell(byte[] wb, boolean inName) throws IOException {
        String[] words = {"trường", "học", "sinh", "giáo", "viên", "cải", "tiến", "chất", "lượng", "kế", "hoạch",
                "tiêu", "chí", "đạt", "mức", "năm", "phòng", "xây", "dựng", "thư", "viện", "ngân", "sách"};
        java.util.Random random = new java.util.Random(6);
        StringBuilder sb = new StringBuilder("Nội dung rất dài");
        while (sb.length() < 1 << 20) {
            sb.append(' ').append(words[random.nextInt(words.length)]).append(random.nextInt(1000));
        }
        String mb = sb.substring(0, 1 << 20).strip();
        String replaced = inName ? SCHOOL_NAME : "Xây dựng nhà vệ sinh";
        return rewrite(wb, Map.of("xl/sharedStrings.xml", x -> x
                .replace("<t>" + replaced + "</t>", "<t>" + replaced + " " + mb + "</t>")));
    }

    /** 1 MB of one repeated phrase: it inflates 240-fold, which the expansion guard rejects. */
    private static byte[] repetitiveCell(byte[] wb) throws IOException {
        String mb = "Nội dung rất dài ".repeat(1 << 16).substring(0, 1 << 20);
        return rewrite(wb, Map.of("xl/sharedStrings.xml", x -> x
                .replace("<t>Xây dựng nhà vệ sinh</t>", "<t>" + mb + "</t>")));
    }

    private static byte[] wide(byte[] wb) throws IOException {
        return withPoi(wb, book -> {
            XSSFSheet plan = book.getSheet("Kế hoạch cải tiến");
            XSSFRow row = plan.createRow(plan.getLastRowNum() + 3);
            for (int c = 0; c < 16_384; c++) {
                row.createCell(c).setCellValue("c" + c);
            }
        });
    }

    private static byte[] circular(byte[] wb) throws IOException {
        return withPoi(wb, book -> {
            XSSFSheet s = book.createSheet("Tính toán");
            XSSFRow r = s.createRow(0);
            r.createCell(0).setCellFormula("B1+1");
            r.createCell(1).setCellFormula("A1+1");
            r.createCell(2).setCellFormula("C1");
        });
    }

    private static byte[] externalLinks(byte[] wb) throws IOException {
        byte[] withSheet = withPoi(wb, book -> {
            XSSFRow r = book.createSheet("Liên kết").createRow(0);
            r.createCell(0).setCellFormula("1+1");
            r.createCell(1).setCellFormula("2+2");
        });
        Map<String, String> parts = entries(withSheet);
        String sheet = parts.keySet().stream().filter(k -> k.startsWith("xl/worksheets/") && parts.get(k).contains("<f>1+1</f>"))
                .findFirst().orElseThrow();
        return rewrite(withSheet, Map.of(sheet, x -> x
                .replace("<f>1+1</f>", "<f>'[other.xlsx]Sheet1'!A1</f>")
                .replace("<f>2+2</f>", "<f>[1]Sheet1!A1+'C:\\secret\\[x.xlsx]S'!B2</f>")));
    }

    private static byte[] macro(byte[] wb) throws IOException {
        byte[] vba;
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDirectory("VBA").createDocument("dir", new java.io.ByteArrayInputStream(
                    "Sub Auto_Open(): Shell \"touch /tmp/kdcl-pwned\": End Sub".getBytes(StandardCharsets.US_ASCII)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            vba = out.toByteArray();
        }
        Map<String, UnaryOperator<String>> edits = Map.of(
                "[Content_Types].xml", x -> x.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                        .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>"),
                "xl/_rels/workbook.xml.rels", x -> x.replace("</Relationships>",
                        "<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\""
                                + " Target=\"vbaProject.bin\"/></Relationships>"));
        byte[] rewritten = rewrite(wb, edits);
        return addEntry(rewritten, "xl/vbaProject.bin", vba);
    }

    private static byte[] hiddenShadows(byte[] wb) throws IOException {
        return withPoi(wb, book -> {
            int plan = book.getSheetIndex("Kế hoạch cải tiến");
            XSSFSheet old = book.cloneSheet(plan, "Kế hoạch cải tiến (cũ)");
            for (org.apache.poi.ss.usermodel.Row row : old) {
                for (org.apache.poi.ss.usermodel.Cell c : row) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && c.getStringCellValue().startsWith("Xây dựng")) {
                        c.setCellValue("NHIỆM VỤ ẨN");
                    }
                }
            }
            int info = book.getSheetIndex("Thông tin trường");
            XSSFSheet oldInfo = book.cloneSheet(info, "Thông tin trường cũ");
            for (org.apache.poi.ss.usermodel.Row row : oldInfo) {
                for (org.apache.poi.ss.usermodel.Cell c : row) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && c.getStringCellValue().equals("HX-HIDDEN")) {
                        c.setCellValue("HX-SHADOW");
                    }
                }
            }
            book.setSheetOrder(old.getSheetName(), 0);
            book.setSheetOrder(oldInfo.getSheetName(), 0);
            book.setSheetVisibility(book.getSheetIndex(old), SheetVisibility.HIDDEN);
            book.setSheetVisibility(book.getSheetIndex(oldInfo), SheetVisibility.VERY_HIDDEN);
            book.setActiveSheet(book.getSheetIndex("Thông tin trường"));
            book.setFirstVisibleTab(book.getSheetIndex("Thông tin trường"));
        });
    }

    private static byte[] oddSheetNames(byte[] wb) throws IOException {
        return withPoi(wb, book -> {
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                book.setSheetName(i, Normalizer.normalize(book.getSheetName(i), Normalizer.Form.NFD));
            }
            book.createSheet("Ghi chú 'A&B' <x> #1 %").createRow(0).createCell(0).setCellValue("=SUM(1)");
            book.createSheet("😀 Tổng hợp, (2024–2025)").createRow(0).createCell(0).setCellValue("ok");
        });
    }

    /** A 2 GiB (or lying) bomb: the inflated part is produced from a repeating buffer, never held in memory. */
    private static Path zipBomb(Path file, long bytes, boolean lie) throws IOException {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN_NS + "\"><sheetData><row r=\"1\">";
        byte[] unit = "<c t=\"inlineStr\"><is><t>x</t></is></c>".getBytes(StandardCharsets.US_ASCII);
        byte[] block = new byte[unit.length * 2048];
        for (int i = 0; i < 2048; i++) {
            System.arraycopy(unit, 0, block, i * unit.length, unit.length);
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            skeleton(zip, "Kế hoạch cải tiến");
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(head.getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < bytes; written += block.length) {
                zip.write(block);
            }
            zip.write("</row></sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        if (lie) {
            patchDeclaredSize(file, "xl/worksheets/sheet1.xml", 1000);
        }
        return file;
    }

    /** Rewrites the uncompressed size of one entry in the central directory (and its data descriptor). */
    private static void patchDeclaredSize(Path file, String name, int size) throws IOException {
        byte[] b = Files.readAllBytes(file);
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        for (int i = b.length - 22; i >= 0; i--) {
            if (le32(b, i) == 0x02014b50 && le16(b, i + 28) == n.length
                    && java.util.Arrays.equals(b, i + 46, i + 46 + n.length, n, 0, n.length)) {
                long compressed = le32(b, i + 20) & 0xFFFFFFFFL;
                long local = le32(b, i + 42) & 0xFFFFFFFFL;
                putLe32(b, i + 24, size);
                int lh = (int) local;
                int dataStart = lh + 30 + le16(b, lh + 26) + le16(b, lh + 28);
                int dd = (int) (dataStart + compressed);
                if (le32(b, dd) == 0x08074b50) {
                    putLe32(b, dd + 12, size);
                }
                Files.write(file, b);
                return;
            }
        }
        throw new IllegalStateException("entry not found: " + name);
    }

    private static Path millionRows(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            skeleton(zip, "Kế hoạch cải tiến");
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(nonClosing(zip), StandardCharsets.UTF_8), 1 << 16);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>");
            for (int r = 1; r <= 1_048_576; r++) {
                w.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>");
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
        }
        return file;
    }

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static void skeleton(ZipOutputStream zip, String sheetName) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
        parts.put("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + MAIN_NS
                + "\"><cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN_NS
                + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\""
                + sheetName + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
        for (Map.Entry<String, String> e : parts.entrySet()) {
            zip.putNextEntry(new ZipEntry(e.getKey()));
            zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    // ---------------------------------------------------------------- zip plumbing

    interface PoiEdit {
        void apply(XSSFWorkbook book) throws IOException;
    }

    static byte[] withPoi(byte[] wb, PoiEdit edit) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(wb))) {
            edit.apply(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** Copies a zip, applying text edits to the named entries. */
    static byte[] rewrite(byte[] zip, Map<String, UnaryOperator<String>> edits) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                UnaryOperator<String> edit = edits.get(e.getName());
                if (edit != null) {
                    String before = new String(data, StandardCharsets.UTF_8);
                    String after = edit.apply(before);
                    if (after.equals(before)) {
                        throw new IllegalStateException("edit of " + e.getName() + " changed nothing");
                    }
                    data = after.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] addEntry(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static int le16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static int le32(byte[] b, int i) {
        return le16(b, i) | le16(b, i + 2) << 16;
    }

    private static void putLe32(byte[] b, int i, int v) {
        b[i] = (byte) v;
        b[i + 1] = (byte) (v >>> 8);
        b[i + 2] = (byte) (v >>> 16);
        b[i + 3] = (byte) (v >>> 24);
    }

}
