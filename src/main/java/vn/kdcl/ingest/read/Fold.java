package vn.kdcl.ingest.read;

import java.text.Normalizer;

import vn.kdcl.text.VietText;

/**
 * {@link VietText#fold} without regexes for the characters of Vietnamese labels: a table maps each
 * precomposed Latin letter to its folded base letter. Any character outside the table sends the
 * whole string to {@link VietText#fold}, so the result is always the same as VietText's.
 */
final class Fold {

    private static final char SEPARATOR = ' ';
    private static final char FALLBACK = 0xFFFF;
    private static final int TABLE_END = 0x2070;
    private static final char[] TABLE = new char[TABLE_END];

    static {
        for (int c = 0; c < TABLE_END; c++) {
            TABLE[c] = classify((char) c);
        }
    }

    private Fold() {
    }

    /**
     * 0 for a character folding away (a combining mark), SEPARATOR for punctuation and spaces,
     * the folded letter for Latin letters, FALLBACK for anything else (other scripts, numbers
     * like '²', letters whose lower case is not one char).
     */
    private static char classify(char c) {
        String alone = String.valueOf(c);
        String folded = VietText.fold(alone);
        if (folded.isEmpty()) {
            String nfd = Normalizer.normalize(alone, Normalizer.Form.NFD);
            return nfd.codePoints().allMatch(cp -> Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.ENCLOSING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) ? 0 : SEPARATOR;
        }
        boolean latin = c < 0x0250 || c >= 0x1E00 && c <= 0x1EFF;
        if (!latin || folded.length() != 1 || !Character.isLetterOrDigit(folded.charAt(0))) {
            return FALLBACK;
        }
        return folded.charAt(0);
    }

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        int n = s.length();
        StringBuilder sb = new StringBuilder(n);
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char f = c < TABLE_END ? TABLE[c] : FALLBACK;
            if (f == FALLBACK) {
                return VietText.fold(s);
            }
            if (f == 0) {
                continue;
            }
            if (f == SEPARATOR) {
                pendingSpace = sb.length() > 0;
                continue;
            }
            if (pendingSpace) {
                sb.append(SEPARATOR);
                pendingSpace = false;
            }
            sb.append(f);
        }
        return sb.toString();
    }
}
