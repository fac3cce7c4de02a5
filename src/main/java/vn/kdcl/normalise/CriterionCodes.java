package vn.kdcl.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.kdcl.ingest.read.CellValue;
import vn.kdcl.text.VietText;

/** Criterion codes as written ("1.1", "Tiêu chí 1.1.", "TC 3.3", "Tiêu chí 2") → "1.1" / 2. */
public final class CriterionCodes {

    private static final Pattern CODE = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[.,]\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])(\\d{1,2})(?![\\d]|[.,]\\d)");

    private static final Pattern LEVEL4 = Pattern.compile("^\\s*(?:M4|Mức\\s*4)\\s*[.:\\-–]?\\s*(?:Tiêu chí\\s*)?(\\d{1,2})\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // Word plans name criteria by number within a standard: "tiêu chí 2 - Tiêu chuẩn III", "tiêu chí 3 của
    // tiêu chuẩn II", "Tiêu chuẩn 2, tiêu chí 3" (seed 001). Matched on folded text (punctuation dropped).
    private static final Pattern IN_STANDARD = Pattern.compile(
            "\\btieu chi (\\d{1,2}) (?:cua |thuoc )?tieu chuan (v|iv|iii|ii|i|\\d)\\b");
    private static final Pattern STANDARD_FIRST = Pattern.compile(
            "\\btieu chuan (v|iv|iii|ii|i|\\d) tieu chi (\\d{1,2})\\b");
    private static final java.util.List<String> ROMAN = java.util.List.of("i", "ii", "iii", "iv", "v");

    // "Tiêu chí 1.4", "TC 1.4", "TC1.4 (bắt buộc)": a code named as a criterion inside free text (TT57 plans write
    // the criterion in "Nội dung cải tiến"); a bare "95.5" in such text is a number, not a code.
    private static final Pattern NAMED = Pattern.compile("(?:ti[eê]u\\s*ch[ií]|\\btc)\\s*[:.]?\\s*(\\d{1,2})\\s*[.,]\\s*(\\d{1,2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private CriterionCodes() {
    }

    private static final Pattern STANDARD_ROMAN = Pattern.compile("\\btieu chuan (v|iv|iii|ii|i)\\b");

    /** A standard's number as written: "3", "Tiêu chuẩn 3", "Tiêu chuẩn III"; null when none. */
    public static Integer standard(CellValue cell) {
        Integer n = number(cell);
        if (n != null || cell == null || cell.isBlank()) {
            return n;
        }
        Matcher m = STANDARD_ROMAN.matcher(VietText.fold(cell.text()));
        return m.find() ? standard(m.group(1)) : null;
    }

    /** The first code named as a criterion in free text ("Tiêu chí 1.4: …", "TC 3.2 - …"), else null. */
    public static String named(CellValue cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        Matcher m = NAMED.matcher(java.text.Normalizer.normalize(cell.text(), java.text.Normalizer.Form.NFC));
        return m.find() ? Integer.parseInt(m.group(1)) + "." + Integer.parseInt(m.group(2)) : null;
    }

    /** Every criterion code in a cell that lists some ("1.4; 3.2", "Tiêu chí 1.4, 2.1"), in order, no repeats. */
    public static java.util.List<String> all(CellValue cell) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        if (cell != null && !cell.isBlank()) {
            Matcher m = CODE.matcher(cell.text());
            while (m.find()) {
                out.add(Integer.parseInt(m.group(1)) + "." + Integer.parseInt(m.group(2)));
            }
        }
        return java.util.List.copyOf(out);
    }

    /** "a.b" or null when the text holds no criterion code. */
    public static String code(CellValue cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        if (isPlainCode(cell.text())) {
            return cell.text(); // "1.1", "5.10": what templates hold, already in its normal form
        }
        Matcher m = CODE.matcher(cell.text());
        if (m.find()) {
            return Integer.parseInt(m.group(1)) + "." + Integer.parseInt(m.group(2));
        }
        String folded = VietText.fold(cell.text());
        Matcher in = IN_STANDARD.matcher(folded);
        if (in.find()) {
            return standard(in.group(2)) + "." + Integer.parseInt(in.group(1));
        }
        Matcher first = STANDARD_FIRST.matcher(folded);
        if (first.find()) {
            return standard(first.group(1)) + "." + Integer.parseInt(first.group(2));
        }
        return null;
    }

    /** One or two digits, a point, one or two digits, no leading zero: the code itself. */
    private static boolean isPlainCode(String s) {
        int dot = s.indexOf('.');
        return (dot == 1 || dot == 2) && s.length() - dot - 1 >= 1 && s.length() - dot - 1 <= 2
                && digits(s, 0, dot) && digits(s, dot + 1, s.length());
    }

    private static boolean digits(String s, int from, int to) {
        if (s.charAt(from) == '0') {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int standard(String s) {
        return Character.isDigit(s.charAt(0)) ? Integer.parseInt(s) : ROMAN.indexOf(s) + 1;
    }

    /** n for a Mức 4 reference written "M4.2" or "Mức 4 - Tiêu chí 2", else null. */
    public static Integer level4(CellValue cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String t = cell.text();
        int i = 0;
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        // both spellings begin with an M: skip the regex for the usual "1.1"
        if (i == t.length() || t.charAt(i) != 'M' && t.charAt(i) != 'm') {
            return null;
        }
        Matcher m = LEVEL4.matcher(t);
        return m.find() ? Integer.parseInt(m.group(1)) : null;
    }

    /** The first small integer of the text ("Tiêu chí 2" → 2), or null. */
    public static Integer number(CellValue cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        if (cell.number() != null && cell.number() == Math.rint(cell.number())) {
            return cell.number().intValue();
        }
        Matcher m = NUMBER.matcher(cell.text());
        return m.find() ? Integer.parseInt(m.group(1)) : null;
    }
}
