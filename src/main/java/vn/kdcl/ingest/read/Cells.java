package vn.kdcl.ingest.read;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.apache.poi.ss.usermodel.DateUtil;

import vn.kdcl.text.VietText;

/** Cheap per-cell helpers: cleaning without regexes on the common path, A1 references, number text. */
final class Cells {

    static final int MAX_COLUMNS = 64;
    private static final String[] COLUMN_NAMES = new String[MAX_COLUMNS];

    static {
        for (int c = 0; c < MAX_COLUMNS; c++) {
            COLUMN_NAMES[c] = columnName(c);
        }
    }

    private Cells() {
    }

    static String ref(int row, int col) {
        String name = col < MAX_COLUMNS ? COLUMN_NAMES[col] : columnName(col);
        return name + (row + 1);
    }

    /** Whether {@code s} is exactly {@link #ref(int, int)} of the cell (most files write it so: then it is reused). */
    static boolean isRef(String s, int row, int col) {
        if (col >= MAX_COLUMNS) {
            return false;
        }
        String name = COLUMN_NAMES[col];
        int n = name.length();
        if (!s.startsWith(name) || s.length() == n || s.charAt(n) == '0' || s.length() - n > 8) {
            return false;
        }
        int number = 0;
        for (int i = n; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
            number = number * 10 + (ch - '0');
        }
        return number == row + 1;
    }

    /** "B12" → {11, 1}; null when malformed. */
    static int[] parseRef(String s, int from, int to) {
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

    private static String columnName(int col) {
        StringBuilder sb = new StringBuilder(3);
        int c = col + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.toString();
    }

    /** Non-ASCII characters below this bound that cannot change under NFC, whatever surrounds them. */
    private static final int NFC_TABLE_END = 0x2000;
    private static final boolean[] NFC_STABLE = new boolean[NFC_TABLE_END];

    static {
        for (int c = 0x80; c < NFC_TABLE_END; c++) {
            String alone = String.valueOf((char) c);
            boolean mark = VietText.isCombiningMark(Character.getType(c));
            // precomposed letters are NFC on their own and never the second half of a composition
            NFC_STABLE[c] = !mark && Character.isLetter(c) && (c < 0x0250 || c >= 0x1E00)
                    && Normalizer.isNormalized(alone, Normalizer.Form.NFC);
        }
    }

    /**
     * Same result as {@link VietText#clean} but returns the string itself when it is already clean
     * (the usual case), so most cells cost one scan and no regex.
     */
    static String clean(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        int n = s.length();
        char prev = '\n';
        boolean checkNfc = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c <= ' ') {
                // a space after a space or a line break, a control character, a space before a line break
                if (c == ' ' ? prev == ' ' || prev == '\n' : c != '\n' || prev == ' ' || prev == '\n' && i == 0) {
                    return VietText.clean(s);
                }
            } else if (c >= 0x80 && !checkNfc && (c >= NFC_TABLE_END || !NFC_STABLE[c])) {
                checkNfc = true; // punctuation like '–' or '“', other scripts, combining marks
            }
            prev = c;
        }
        if (prev == ' ' || prev == '\n') {
            return VietText.clean(s);
        }
        if (checkNfc && (!Normalizer.isNormalized(s, Normalizer.Form.NFC) || hasOddSpace(s))) {
            return VietText.clean(s);
        }
        return s;
    }

    private static boolean hasOddSpace(String s) {
        if (s.indexOf('\u00A0') >= 0 || s.indexOf('\u2007') >= 0 || s.indexOf('\u202F') >= 0) {
            return true;
        }
        // strip() also removes Unicode spaces at the ends
        return Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1));
    }

    /** Text of a number as a person would type it: integers without ".0", no exponent. */
    static String numberText(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** The day an ISO 8601 date or date-time names ("2024-09-30", "2024-09-30T08:00:00"), or null. */
    static LocalDate isoDay(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Vietnamese display of a date cell, dd/MM/yyyy. */
    static String dateText(LocalDate d) {
        StringBuilder sb = new StringBuilder(10);
        if (d.getDayOfMonth() < 10) {
            sb.append('0');
        }
        sb.append(d.getDayOfMonth()).append('/');
        if (d.getMonthValue() < 10) {
            sb.append('0');
        }
        return sb.append(d.getMonthValue()).append('/').append(d.getYear()).toString();
    }

    static CellValue text(String raw, String sheet, int row, int col) {
        return text(raw, sheet, ref(row, col));
    }

    static CellValue text(String raw, String sheet, String ref) {
        return cleanText(clean(raw), sheet, ref);
    }

    /** A text cell whose text went through {@link #clean} already. */
    static CellValue cleanText(String clean, String sheet, int row, int col) {
        return cleanText(clean, sheet, ref(row, col));
    }

    static CellValue cleanText(String clean, String sheet, String ref) {
        return clean.isEmpty() ? null : new CellValue(clean, null, null, sheet, ref);
    }

    static CellValue number(double d, String sheet, int row, int col) {
        return number(d, numberText(d), sheet, ref(row, col));
    }

    /** A number whose {@link #numberText} is known already. */
    static CellValue number(double d, String text, String sheet, String ref) {
        return new CellValue(text, d, null, sheet, ref);
    }

    static CellValue date(double serial, LocalDate date, String sheet, int row, int col) {
        return date(serial, date, sheet, ref(row, col));
    }

    /**
     * The day of an Excel date serial, as POI's {@code DateUtil.getLocalDateTime(serial, date1904).toLocalDate()}
     * gives it, without POI's BigDecimal rounding for the usual whole-day serial (a plan has two dates per task).
     */
    static LocalDate excelDate(double serial, boolean date1904) {
        if (serial >= 0 && serial < MAX_WHOLE_DAY && serial == Math.rint(serial)) {
            long days = (long) serial;
            // POI's arithmetic: Excel's 1900 system counts the 29th of February 1900 that never was
            int adjust = date1904 ? 1 : days < 61 ? 0 : -1;
            return (date1904 ? EPOCH_1904 : EPOCH_1900).plusDays(days + adjust - 1);
        }
        return DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
    }

    private static final LocalDate EPOCH_1900 = LocalDate.of(1900, 1, 1);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    /** Serials past the year 9999 are left to POI. */
    private static final double MAX_WHOLE_DAY = 2_958_466;

    static CellValue date(double serial, LocalDate date, String sheet, String ref) {
        return new CellValue(dateText(date), serial, date, sheet, ref);
    }
}
