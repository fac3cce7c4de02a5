package vn.kdcl.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text helpers: NFC for storage, a folded form for matching labels and names. */
public final class VietText {

    /**
     * Windows' Vietnamese code page (1258: tone marks as separate characters), used by Excel's plain CSV and by
     * zip tools on Vietnamese Windows; ISO-8859-1 on a Java runtime built without the extended charsets, so that
     * such text is at least read, not refused.
     */
    public static final Charset WINDOWS_VIETNAMESE = Charset.isSupported("windows-1258")
            ? Charset.forName("windows-1258") : StandardCharsets.ISO_8859_1;

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
     *
     * <p>It runs on every label and many cells, so the characters of Vietnamese text are looked up in a
     * table of what each one folds to, made from {@link #foldByRules} itself; a string with any other
     * character (other scripts, symbols) goes through the rules, so the result is always theirs.
     */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        int n = s.length();
        StringBuilder sb = new StringBuilder(n);
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char f = c < FOLD_TABLE_END ? FOLDED[c] : FOLD_BY_RULES;
            if (f == FOLD_BY_RULES) {
                return foldByRules(s);
            }
            if (f == DROPPED) {
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

    /** {@link #fold} by its rules: NFD, marks removed, đ → d, lower case, non-letters and non-digits → one space. */
    static String foldByRules(String s) {
        String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        d = d.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(d).replaceAll(" ").strip();
    }

    /** Whether a character of this {@link Character#getType type} is a combining mark (tone marks, hooks, …). */
    public static boolean isCombiningMark(int type) {
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static final char DROPPED = 0;
    private static final char SEPARATOR = ' ';
    private static final char FOLD_BY_RULES = 0xFFFF;
    private static final int FOLD_TABLE_END = 0x2070;
    /** What each char folds to: a letter or digit, DROPPED (a combining mark), SEPARATOR, or FOLD_BY_RULES. */
    private static final char[] FOLDED = new char[FOLD_TABLE_END];

    static {
        for (int c = 0; c < FOLD_TABLE_END; c++) {
            FOLDED[c] = classify((char) c);
        }
    }

    private static char classify(char c) {
        String alone = String.valueOf(c);
        String folded = foldByRules(alone);
        if (folded.isEmpty()) {
            String nfd = Normalizer.normalize(alone, Normalizer.Form.NFD);
            return nfd.codePoints().allMatch(cp -> isCombiningMark(Character.getType(cp))) ? DROPPED : SEPARATOR;
        }
        // Latin letters only: their lower case and decomposition never depend on their neighbours
        boolean latin = c < 0x0250 || c >= 0x1E00 && c <= 0x1EFF;
        if (!latin || folded.length() != 1 || !Character.isLetterOrDigit(folded.charAt(0))) {
            return FOLD_BY_RULES;
        }
        return folded.charAt(0);
    }
}
