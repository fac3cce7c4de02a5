package vn.kdcl.normalise;

import vn.kdcl.ingest.read.CellValue;

/** The two reviews of the TT57/2026 plan: the end of term I and the end of the school year. */
public final class ReviewMoment {

    public static final String MID_YEAR = "MID_YEAR";
    public static final String YEAR_END = "YEAR_END";

    private ReviewMoment() {
    }

    /** MID_YEAR for "Cuối học kỳ I" / "HK1", YEAR_END for "Cuối năm học" / "HK II", else null. */
    public static String of(CellValue cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String f = Fold.words(cell.text());
        if (f.contains("nam hoc") || f.contains("cuoi nam") || f.matches(".*\\b(?:hoc ky|hk) ?(?:ii|2)\\b.*")) {
            return YEAR_END;
        }
        if (f.matches(".*\\b(?:hoc ky|hk) ?(?:i|1)\\b.*") || f.contains("giua nam")) {
            return MID_YEAR;
        }
        return null;
    }
}
