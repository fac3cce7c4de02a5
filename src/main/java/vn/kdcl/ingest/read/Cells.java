package vn.kdcl.ingest.read;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;

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

    /**
     * Same result as {@link VietText#clean} but returns the string itself when it is already clean
     * (the usual case), so most cells cost one scan and no regex.
     */
    static String clean(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        int n = s.length();
        if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(n - 1))
                || Character.isSpaceChar(s.charAt(0)) || Character.isSpaceChar(s.charAt(n - 1))) {
            return VietText.clean(s);
        }
        boolean ascii = true;
        char prev = 'x';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c < 0x20 && c != '\n' || c == ' ' && (prev == ' ' || prev == '\n') || c == '\n' && prev == ' ') {
                    return VietText.clean(s);
                }
            } else {
                ascii = false;
                if (c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                    return VietText.clean(s);
                }
            }
            prev = c;
        }
        if (ascii || Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            return s;
        }
        return VietText.clean(s);
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
        String t = clean(raw);
        return t.isEmpty() ? null : new CellValue(t, null, null, sheet, ref(row, col));
    }

    static CellValue number(double d, String sheet, int row, int col) {
        return new CellValue(numberText(d), d, null, sheet, ref(row, col));
    }

    static CellValue date(double serial, LocalDate date, String sheet, int row, int col) {
        return new CellValue(dateText(date), serial, date, sheet, ref(row, col));
    }
}
