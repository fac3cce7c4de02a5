package vn.kdcl.ingest.read;

import java.io.IOException;
import java.io.InputStream;

/**
 * Finds {@code <mergeCell ref="A1:C3"/>} elements in a sheet part by a byte scan, because
 * fastexcel-reader 0.19.0 exposes no merged regions; a byte scan is much cheaper than a second
 * StAX pass over the sheet data that precedes them.
 */
final class MergeScanner {

    private static final byte[] NAME = "mergeCell".getBytes();
    private static final int TAIL = 256;

    private MergeScanner() {
    }

    static void scan(InputStream in, SheetGrid grid) throws IOException {
        byte[] buf = new byte[32 * 1024];
        int len = 0;
        boolean eof = false;
        while (!eof) {
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) {
                eof = true;
            } else {
                len += n;
                if (len < buf.length) {
                    continue;
                }
            }
            int limit = eof ? len : len - TAIL;
            int i = 1;
            while (i < limit) {
                if (buf[i] == 'm' && matches(buf, i, len) && (buf[i - 1] == '<' || buf[i - 1] == ':')) {
                    i = readRef(buf, i + NAME.length, len, grid);
                } else {
                    i++;
                }
            }
            if (!eof) {
                int keep = len - Math.max(limit - 1, 0);
                System.arraycopy(buf, len - keep, buf, 0, keep);
                len = keep;
            }
        }
    }

    private static boolean matches(byte[] buf, int at, int len) {
        if (at + NAME.length >= len) {
            return false;
        }
        for (int k = 1; k < NAME.length; k++) {
            if (buf[at + k] != NAME[k]) {
                return false;
            }
        }
        byte after = buf[at + NAME.length];
        return after == ' ' || after == '\t' || after == '\n' || after == '\r';
    }

    /** Reads ref="…" within the element; returns the index to continue from. */
    private static int readRef(byte[] buf, int from, int len, SheetGrid grid) {
        int end = Math.min(len, from + 200);
        for (int i = from; i + 5 < end; i++) {
            if (buf[i] == '>') {
                return i;
            }
            if (buf[i] == 'r' && buf[i + 1] == 'e' && buf[i + 2] == 'f' && buf[i + 3] == '=' && (buf[i + 4] == '"' || buf[i + 4] == '\'')) {
                byte quote = buf[i + 4];
                int s = i + 5;
                int e = s;
                while (e < end && buf[e] != quote) {
                    e++;
                }
                addRange(new String(buf, s, e - s, java.nio.charset.StandardCharsets.US_ASCII), grid);
                return e;
            }
        }
        return from;
    }

    static void addRange(String ref, SheetGrid grid) {
        int colon = ref.indexOf(':');
        if (colon < 0) {
            return;
        }
        int[] a = parseRef(ref, 0, colon);
        int[] b = parseRef(ref, colon + 1, ref.length());
        if (a != null && b != null) {
            grid.addMerge(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
        }
    }

    /** "B12" → {11, 1}; null when malformed. */
    private static int[] parseRef(String s, int from, int to) {
        int col = 0;
        int row = 0;
        int i = from;
        while (i < to && s.charAt(i) == '$') {
            i++;
        }
        int letters = 0;
        while (i < to && Character.isLetter(s.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(s.charAt(i)) - 'A' + 1);
            i++;
            letters++;
        }
        if (i < to && s.charAt(i) == '$') {
            i++;
        }
        int digits = 0;
        while (i < to && Character.isDigit(s.charAt(i)) && digits < 8) {
            row = row * 10 + (s.charAt(i) - '0');
            i++;
            digits++;
        }
        if (letters == 0 || letters > 3 || digits == 0 || i != to) {
            return null;
        }
        return new int[] {row - 1, col - 1};
    }
}
