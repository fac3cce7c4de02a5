package vn.kdcl.normalise;

import java.util.Map;
import vn.kdcl.ingest.read.CellValue;

/**
 * Reads Đạt / Không đạt cells. Matching is on the folded text, so "ĐẠT", "đạt", "Dat" and an
 * NFD-encoded "Đạt" are alike. Thread-safe and stateless.
 */
public final class MarkParser {

    // folded text → mark; a lookup, not a regex, because it runs for ~100 cells per workbook
    private static final Map<String, Mark> WORDS = Map.ofEntries(
            Map.entry("dat", Mark.MET), Map.entry("x", Mark.MET), Map.entry("v", Mark.MET),
            Map.entry("1", Mark.MET), Map.entry("true", Mark.MET), Map.entry("co", Mark.MET),
            Map.entry("\u2713", Mark.MET), Map.entry("\u2714", Mark.MET), Map.entry("\u2611", Mark.MET),
            Map.entry("\u2705", Mark.MET), Map.entry("yes", Mark.MET), Map.entry("dat.", Mark.MET),
            Map.entry("khong dat", Mark.NOT_MET), Map.entry("kd", Mark.NOT_MET), Map.entry("k.d", Mark.NOT_MET),
            Map.entry("chua dat", Mark.NOT_MET), Map.entry("0", Mark.NOT_MET), Map.entry("false", Mark.NOT_MET),
            Map.entry("khong", Mark.NOT_MET), Map.entry("\u2717", Mark.NOT_MET), Map.entry("\u2718", Mark.NOT_MET),
            Map.entry("no", Mark.NOT_MET),
            Map.entry("-", Mark.NOT_APPLICABLE), Map.entry("--", Mark.NOT_APPLICABLE),
            Map.entry("n/a", Mark.NOT_APPLICABLE), Map.entry("na", Mark.NOT_APPLICABLE),
            Map.entry("khong co", Mark.NOT_APPLICABLE), Map.entry("khong ap dung", Mark.NOT_APPLICABLE),
            Map.entry("/", Mark.NOT_APPLICABLE));

    public MarkReading parse(String text) {
        String f = Fold.keepPunctuation(text);
        if (f.isEmpty()) {
            return new MarkReading(Mark.BLANK, text == null ? "" : text);
        }
        Mark mark = WORDS.get(f);
        if (mark == null && f.endsWith(".")) {
            mark = WORDS.get(f.substring(0, f.length() - 1)); // "Đạt." typed as a sentence
        }
        return new MarkReading(mark == null ? Mark.UNKNOWN : mark, text);
    }

    /** A numeric cell 1 / 0 is MET / NOT_MET; other numbers are UNKNOWN. */
    public MarkReading parse(CellValue cell) {
        if (cell == null) {
            return new MarkReading(Mark.BLANK, ""); // the column is absent (no Mức 3 in TT57/2026)
        }
        if (cell.number() != null && cell.date() == null) {
            double n = cell.number();
            Mark mark = n == 1d ? Mark.MET : n == 0d ? Mark.NOT_MET : Mark.UNKNOWN;
            return new MarkReading(mark, cell.text());
        }
        return parse(cell.text());
    }
}
