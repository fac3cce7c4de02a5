package vn.kdcl.ingest.read;

/**
 * A quick detector of text typed with legacy Vietnamese fonts (TCVN3/ABC ".VnTime", VNI-Times)
 * and shown as Unicode: such text puts Latin-1 symbols like 'µ', '¸', 'ª', '−', 'ö', 'ø' inside
 * words ("Tr−êng", "Hµ Néi", "Tröôøng"). Package-private: the normalisers own the real converter.
 */
final class LegacyEncoding {

    private static final String MARKERS = "µ¸¶·¹¨¾¼½©®ª¬¯²³´ÆÇËÏÑÖ×ØÜÞßäåæçëîïñöøûüþ¤¥¦º\u2212";
    private static final boolean[] TABLE = new boolean[0x100];

    static {
        for (char c : MARKERS.toCharArray()) {
            if (c < 0x100) {
                TABLE[c] = true;
            }
        }
    }

    private LegacyEncoding() {
    }

    /** Number of words of the text that contain a legacy marker next to a letter. */
    static int suspiciousWords(String s) {
        return suspiciousWords(s, s.length());
    }

    /** {@link #suspiciousWords(String)} of the first {@code maxChars} characters only. */
    static int suspiciousWords(String s, int maxChars) {
        int n = Math.min(s.length(), maxChars);
        if (!hasMarker(s, n)) {
            return 0;
        }
        int count = 0;
        boolean counted = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n') {
                counted = false;
                continue;
            }
            if (!counted && isMarker(c) && (i > 0 && Character.isLetter(s.charAt(i - 1))
                    || i + 1 < n && Character.isLetter(s.charAt(i + 1)) && !isMarker(s.charAt(i + 1)))) {
                count++;
                counted = true;
            }
        }
        return count;
    }

    private static boolean hasMarker(String s, int n) {
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0xA0 && isMarker(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMarker(char c) {
        return c < 0x100 ? TABLE[c] : c == '\u2212';
    }
}
