package vn.kdcl.normalise;

import java.text.Normalizer;

/**
 * Allocation-light folding used by the parsers: one NFD pass and one character loop instead of
 * the several regex replacements of {@link vn.kdcl.text.VietText#fold}, because it runs on every
 * cell. Diacritics dropped, đ → d, lower case, every kind of space (NBSP included) collapsed to one
 * space, every dash (–, —, −) turned into '-'.
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

    private static String fold(String s, boolean keepPunctuation) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        boolean pendingSpace = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
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
