package vn.kdcl.normalise;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kdcl.ingest.read.CellValue;

/**
 * Reads budget cells ("81 triệu đồng", "494.510.000 đồng", "1,5 tỷ", "Xã hội hóa 50 tr", "Không")
 * into đồng. Rules (DOMAIN.md "Normalisation rules"):
 * <ul>
 * <li>'.' groups thousands and ',' is the decimal mark; tolerated: a single '.' followed by one or
 * two digits is a decimal ("1.5 tỷ"), commas in groups of three are thousands ("494,510,000"), and a
 * single ',' followed by three digits is thousands only when no multiplying unit follows
 * ("50,000 đ" = 50 000 but "1,500 tỷ" = 1.5 tỷ);</li>
 * <li>units tr / tr. / triệu / trđ / triệu đồng ×10^6, tỷ / tỉ ×10^9, nghìn / ngàn / k ×10^3,
 * đ / đồng / VNĐ / VND ×1; words around the amount are ignored;</li>
 * <li>several amounts: adjacent descending units form one amount ("1 tỷ 200 triệu"), otherwise they
 * are summed and flagged SUMMED; a range or product ("50-100 tr", "5 tr x 10") is NOT_UNDERSTOOD;</li>
 * <li>bare numbers (no unit): with the "(triệu đồng)" header flag they are millions, except values
 * ≥ 1 000 000 that are clearly đồng already; without the flag values ≥ 10 000 are đồng, 0 is
 * none, and values between are NOT_UNDERSTOOD with AMBIGUOUS_UNIT (a budget of 50 đồng is not
 * plausible and guessing millions silently is not allowed);</li>
 * <li>blank → NONE with null; Không…, -, 0 → NONE with 0; text without an amount → NOT_UNDERSTOOD.</li>
 * </ul>
 * Thread-safe and stateless.
 */
public final class MoneyParser {

    static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000L);
    static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);
    static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal AMBIGUOUS_BELOW = BigDecimal.valueOf(10_000L);

    /** A number (group 1) and its unit (group 2) in folded text. */
    static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d.,])("
                    + "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?"       // 494.510.000 / 1.500,5
                    + "|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?"      // 494,510,000
                    + "|\\d{1,3}(?: \\d{3})+(?![\\d.,])"       // 1 500 000
                    + "|\\d+(?:[.,]\\d+)?"                     // 81 / 1,5 / 1.5
                    + ")(?!\\d|[.,]\\d)"
                    + "(?:\\s*(trieu\\s*dong|trieu|tr\\.?\\s*d|tr\\.?|ty|ti|nghin|ngan|k|vnd|dong|d)(?![a-z]))?");

    private static final Pattern PERCENT_AFTER = Pattern.compile("\\s*%");
    private static final Pattern PRODUCT = Pattern.compile("[*×]\\s*\\d|(?<![a-z])x\\s*\\d");
    private static final Pattern RANGE_SEPARATOR = Pattern.compile("\\s*(?:-+>?|den|toi)\\s*");
    private static final Pattern SPACE_ONLY = Pattern.compile("\\s*");
    private static final Pattern NONE_TEXT = Pattern.compile("[\\p{Punct}\\s]*|khong\\b.*|0+\\s*(?:d|dong|vnd)?");
    private static final Pattern MILLIONS_HEADER = Pattern.compile("\\b(?:trieu|tr\\.?\\s*d|trd)\\b");

    /** True for a header such as "Dự kiến kinh phí (triệu đồng)", "Kinh phí (tr.đ)", "(trđ)". */
    public static boolean headerSaysMillions(String header) {
        return MILLIONS_HEADER.matcher(Fold.keepPunctuation(header)).find();
    }

    /** Reads a cell as the reader gives it: its number when numeric, else its text. */
    public Money parse(CellValue cell, boolean bareNumbersAreMillions) {
        return parse(cell.text(), cell.number(), bareNumbersAreMillions);
    }

    /**
     * @param text                   the displayed text (may be null)
     * @param number                 the numeric value when the cell was numeric, else null
     * @param bareNumbersAreMillions true when the column header says "(triệu đồng)"
     */
    public Money parse(String text, Double number, boolean bareNumbersAreMillions) {
        if (number == null || number.isNaN() || number.isInfinite()) {
            return parse(text, bareNumbersAreMillions);
        }
        String shown = text == null || text.isBlank() ? BigDecimal.valueOf(number).stripTrailingZeros().toPlainString() : text;
        EnumSet<Money.Flag> flags = EnumSet.of(Money.Flag.NUMERIC_CELL);
        return bare(BigDecimal.valueOf(number), shown, bareNumbersAreMillions, flags);
    }

    /** Reads a text; bare numbers are millions when the header said "(triệu đồng)". */
    public Money parse(String text, boolean bareNumbersAreMillions) {
        String f = Fold.keepPunctuation(text);
        EnumSet<Money.Flag> flags = EnumSet.noneOf(Money.Flag.class);
        if (f.isEmpty()) {
            return new Money(null, text == null ? "" : text, ParseStatus.NONE, flags);
        }
        List<Token> tokens = tokens(f, flags);
        if (tokens == null) {
            return new Money(null, text, ParseStatus.NOT_UNDERSTOOD, flags);
        }
        if (tokens.isEmpty()) {
            return NONE_TEXT.matcher(f).matches()
                    ? new Money(0L, text, ParseStatus.NONE, flags)
                    : new Money(null, text, ParseStatus.NOT_UNDERSTOOD, flags);
        }
        if (PRODUCT.matcher(f).find()) {
            flags.add(Money.Flag.RANGE_OR_PRODUCT);
            return new Money(null, text, ParseStatus.NOT_UNDERSTOOD, flags);
        }
        List<Token> withUnit = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (t.multiplier != null) {
                withUnit.add(t);
            }
        }
        // a range between amounts ("50 - 100 tr", "50tr-100tr") is not an amount
        for (int i = 1; i < tokens.size(); i++) {
            Token a = tokens.get(i - 1);
            Token b = tokens.get(i);
            if ((a.multiplier != null || b.multiplier != null)
                    && RANGE_SEPARATOR.matcher(f).region(a.end, b.start).matches()) {
                flags.add(Money.Flag.RANGE_OR_PRODUCT);
                return new Money(null, text, ParseStatus.NOT_UNDERSTOOD, flags);
            }
        }
        if (withUnit.isEmpty()) {
            if (tokens.size() > 1 && !allJoinedByPlus(f, tokens)) {
                return new Money(null, text, ParseStatus.NOT_UNDERSTOOD, flags);
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (Token t : tokens) {
                sum = sum.add(t.value);
            }
            if (tokens.size() > 1) {
                flags.add(Money.Flag.SUMMED);
            }
            return bare(sum, text, bareNumbersAreMillions, flags);
        }
        if (withUnit.size() < tokens.size()) {
            flags.add(Money.Flag.IGNORED_NUMBERS);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < withUnit.size(); i++) {
            Token t = withUnit.get(i);
            total = total.add(t.value.multiply(t.multiplier));
            if (i > 0) {
                Token prev = withUnit.get(i - 1);
                boolean compound = prev.multiplier.compareTo(t.multiplier) > 0
                        && SPACE_ONLY.matcher(f).region(prev.end, t.start).matches();
                if (!compound) {
                    flags.add(Money.Flag.SUMMED);
                }
            }
        }
        long dong = total.setScale(0, RoundingMode.HALF_UP).longValueExact();
        return new Money(dong, text, dong == 0 ? ParseStatus.NONE : ParseStatus.OK, flags);
    }

    private static Money bare(BigDecimal value, String text, boolean millions, EnumSet<Money.Flag> flags) {
        if (value.signum() == 0) {
            return new Money(0L, text, ParseStatus.NONE, flags);
        }
        BigDecimal dong;
        if (millions) {
            if (value.abs().compareTo(MILLION) >= 0) {
                flags.add(Money.Flag.DONG_UNDER_MILLIONS_HEADER);
                dong = value;
            } else {
                flags.add(Money.Flag.MILLIONS_FROM_HEADER);
                dong = value.multiply(MILLION);
            }
        } else if (value.abs().compareTo(AMBIGUOUS_BELOW) < 0) {
            flags.add(Money.Flag.AMBIGUOUS_UNIT);
            return new Money(null, text, ParseStatus.NOT_UNDERSTOOD, flags);
        } else {
            dong = value;
        }
        return new Money(dong.setScale(0, RoundingMode.HALF_UP).longValueExact(), text, ParseStatus.OK, flags);
    }

    private static boolean allJoinedByPlus(String f, List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            String between = f.substring(tokens.get(i - 1).end, tokens.get(i).start).strip();
            if (!between.equals("+")) {
                return false;
            }
        }
        return true;
    }

    /** Amount tokens of the folded text; null when a number is malformed. Percentages are skipped. */
    private static List<Token> tokens(String f, EnumSet<Money.Flag> flags) {
        List<Token> out = new ArrayList<>(2);
        Matcher m = AMOUNT.matcher(f);
        Matcher pct = PERCENT_AFTER.matcher(f);
        while (m.find()) {
            if (pct.region(m.end(1), f.length()).lookingAt() && pct.end() > m.end(1)) {
                continue;
            }
            BigDecimal multiplier = unit(m.group(2));
            BigDecimal value = number(m.group(1), multiplier, flags);
            if (value == null) {
                return null;
            }
            out.add(new Token(value, multiplier, m.start(), m.end()));
        }
        return out;
    }

    static BigDecimal unit(String unit) {
        if (unit == null) {
            return null;
        }
        return switch (unit.charAt(0)) {
            case 't' -> unit.startsWith("ty") || unit.equals("ti") ? BILLION : MILLION;
            case 'n', 'k' -> THOUSAND;
            default -> BigDecimal.ONE; // d, dong, vnd
        };
    }

    /** Interprets the separators of one number (see the class comment). */
    static BigDecimal number(String s, BigDecimal multiplier, EnumSet<Money.Flag> flags) {
        int dots = 0;
        int commas = 0;
        int lastDot = -1;
        int lastComma = -1;
        boolean spaces = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                dots++;
                lastDot = i;
            } else if (c == ',') {
                commas++;
                lastComma = i;
            } else if (c == ' ') {
                spaces = true;
            }
        }
        String plain;
        if (spaces) {
            plain = s.replace(" ", "");
        } else if (dots > 0 && commas > 0) {
            plain = lastComma > lastDot
                    ? s.replace(".", "").replace(',', '.')
                    : s.replace(",", "");
            if (lastDot > lastComma) {
                flags.add(Money.Flag.COMMA_THOUSANDS);
            }
        } else if (dots > 0) {
            int after = s.length() - lastDot - 1;
            if (dots == 1 && after != 3) {
                flags.add(Money.Flag.DECIMAL_DOT);
                plain = s;
            } else {
                plain = s.replace(".", "");
            }
        } else if (commas > 0) {
            int after = s.length() - lastComma - 1;
            boolean multiplying = multiplier != null && multiplier.compareTo(BigDecimal.ONE) > 0;
            if (commas > 1 || (after == 3 && !multiplying)) {
                flags.add(Money.Flag.COMMA_THOUSANDS);
                plain = s.replace(",", "");
            } else {
                plain = s.replace(',', '.');
            }
        } else {
            plain = s;
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private record Token(BigDecimal value, BigDecimal multiplier, int start, int end) {
    }
}
