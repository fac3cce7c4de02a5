package vn.kdcl.ingest.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a zip's central directory before anything is inflated: entry count, total uncompressed
 * size and per-entry expansion ratio (zip bombs), and that the package is a spreadsheet at all;
 * then bounds what each part read may inflate to.
 */
final class ZipGuard {

    /** Why the zip may not be parsed; {@code expansion} true for FILE-006, false for FILE-001. */
    record Problem(boolean expansion, String reason) {
    }

    /** The spreadsheet formats a zip package can hold. */
    enum Format { OOXML, ODS }

    /** What {@link #check} found: the format to read, or the problem (then {@code format} is null). */
    record Verdict(Format format, Problem problem) {

        static Verdict problem(boolean expansion, String reason) {
            return new Verdict(null, new Problem(expansion, reason));
        }
    }

    private static final String ODF_MIME = "application/vnd.oasis.opendocument.";

    private ZipGuard() {
    }

    static Verdict check(ZipFile zip, ReadLimits limits) throws IOException {
        long total = 0;
        int count = 0;
        boolean workbook = false;
        boolean word = false;
        boolean powerPoint = false;
        boolean binary = false;
        List<String> packedWorkbooks = new ArrayList<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (++count > limits.maxZipEntries()) {
                return Verdict.problem(true, "có hơn " + limits.maxZipEntries() + " phần nén bên trong");
            }
            long size = e.getSize();
            long packed = e.getCompressedSize();
            if (size < 0 || packed < 0) {
                return Verdict.problem(false, "mục lục ZIP không ghi kích thước phần " + e.getName());
            }
            total += size;
            if (total > limits.maxUncompressedBytes()) {
                return Verdict.problem(true, "nội dung giải nén vượt " + mb(limits.maxUncompressedBytes()));
            }
            if (size > limits.ratioGraceBytes() && size > (long) limits.maxEntryRatio() * Math.max(packed, 1)) {
                return Verdict.problem(true, "phần " + e.getName() + " nở " + (size / Math.max(packed, 1))
                        + " lần khi giải nén (giới hạn " + limits.maxEntryRatio() + " lần) — nghi là bom nén");
            }
            String name = e.getName().toLowerCase(Locale.ROOT);
            workbook |= name.endsWith("workbook.xml");
            binary |= name.endsWith("workbook.bin");
            word |= name.startsWith("word/");
            powerPoint |= name.startsWith("ppt/");
            if (WorkbookReader.hasWorkbookName(name) && !name.startsWith("__macosx/")) {
                packedWorkbooks.add(e.getName().substring(e.getName().lastIndexOf('/') + 1));
            }
        }
        if (!workbook) {
            String odf = openDocumentType(zip);
            if (odf != null) {
                return odf.startsWith("spreadsheet") ? new Verdict(Format.ODS, null)
                        : Verdict.problem(false, "nội dung là " + openDocumentName(odf) + ", không phải bảng tính");
            }
            if (!packedWorkbooks.isEmpty()) {
                // schools' attachments downloaded together: the officer needs to unpack them, not fix them
                return Verdict.problem(false, "đây là tệp nén ZIP chứa " + packedWorkbooks.size() + " sổ tính ("
                        + String.join(", ", packedWorkbooks.subList(0, Math.min(3, packedWorkbooks.size())))
                        + (packedWorkbooks.size() > 3 ? ", …" : "") + "); hãy giải nén các tệp vào thư mục inbox rồi nhập lại");
            }
            if (binary) {
                return Verdict.problem(false, "định dạng .xlsb (nhị phân) chưa được hỗ trợ; hãy lưu lại thành .xlsx");
            }
            if (word) {
                return Verdict.problem(false, "nội dung là tài liệu Word (.docx), không phải sổ tính Excel");
            }
            if (powerPoint) {
                return Verdict.problem(false, "nội dung là bản trình chiếu PowerPoint, không phải sổ tính Excel");
            }
            return Verdict.problem(false, "tệp ZIP không chứa sổ tính Excel");
        }
        return new Verdict(Format.OOXML, null);
    }

    /**
     * What an OpenDocument package says it is ("spreadsheet", "text", …: its mimetype entry after
     * {@value #ODF_MIME}), or null when the zip is no OpenDocument file.
     */
    static String openDocumentType(ZipFile zip) throws IOException {
        ZipEntry mimetype = zip.getEntry("mimetype");
        if (mimetype == null) {
            return null;
        }
        try (InputStream in = open(zip, mimetype)) {
            String type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
            return type.startsWith(ODF_MIME) ? type.substring(ODF_MIME.length()) : null;
        }
    }

    private static String openDocumentName(String type) {
        if (type.startsWith("text")) {
            return "văn bản OpenDocument (.odt)";
        }
        if (type.startsWith("presentation")) {
            return "bản trình chiếu OpenDocument (.odp)";
        }
        return "tài liệu OpenDocument (" + type + ")";
    }

    /**
     * Opens a part for reading. The sizes checked above come from the central directory, which a
     * forged file can understate; the stream trusts the inflater, not the directory, and stops
     * (FILE-006) as soon as a part yields more than it declared. Parts nobody reads are never inflated.
     */
    static InputStream open(ZipFile zip, ZipEntry entry) throws IOException {
        return new DeclaredSize(zip.getInputStream(entry), entry.getName(), entry.getSize());
    }

    private static final class DeclaredSize extends FilterInputStream {

        private final String name;
        private final long declared;
        private long count;

        DeclaredSize(InputStream in, String name, long declared) {
            super(in);
            this.name = name;
            this.declared = declared;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) {
            count += n;
            if (count > declared) {
                throw new XlsxLoader.LimitExceededException("phần " + name + " giải nén ra nhiều hơn kích thước khai báo ("
                        + declared + " byte) — nghi là bom nén");
            }
        }
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0).replace('.', ',');
    }
}
