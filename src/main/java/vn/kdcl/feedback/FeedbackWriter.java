package vn.kdcl.feedback;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.kdcl.check.Finding;
import vn.kdcl.ingest.read.WorkbookReader;
import vn.kdcl.template.SheetOrder;
import vn.kdcl.template.WorkbookBytes;

/**
 * Writes a school's feedback workbook {@code <stem>.phan-hoi.xlsx}: a copy of the school's own workbook
 * with every cell a finding names highlighted and commented, and a first sheet "Phản hồi" listing all
 * findings with links to their cells. A file that cannot be opened (rejected as unreadable, encrypted,
 * too large) gets a short new workbook with only the "Phản hồi" sheet.
 *
 * <p>The output format follows the content: .xlsx for .xlsx, .xlsm for macro workbooks (their macros
 * stay, and an .xlsx name would make Excel refuse the file), .xls for Excel 97-2003 workbooks (POI cannot
 * convert between the formats without losing formatting). The original is only read; output bytes depend
 * only on the input ({@link FeedbackInput#checkedAt()} dates the document). Plain POI, no Spring.
 */
public final class FeedbackWriter {

    /** Suffix added to the original file's stem. */
    public static final String SUFFIX = ".phan-hoi";
    /** Dates shown to schools are Vietnamese dates. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Rejections whose file must not be opened again: it is unreadable, encrypted or too large. */
    private static final Set<String> UNREADABLE = Set.of("FILE-001", "FILE-002", "FILE-006");

    private static final Logger log = LoggerFactory.getLogger(FeedbackWriter.class);

    /** A rendered feedback workbook. */
    public record Rendered(byte[] bytes, String extension, boolean annotated) {
    }

    /**
     * The original file name without its extension: "Kế hoạch 2024.xlsx" → "Kế hoạch 2024". A feedback
     * workbook sent back loses its suffix too, so that its new feedback replaces the old one
     * ("Kế hoạch 2024.phan-hoi.xlsx" → "Kế hoạch 2024") instead of piling up ".phan-hoi.phan-hoi".
     */
    public static String stem(String fileName) {
        String name = Path.of(fileName).getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.endsWith(SUFFIX) && stem.length() > SUFFIX.length()
                ? stem.substring(0, stem.length() - SUFFIX.length()) : stem;
    }

    /** Writes into {@code dir} as {@code <stem of the file name>.phan-hoi.<ext>}; returns the file. */
    public Path write(FeedbackInput in, Path dir) {
        return write(in, dir, stem(in.fileName()));
    }

    /** Writes into {@code dir} as {@code <stem>.phan-hoi.<ext>} (atomically replacing an older one). */
    public Path write(FeedbackInput in, Path dir, String stem) {
        Rendered r = render(in);
        Path out = dir.resolve(stem + SUFFIX + "." + r.extension());
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(out.getFileName() + ".tmp");
            Files.write(tmp, r.bytes());
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write feedback " + out, e);
        }
    }

    /** Above these, the school's own workbook is not annotated (memory): the list alone is written. */
    static final long MAX_ANNOTATED_BYTES = 2L * 1024 * 1024;
    static final int MAX_LISTED_FINDINGS = 1_000;

    /** The feedback workbook's bytes. */
    public Rendered render(FeedbackInput in) {
        if (in.findings().size() > MAX_LISTED_FINDINGS) {
            return listOnly(capped(in));
        }
        // POI cannot write into an OpenDocument file (.ods): the list names the sheet and cell instead
        if (in.original() != null && Files.isRegularFile(in.original()) && !unreadable(in.findings())
                && size(in.original()) <= MAX_ANNOTATED_BYTES && !WorkbookReader.isOpenDocument(in.original())) {
            try {
                return annotate(in);
            } catch (Exception | LinkageError e) {
                // Rejected or odd files may still defeat POI; the list alone is better than nothing.
                log.warn("Feedback for {}: cannot annotate {} ({}); writing the list only", in.fileName(),
                        in.original().getFileName(), e.toString());
            }
        }
        return listOnly(in);
    }

    /** The most severe findings first, up to the cap, and a line saying how many more there are. */
    private static FeedbackInput capped(FeedbackInput in) {
        List<Finding> sorted = in.findings().stream()
                .sorted(java.util.Comparator.comparing(Finding::severity)).limit(MAX_LISTED_FINDINGS).toList();
        List<Finding> kept = new java.util.ArrayList<>(sorted);
        kept.add(Finding.info("…", null, null, "Còn " + (in.findings().size() - MAX_LISTED_FINDINGS)
                + " phát hiện khác không liệt kê ở đây; phòng/sở có danh sách đầy đủ trong báo cáo lần nhập."));
        return new FeedbackInput(in.fileName(), in.original(), in.schoolCode(), in.schoolName(), in.schoolYear(),
                in.rejected(), kept, in.checkedAt());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static boolean unreadable(List<Finding> findings) {
        return findings.stream().anyMatch(f -> UNREADABLE.contains(f.code()));
    }

    private Rendered annotate(FeedbackInput in) throws IOException {
        byte[] original = Files.readAllBytes(in.original());
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(original))) {
            int old = wb.getSheetIndex(FeedbackTexts.SHEET);
            if (old >= 0) {
                wb.removeSheetAt(old);
            }
            CellMarker marker = new CellMarker(wb);
            marker.removeOwnComments();
            List<Target> targets = marker.mark(in.findings());
            FeedbackSheet list = new FeedbackSheet(wb, ZONE);
            Sheet sheet = list.build(in, targets, true);
            putFirst(wb);
            list.repeatHeader(sheet);
            date(wb, in);
            String ext = wb instanceof HSSFWorkbook ? "xls"
                    : wb instanceof XSSFWorkbook x && x.isMacroEnabled() ? "xlsm" : "xlsx";
            return new Rendered(WorkbookBytes.of(wb), ext, true);
        }
    }

    private Rendered listOnly(FeedbackInput in) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            List<Target> targets = in.findings().stream()
                    .map(f -> new Target(f.sheet(), f.cell(), null, false)).toList();
            FeedbackSheet list = new FeedbackSheet(wb, ZONE);
            Sheet sheet = list.build(in, targets, false);
            putFirst(wb);
            list.repeatHeader(sheet);
            date(wb, in);
            return new Rendered(WorkbookBytes.of(wb), "xlsx", false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens on "Phản hồi": first, active and the only selected tab (several selected tabs would be grouped). */
    private static void putFirst(Workbook wb) {
        SheetOrder.move(wb, FeedbackTexts.SHEET, 0);
        for (Sheet s : wb) {
            s.setSelected(false);
        }
        wb.getSheetAt(0).setSelected(true);
        wb.setActiveSheet(0);
        wb.setFirstVisibleTab(0);
    }

    private static void date(Workbook wb, FeedbackInput in) {
        Date at = Date.from(in.checkedAt());
        if (wb instanceof XSSFWorkbook x) {
            POIXMLProperties.CoreProperties core = x.getProperties().getCoreProperties();
            if (core.getCreated() == null) {
                core.setCreated(Optional.of(at));
            }
            core.setModified(Optional.of(at));
            core.setLastModifiedByUser(FeedbackTexts.AUTHOR);
            if (core.getCreator() == null) {
                core.setCreator(FeedbackTexts.AUTHOR);
            }
        } else if (wb instanceof HSSFWorkbook h) {
            if (h.getSummaryInformation() == null) {
                h.createInformationProperties();
            }
            h.getSummaryInformation().setLastSaveDateTime(at);
            h.getSummaryInformation().setLastAuthor(FeedbackTexts.AUTHOR);
        }
    }
}
