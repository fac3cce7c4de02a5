package vn.kdcl.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.kdcl.ingest.read.CellValue;

/** Criterion codes as written ("1.1", "Tiêu chí 1.1.", "TC 3.3", "Tiêu chí 2") → "1.1" / 2. */
public final class CriterionCodes {

    private static final Pattern CODE = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[.,]\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])(\\d{1,2})(?![\\d]|[.,]\\d)");

    private static final Pattern LEVEL4 = Pattern.compile("^\\s*(?:M4|Mức\\s*4)\\s*[.:\\-–]?\\s*(?:Tiêu chí\\s*)?(\\d{1,2})\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private CriterionCodes() {
    }

    /** "a.b" or null when the text holds no criterion code. */
    public static String code(CellValue cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        Matcher m = CODE.matcher(cell.text());
        if (m.find()) {
            return Integer.parseInt(m.group(1)) + "." + Integer.parseInt(m.group(2));
        }
        return null;
    }

    /** n for a Mức 4 reference written "M4.2" or "Mức 4 - Tiêu chí 2", else null. */
    public static Integer level4(CellValue cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        Matcher m = LEVEL4.matcher(cell.text());
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
