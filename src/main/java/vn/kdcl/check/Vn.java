package vn.kdcl.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Formats numbers, money and dates the Vietnamese way for messages ("94,44%", "1.500.000 đồng"). */
public final class Vn {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private Vn() {
    }

    public static String percent(BigDecimal p) {
        return p.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + "%";
    }

    public static String money(long dong) {
        DecimalFormatSymbols sym = new DecimalFormatSymbols();
        sym.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", sym).format(dong) + " đồng";
    }

    public static String date(LocalDate d) {
        return d == null ? "?" : d.format(DATE);
    }

    /** A moment as the reports and {@code kdcl status} print it: "16:25 25/11/2026". */
    public static String time(LocalDateTime t) {
        return t.format(TIME);
    }

    /** Quotes a cell's text for a message, shortened. */
    public static String quote(String s) {
        if (s == null) {
            return "\"\"";
        }
        String t = s.replace('\n', ' ');
        return "\"" + (t.length() > 60 ? t.substring(0, 57) + "…" : t) + "\"";
    }
}
