package vn.kdcl.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a declared level ("Mức 2", "2", "Mức II", "Cấp độ 2", "Chưa đạt") into 0..4.
 * Thread-safe and stateless.
 */
public final class LevelParser {

    private static final Pattern LEVEL = Pattern.compile(
            "^(?:(?:muc do|muc|cap do|cap|level)\\s*)?(iv|iii|ii|i|[0-4])(?:\\.0)?$"
                    + "|\\b(?:muc do|muc|cap do|level)\\s*(iv|iii|ii|i|[0-4])\\b");
    private static final Pattern NONE_REACHED = Pattern.compile("^(?:chua dat|khong dat)(?: muc (?:1|i))?$|^chua xep muc$");

    /**
     * @param level 0..4, or null when not understood
     * @param text  the original text
     */
    public record Level(Integer level, String text, ParseStatus status) {
    }

    public Level parse(String text) {
        String f = Fold.keepPunctuation(text);
        if (f.isEmpty()) {
            return new Level(null, text == null ? "" : text, ParseStatus.NONE);
        }
        if (NONE_REACHED.matcher(f).find()) {
            return new Level(0, text, ParseStatus.OK);
        }
        Matcher m = LEVEL.matcher(f);
        if (m.find()) {
            String v = m.group(1) != null ? m.group(1) : m.group(2);
            return new Level(value(v), text, ParseStatus.OK);
        }
        return new Level(null, text, ParseStatus.NOT_UNDERSTOOD);
    }

    /** A numeric cell: whole numbers 0..4. */
    public Level parse(double number, String text) {
        if (number >= 0 && number <= 4 && number == Math.rint(number)) {
            return new Level((int) number, text, ParseStatus.OK);
        }
        return new Level(null, text, ParseStatus.NOT_UNDERSTOOD);
    }

    private static int value(String v) {
        return switch (v) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            default -> Integer.parseInt(v);
        };
    }
}
