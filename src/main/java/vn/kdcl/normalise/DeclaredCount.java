package vn.kdcl.normalise;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A declared count such as "27/27", "34/36 (95,54%)", "34 tiêu chí" or "95.54%".
 *
 * @param count   the number of criteria, or null when only a percentage was given
 * @param total   the "out of" number, or null
 * @param percent the declared percentage ("," and "." both decimal marks), or null
 * @param text    the original text
 * @param status  OK, NONE (blank) or NOT_UNDERSTOOD
 */
public record DeclaredCount(Integer count, Integer total, BigDecimal percent, String text, ParseStatus status) {

    private static final Pattern FRACTION = Pattern.compile("(?<![\\d.,])(\\d{1,4})\\s*/\\s*(\\d{1,4})(?![\\d.,]?\\d)");
    private static final Pattern PERCENT = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:[.,]\\d+)?)\\s*%");
    private static final Pattern INTEGER = Pattern.compile("(?<![\\d.,])(\\d{1,4})(?![\\d%]|[.,]\\d|\\s*%)");
    // "Mức 3: 4/19" or "cấp độ 2" name a level, not a count
    private static final Pattern LEVEL_WORDS = Pattern.compile("\\b(?:muc|cap do|muc do|level)\\s*(?:\\d|iv|iii|ii|i)\\b");

    /** Parses a text cell. */
    public static DeclaredCount parse(String text) {
        String f = Fold.keepPunctuation(text);
        if (f.isEmpty()) {
            return new DeclaredCount(null, null, null, text == null ? "" : text, ParseStatus.NONE);
        }
        f = LEVEL_WORDS.matcher(f).replaceAll(" ");
        Integer count = null;
        Integer total = null;
        BigDecimal percent = null;
        Matcher pm = PERCENT.matcher(f);
        if (pm.find()) {
            percent = new BigDecimal(pm.group(1).replace(',', '.'));
        }
        Matcher fm = FRACTION.matcher(f);
        if (fm.find()) {
            count = Integer.valueOf(fm.group(1));
            total = Integer.valueOf(fm.group(2));
        } else {
            Matcher im = INTEGER.matcher(f);
            if (im.find()) {
                count = Integer.valueOf(im.group(1));
            }
        }
        if (count == null && percent == null) {
            return new DeclaredCount(null, null, null, text, ParseStatus.NOT_UNDERSTOOD);
        }
        return new DeclaredCount(count, total, percent, text, ParseStatus.OK);
    }

    /** A numeric cell holding the count (34.0). */
    public static DeclaredCount ofNumber(double number, String text) {
        String shown = text == null || text.isBlank() ? BigDecimal.valueOf(number).stripTrailingZeros().toPlainString() : text;
        if (number < 0 || number != Math.rint(number)) {
            return new DeclaredCount(null, null, null, shown, ParseStatus.NOT_UNDERSTOOD);
        }
        return new DeclaredCount((int) number, null, null, shown, ParseStatus.OK);
    }
}
