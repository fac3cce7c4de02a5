package vn.kdcl.ingest.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import vn.kdcl.check.Finding;

/**
 * The tolerant, fast workbook reader of the import: sniffs what a file really is, guards against
 * oversized and zip-bomb files, streams .xlsx/.xlsm with its own StAX pass ({@link XlsxLoader}; POI
 * only for formulas without a cached result), .ods the same way ({@link OdsLoader}) and .xls with POI
 * HSSF, then understands the sheets.
 * Never throws for bad input: every problem becomes a finding. Thread-safe.
 */
public final class WorkbookReader {

    /** File name endings of the workbooks the reader understands (lower case). */
    public static final List<String> EXTENSIONS = List.of(".xlsx", ".xlsm", ".xls", ".ods");

    /** Whether a file or zip entry name (lower case) ends like a workbook, with a name before the extension. */
    public static boolean hasWorkbookName(String lowerCaseName) {
        for (String ext : EXTENSIONS) {
            int stem = lowerCaseName.length() - ext.length();
            if (stem > 0 && lowerCaseName.endsWith(ext) && lowerCaseName.charAt(stem - 1) != '/') {
                return true;
            }
        }
        return false;
    }

    /** POI's own recommended ceiling for text extracted from one part; plans are far below it. */
    private static final long MAX_TEXT_CHARS = 10L << 20;

    private final ReadLimits limits;
    private final XlsxLoader xlsx;
    private final XlsLoader xls;
    private final OdsLoader ods;
    private final LabelMemo labels = new LabelMemo();

    public WorkbookReader() {
        this(ReadLimits.defaults());
    }

    public WorkbookReader(ReadLimits limits) {
        this.limits = limits;
        this.xlsx = new XlsxLoader(limits);
        this.xls = new XlsLoader(limits);
        this.ods = new OdsLoader(limits);
        // POI's own zip-bomb guards for the fallback path (they are process-wide settings).
        // IOUtils' byte-array override is left alone: it is global and would also raise POI's
        // stricter per-record defaults.
        ZipSecureFile.setMinInflateRatio(1.0 / limits.maxEntryRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxUncompressedBytes());
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
    }

    /** Reads one file; see {@link ReadOutcome#rejected()}. */
    public ReadOutcome read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                return ReadOutcome.rejected(unreadable(name, "không phải tệp thông thường hoặc không tồn tại"));
            }
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                return ReadOutcome.rejected(tooLarge(name, "kích thước " + ZipGuard.mb(size) + " vượt giới hạn "
                        + ZipGuard.mb(limits.maxFileBytes())));
            }
            FileSniffer.Sniff sniff = FileSniffer.sniff(file);
            return switch (sniff.kind()) {
                case ZIP -> readZip(file, name);
                case OLE2 -> readOle2(file, name);
                default -> ReadOutcome.rejected(unreadable(name, sniff.description()));
            };
        } catch (XlsxLoader.LimitExceededException e) {
            return ReadOutcome.rejected(tooLarge(name, e.getMessage()));
        } catch (EncryptedDocumentException e) {
            return ReadOutcome.rejected(encrypted(name));
        } catch (Exception | StackOverflowError e) {
            // whatever the libraries throw on a damaged file: reject it with the reason, never crash the run
            return ReadOutcome.rejected(unreadable(name, "lỗi khi đọc (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + shorten(e.getMessage())) + ")"));
        }
    }

    private ReadOutcome readZip(Path file, String name) throws IOException {
        LoadedWorkbook loaded;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipGuard.Verdict verdict = ZipGuard.check(zip, limits);
            ZipGuard.Problem problem = verdict.problem();
            if (problem != null) {
                return ReadOutcome.rejected(problem.expansion() ? tooLarge(name, problem.reason())
                        : unreadable(name, problem.reason()));
            }
            loaded = verdict.format() == ZipGuard.Format.ODS ? ods.load(zip) : xlsx.load(zip);
        } catch (ZipException e) {
            return ReadOutcome.rejected(unreadable(name, "tệp ZIP bị hỏng hoặc chưa chép xong"
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")));
        }
        FormulaFallback.evaluate(file, loaded);
        return ReadOutcome.of(WorkbookInterpreter.interpret(name, loaded.sheets(), labels));
    }

    private ReadOutcome readOle2(Path file, String name) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return ReadOutcome.rejected(encrypted(name));
            }
            if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
                String what = root.hasEntry("WordDocument") ? "nội dung là tài liệu Word (.doc), không phải sổ tính Excel"
                        : "tệp Office không chứa sổ tính Excel";
                return ReadOutcome.rejected(unreadable(name, what));
            }
            try (HSSFWorkbook wb = new HSSFWorkbook(root, false)) {
                LoadedWorkbook loaded = xls.load(wb);
                return ReadOutcome.of(WorkbookInterpreter.interpret(name, loaded.sheets(), labels));
            }
        } catch (OldExcelFormatException e) {
            return ReadOutcome.rejected(unreadable(name, "định dạng Excel 5.0/95 quá cũ; hãy lưu lại thành .xlsx"));
        }
    }

    /**
     * True when the file is an OpenDocument package (.ods and the like), whatever its name: POI, which writes
     * the feedback workbooks, cannot open those.
     */
    public static boolean isOpenDocument(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return ZipGuard.openDocumentType(zip) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The text of every cell of an OpenDocument spreadsheet, sheet by sheet and row by row (empty rows and
     * cells as ""): for lists an office keeps in LibreOffice, such as the registry of schools, which POI cannot
     * read in this format. Hidden sheets are skipped.
     */
    public static List<List<List<String>>> openDocumentRows(Path file) throws IOException {
        ReadLimits limits = ReadLimits.defaults();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipGuard.Verdict verdict = ZipGuard.check(zip, limits);
            if (verdict.problem() != null || verdict.format() != ZipGuard.Format.ODS) {
                throw new IOException(file.getFileName() + ": "
                        + (verdict.problem() != null ? verdict.problem().reason() : "không phải bảng tính OpenDocument"));
            }
            List<List<List<String>>> sheets = new ArrayList<>();
            for (SheetGrid grid : new OdsLoader(limits).load(zip, (name, hidden) -> !hidden).sheets()) {
                List<List<String>> rows = new ArrayList<>(grid.rowCount());
                for (int r = 0; r < grid.rowCount(); r++) {
                    List<String> cells = new ArrayList<>(grid.width(r));
                    for (int c = 0; c < grid.width(r); c++) {
                        cells.add(grid.text(r, c));
                    }
                    rows.add(cells);
                }
                sheets.add(rows);
            }
            return sheets;
        } catch (EncryptedDocumentException e) {
            throw new IOException(file.getFileName() + ": tệp được đặt mật khẩu", e);
        }
    }

    private static Finding unreadable(String name, String reason) {
        return Finding.error("FILE-001", null, null, "Tệp " + name + " không phải sổ tính Excel đọc được: " + reason + ".");
    }

    private static Finding encrypted(String name) {
        return Finding.error("FILE-002", null, null, "Tệp " + name
                + " được đặt mật khẩu (mã hoá) nên không đọc được; hãy gỡ mật khẩu rồi gửi lại.");
    }

    private static Finding tooLarge(String name, String reason) {
        return Finding.error("FILE-006", null, null, "Tệp " + name + " vượt giới hạn cho phép: " + reason + ".");
    }

    private static String shorten(String s) {
        String oneLine = s.replace('\n', ' ');
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 160) + "…";
    }
}
