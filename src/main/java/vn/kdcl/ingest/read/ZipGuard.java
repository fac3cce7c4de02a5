package vn.kdcl.ingest.read;

import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a zip's central directory before anything is inflated: entry count, total uncompressed
 * size and per-entry expansion ratio (zip bombs), and that the package is a spreadsheet at all.
 */
final class ZipGuard {

    /** Why the zip may not be parsed; {@code expansion} true for FILE-006, false for FILE-001. */
    record Problem(boolean expansion, String reason) {
    }

    private ZipGuard() {
    }

    static Problem check(ZipFile zip, ReadLimits limits) {
        long total = 0;
        int count = 0;
        boolean workbook = false;
        boolean word = false;
        boolean powerPoint = false;
        boolean binary = false;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (++count > limits.maxZipEntries()) {
                return new Problem(true, "có hơn " + limits.maxZipEntries() + " phần nén bên trong");
            }
            long size = e.getSize();
            long packed = e.getCompressedSize();
            if (size < 0 || packed < 0) {
                return new Problem(false, "mục lục ZIP không ghi kích thước phần " + e.getName());
            }
            total += size;
            if (total > limits.maxUncompressedBytes()) {
                return new Problem(true, "nội dung giải nén vượt " + mb(limits.maxUncompressedBytes()));
            }
            if (size > limits.ratioGraceBytes() && size > (long) limits.maxEntryRatio() * Math.max(packed, 1)) {
                return new Problem(true, "phần " + e.getName() + " nở " + (size / Math.max(packed, 1))
                        + " lần khi giải nén (giới hạn " + limits.maxEntryRatio() + " lần) — nghi là bom nén");
            }
            String name = e.getName().toLowerCase(Locale.ROOT);
            workbook |= name.endsWith("workbook.xml");
            binary |= name.endsWith("workbook.bin");
            word |= name.startsWith("word/");
            powerPoint |= name.startsWith("ppt/");
        }
        Problem lie = declaredSizesHold(zip);
        if (lie != null) {
            return lie;
        }
        if (!workbook) {
            if (binary) {
                return new Problem(false, "định dạng .xlsb (nhị phân) chưa được hỗ trợ; hãy lưu lại thành .xlsx");
            }
            if (word) {
                return new Problem(false, "nội dung là tài liệu Word (.docx), không phải sổ tính Excel");
            }
            if (powerPoint) {
                return new Problem(false, "nội dung là bản trình chiếu PowerPoint, không phải sổ tính Excel");
            }
            return new Problem(false, "tệp ZIP không chứa sổ tính Excel");
        }
        return null;
    }

    /**
     * The sizes above come from the central directory, which a forged file can understate; the
     * readers trust the stream, not the directory. Inflating every part once (at most the limits
     * above in total, a few hundred KB for a real plan) proves that no part holds more than it declares.
     */
    private static Problem declaredSizesHold(ZipFile zip) {
        byte[] buf = new byte[64 * 1024];
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            long declared = e.getSize();
            long actual = 0;
            try (java.io.InputStream in = zip.getInputStream(e)) {
                for (int n; (n = in.read(buf)) > 0; ) {
                    actual += n;
                    if (actual > declared) {
                        return new Problem(true, "phần " + e.getName() + " giải nén ra nhiều hơn kích thước khai báo ("
                                + declared + " byte) — nghi là bom nén");
                    }
                }
            } catch (java.io.IOException ex) {
                return new Problem(false, "phần " + e.getName() + " bị hỏng (" + ex.getMessage() + ")");
            }
        }
        return null;
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0).replace('.', ',');
    }
}
