package vn.kdcl.ingest.read;

import java.time.LocalDate;

/**
 * A cell as read from a workbook, with where it came from. The text is NFC and trimmed
 * ({@link vn.kdcl.text.VietText#clean}); number and date are set when the cell held one
 * (a real Excel date sets both the date and its serial number).
 *
 * @param text   the displayed text ("" for blank), never null
 * @param number numeric value when the cell was numeric (or a formula with a numeric result)
 * @param date   the date when the cell was a date-formatted number
 * @param sheet  the sheet name
 * @param ref    A1 reference of the cell (top-left cell of a merged region it was copied from)
 */
public record CellValue(String text, Double number, LocalDate date, String sheet, String ref) {

    public static CellValue blank(String sheet, String ref) {
        return new CellValue("", null, null, sheet, ref);
    }

    /** One-based row number of {@link #ref} (what the sheet shows), or null without a valid reference. */
    public Integer row() {
        int[] rc = ref == null ? null : Cells.parseRef(ref, 0, ref.length());
        return rc == null ? null : rc[0] + 1;
    }

    public boolean isBlank() {
        return text.isBlank() && number == null && date == null;
    }
}
