package vn.kdcl.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Serialises workbooks reproducibly: same content, same bytes (zip entry times are fixed). */
public final class WorkbookBytes {

    /** Any fixed time that DOS zip times can hold; local fields, so the time zone does not matter. */
    private static final LocalDateTime FIXED_ZIP_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private WorkbookBytes() {
    }

    /** The file bytes of {@code wb}; .xlsx packages are re-zipped with fixed entry times. */
    public static byte[] of(Workbook wb) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return wb instanceof XSSFWorkbook ? normalizeZip(out.toByteArray()) : out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites a zip with the same entries in the same order and fixed timestamps. */
    public static byte[] normalizeZip(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(FIXED_ZIP_TIME);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
