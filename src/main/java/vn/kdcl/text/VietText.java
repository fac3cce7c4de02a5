package vn.kdcl.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text helpers: NFC for storage, a folded form for matching labels and names. */
public final class VietText {

    private static final Pattern SPACES = Pattern.compile("[\\s&&[^\\n]]+");
    private static final Pattern AROUND_NEWLINE = Pattern.compile(" *\\n *");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private VietText() {
    }

    /** NFC, non-breaking and repeated spaces collapsed, trimmed; null stays null. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        if (isClean(s)) {
            return s; // the common case: no allocation for every cell of every workbook
        }
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        String spaced = nfc.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ');
        return AROUND_NEWLINE.matcher(SPACES.matcher(spaced).replaceAll(" ")).replaceAll("\n").strip();
    }

    private static boolean isClean(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return false;
        }
        char prev = 'x';
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch < ' ' || ch == '\u00A0' || ch == '\u2007' || ch == '\u202F' || (ch == ' ' && prev == ' ')
                    || (ch >= '\u0300' && ch <= '\u036F') || Character.isWhitespace(ch) && ch != ' ') {
                return false;
            }
            prev = ch;
        }
        return Normalizer.isNormalized(s, Normalizer.Form.NFC);
    }

    /**
     * Folded key for comparisons: diacritics removed (đ → d), lower case, punctuation dropped,
     * whitespace collapsed. "Chủ trì và phối hợp" and "CHU TRI VA PHOI HOP:" fold alike.
     */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        d = d.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(d).replaceAll(" ").strip();
    }
}
