package vn.kdcl.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.util.CodePageUtil;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.kdcl.catalogue.Catalogue;
import vn.kdcl.catalogue.Framework;
import vn.kdcl.catalogue.SchoolType;

/**
 * Writes the school workbook of TEMPLATE.md for one catalogue version: blank, or pre-filled from a
 * {@link SchoolSubmissionData}. Plain POI, no Spring. Output bytes are reproducible: document dates
 * come from the constructor and zip entry times are fixed (see {@link WorkbookBytes}).
 */
public final class TemplateWriter {

    private final Instant documentDate;

    /** Document properties dated now (to the second). */
    public TemplateWriter() {
        this(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** Document properties (created/modified) dated {@code documentDate}, for reproducible files. */
    public TemplateWriter(Instant documentDate) {
        this.documentDate = documentDate;
    }

    /** File name of a catalogue's blank template: {@code KDCL_TT18-2018_THCS-THPT-PTNCH.xlsx}. */
    public static String fileName(Catalogue catalogue) {
        String id = catalogue.id().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        String types = catalogue.schoolTypes().stream().map(SchoolType::name).collect(Collectors.joining("-"));
        return "KDCL_" + id + (types.isEmpty() ? "" : "_" + types) + ".xlsx";
    }

    /** File name of one school type's blank template: {@code KDCL_TT57-2026_GDTX.xlsx}. */
    public static String fileName(Catalogue catalogue, SchoolType type) {
        String id = catalogue.id().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return "KDCL_" + id + "_" + type.name() + ".xlsx";
    }

    /** Whether the catalogue is assessed with the Thông tư 57/2026 workbook (two levels, mandatory criteria). */
    public static boolean isTt57(Catalogue catalogue) {
        return catalogue.framework() == Framework.TT57;
    }

    /** A new .xlsx workbook with every sheet filled. The caller closes it. */
    public XSSFWorkbook build(Catalogue catalogue, SchoolSubmissionData data) {
        XSSFWorkbook wb = new XSSFWorkbook();
        fill(wb, catalogue, data);
        properties(wb, catalogue);
        return wb;
    }

    /** A new Thông tư 57/2026 .xlsx workbook with every sheet filled. The caller closes it. */
    public XSSFWorkbook build(Catalogue catalogue, Tt57SubmissionData data) {
        XSSFWorkbook wb = new XSSFWorkbook();
        fill(wb, catalogue, data);
        properties(wb, catalogue);
        return wb;
    }

    /** Fills an empty workbook with the Thông tư 57/2026 layout; formulas are evaluated. */
    public void fill(Workbook wb, Catalogue catalogue, Tt57SubmissionData data) {
        new Tt57WorkbookFiller(wb, catalogue, data).fill();
    }

    /** The .xlsx bytes of a Thông tư 57/2026 workbook, reproducible for equal inputs. */
    public byte[] toBytes(Catalogue catalogue, Tt57SubmissionData data) {
        try (XSSFWorkbook wb = build(catalogue, data)) {
            return WorkbookBytes.of(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void properties(XSSFWorkbook wb, Catalogue catalogue) {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        core.setCreator("kdcl-hub");
        core.setLastModifiedByUser("kdcl-hub");
        core.setTitle("Kết quả tự đánh giá và kế hoạch cải tiến chất lượng - " + catalogue.id());
        core.setCreated(Optional.of(Date.from(documentDate)));
        core.setModified(Optional.of(Date.from(documentDate)));
    }

    /**
     * Fills an empty workbook of any format (XSSF or HSSF), so that callers can produce an .xls too.
     * Formulas are evaluated so that readers which only see cached values get results. A Thông tư 57/2026
     * catalogue gets its own layout, with the information and criteria marks of {@code data} (no plan rows).
     */
    public void fill(Workbook wb, Catalogue catalogue, SchoolSubmissionData data) {
        if (isTt57(catalogue)) {
            fill(wb, catalogue, new Tt57SubmissionData(data.info(), data.criteria(), List.of(), List.of(), List.of()));
            return;
        }
        new WorkbookFiller(wb, catalogue, data, guideText()).fill();
        if (wb instanceof HSSFWorkbook hssf) {
            // Without property streams POI warns when the .xls is written and read again.
            hssf.createInformationProperties();
            hssf.getSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UTF8);
            hssf.getDocumentSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UTF8);
            hssf.getSummaryInformation().setTitle("Kết quả tự đánh giá và kế hoạch cải tiến chất lượng - " + catalogue.id());
        }
    }

    /** The .xlsx bytes, reproducible for equal inputs. */
    public byte[] toBytes(Catalogue catalogue, SchoolSubmissionData data) {
        try (XSSFWorkbook wb = build(catalogue, data)) {
            return WorkbookBytes.of(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the .xlsx to {@code file}, creating parent folders. */
    public void write(Catalogue catalogue, SchoolSubmissionData data, Path file) {
        write(toBytes(catalogue, data), file);
    }

    /** Writes a Thông tư 57/2026 .xlsx to {@code file}, creating parent folders. */
    public void write(Catalogue catalogue, Tt57SubmissionData data, Path file) {
        write(toBytes(catalogue, data), file);
    }

    private static void write(byte[] bytes, Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static String guideText() {
        try (InputStream in = TemplateWriter.class.getResourceAsStream("/template/guide.txt")) {
            if (in == null) {
                throw new IllegalStateException("Missing resource template/guide.txt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
