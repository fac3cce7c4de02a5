package vn.kdcl.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells what a file is from its first bytes, never from its extension. */
final class FileSniffer {

    enum Kind { EMPTY, ZIP, OLE2, OTHER }

    record Sniff(Kind kind, String description) {
    }

    private FileSniffer() {
    }

    static Sniff sniff(Path file) throws IOException {
        byte[] head = new byte[16];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n == 0) {
            return new Sniff(Kind.EMPTY, "tệp rỗng (0 byte)");
        }
        if (starts(head, n, 0x50, 0x4B, 0x03, 0x04)) {
            return new Sniff(Kind.ZIP, "ZIP");
        }
        if (starts(head, n, 0x50, 0x4B, 0x05, 0x06)) {
            return new Sniff(Kind.OTHER, "tệp ZIP rỗng");
        }
        if (starts(head, n, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return new Sniff(Kind.OLE2, "OLE2");
        }
        return new Sniff(Kind.OTHER, describeOther(head, n));
    }

    private static String describeOther(byte[] h, int n) {
        if (starts(h, n, '%', 'P', 'D', 'F')) {
            return "nội dung là tệp PDF, không phải sổ tính Excel";
        }
        if (starts(h, n, 0x89, 'P', 'N', 'G')) {
            return "nội dung là ảnh PNG, không phải sổ tính Excel";
        }
        if (starts(h, n, 0xFF, 0xD8, 0xFF)) {
            return "nội dung là ảnh JPEG, không phải sổ tính Excel";
        }
        if (starts(h, n, '{', '\\', 'r', 't', 'f')) {
            return "nội dung là văn bản RTF, không phải sổ tính Excel";
        }
        if (starts(h, n, 'R', 'a', 'r', '!')) {
            return "nội dung là tệp nén RAR, không phải sổ tính Excel; hãy giải nén rồi đặt các sổ tính vào thư mục inbox "
                    + "(tệp nén .zip thì được giải nén tự động)";
        }
        if (starts(h, n, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return "nội dung là tệp nén 7z, không phải sổ tính Excel; hãy giải nén rồi đặt các sổ tính vào thư mục inbox "
                    + "(tệp nén .zip thì được giải nén tự động)";
        }
        if (starts(h, n, '<')) {
            return "nội dung là văn bản HTML/XML, không phải sổ tính Excel";
        }
        if (starts(h, n, 0, 0, 0, 0)) {
            return "tệp chỉ chứa byte 0 (có thể chưa chép xong)";
        }
        if (looksLikeText(h, n)) {
            return "nội dung là văn bản thuần (CSV/TXT), không phải sổ tính Excel; tệp CSV chỉ giữ được một trang tính";
        }
        return "định dạng không nhận ra (không phải .xlsx, .xlsm, .xls hay .ods)";
    }

    /** No control bytes but tabs and line ends: text, in UTF-8 or a single-byte code page (a BOM included). */
    private static boolean looksLikeText(byte[] h, int n) {
        for (int i = 0; i < n; i++) {
            int b = h[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\r' && b != '\n' || b == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean starts(byte[] h, int n, int... magic) {
        if (n < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((h[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
