package vn.kdcl.normalise;

import java.text.Normalizer;

/**
 * The parsers' folding, on every money and period cell: diacritics dropped, đ → d, lower case, every
 * kind of space (NBSP included) collapsed to one space, every dash (–, —, −) turned into '-', and,
 * unlike {@link vn.kdcl.text.VietText#fold}, punctuation kept when asked ("1,5 tỷ", "8/2023") and
 * soft hyphens and zero-width characters dropped rather than made into spaces.
 */
final class Fold {

    private Fold() {
    }

    /** Folded, punctuation kept (digits, '.', ',', '/', '-' matter to numbers and dates). */
    static String keepPunctuation(String s) {
        return fold(s, true);
    }

    /** Folded like {@link vn.kdcl.text.VietText#fold}: punctuation becomes a space. */
    static String words(String s) {
        return fold(s, false);
    }

    /** Below this, each character's NFD base letter is looked up instead of normalising the string. */
    private static final int TABLE_END = 0x2000;
    private static final char NO_BASE = 0xFFFF;
    /** The first char of NFD(c) when the rest are combining marks (folding drops them), else NO_BASE. */
    private static final char[] BASE = new char[TABLE_END];

    static {
        for (int c = 0; c < TABLE_END; c++) {
            String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
            boolean marksOnly = d.chars().skip(1).allMatch(m -> isMark(Character.getType(m)));
            BASE[c] = d.length() >= 1 && marksOnly && !Character.isSurrogate(d.charAt(0)) ? d.charAt(0) : NO_BASE;
        }
    }

    /** Combining marks: folding drops them. */
    private static boolean isMark(int type) {
        return vn.kdcl.text.VietText.isCombiningMark(type);
    }

    private static String fold(String s, boolean keepPunctuation) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        // Vietnamese text is precomposed letters below U+2000: their base letters come from the table;
        // anything else (other scripts, symbols) takes the full NFD pass with the same rules.
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= TABLE_END || BASE[c] == NO_BASE) {
                return fold(Normalizer.normalize(s, Normalizer.Form.NFD), keepPunctuation, false);
            }
        }
        return fold(s, keepPunctuation, true);
    }

    /** @param viaTable each char is replaced by its NFD base letter; otherwise {@code d} is NFD already */
    static String fold(String d, boolean keepPunctuation, boolean viaTable) {
        StringBuilder b = new StringBuilder(d.length());
        boolean pendingSpace = false;
        for (int i = 0; i < d.length(); i++) {
            char c = viaTable ? BASE[d.charAt(i)] : d.charAt(i);
            int type = Character.getType(c);
            if (isMark(type)) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            boolean wordChar = Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER
                    || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
            if (wordChar || (keepPunctuation && !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                    && type != Character.FORMAT && type != Character.CONTROL)) {
                if (pendingSpace && b.length() > 0) {
                    b.append(' ');
                }
                pendingSpace = false;
                b.append(wordChar ? Character.toLowerCase(c) : dash(c));
            } else if (type != Character.FORMAT) {
                // soft hyphen / zero-width chars (FORMAT) vanish; anything else separates words
                pendingSpace = true;
            }
        }
        return b.toString();
    }

    private static char dash(char c) {
        return switch (c) {
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D' -> '-';
            case '\u2192', '\u27F6', '\u21D2' -> '>'; // arrows: "9→10/2022" reads as "9->10/2022"
            default -> c;
        };
    }
}
