package vn.kdcl.ingest.read;

import java.util.regex.Pattern;

import vn.kdcl.text.VietText;

/** Helpers shared by the table parsers: column cells, section rows. */
final class TableRows {

    /** "Tiêu chuẩn 1: …", "MỨC 2", "Mức 1, 2, 3", "Mức 4" — folded. */
    private static final Pattern SECTION = Pattern.compile("^(tieu chuan \\d+\\b.*|tieu chuan [ivx]+\\b.*|muc (?:do )?[1-4](?: [1-4])*(?: va [1-4])?)$");
    private static final Pattern LEVEL = Pattern.compile("^muc (?:do )?([1-4])$");
    private static final Pattern NUMBERING = Pattern.compile("^\\(?\\d{1,3}[.)]?$|^[ivxIVX]{1,4}[.]?$|^[a-zA-Z][.)]$");

    private TableRows() {
    }

    /** The cell of a column in a row: null when the column is absent, a blank cell when it is empty. */
    static CellValue cell(SheetGrid grid, int row, Integer col) {
        if (col == null) {
            return null;
        }
        CellValue v = grid.get(row, col);
        return v != null ? v : CellValue.blank(grid.name(), Cells.ref(row, col));
    }

    static boolean present(CellValue v) {
        return v != null && !v.isBlank();
    }

    /**
     * The section label of a row whose every distinct non-blank cell is either a numbering ("1", "II")
     * or a section label; "" for a row of numbering only (e.g. "(1) (2) (3)" under a header); null for
     * any other row. Cells of one merged region count once.
     */
    static String sectionLabel(SheetGrid grid, int row) {
        String label = null;
        CellValue previous = null;
        int width = grid.width(row);
        for (int c = 0; c < width; c++) {
            CellValue v = grid.get(row, c);
            if (v == null || v == previous || v.isBlank()) {
                continue;
            }
            previous = v;
            String t = v.text();
            if (v.number() != null || NUMBERING.matcher(t).matches()) {
                continue;
            }
            if (label != null || t.length() > 200 || !startsLikeSection(t)) {
                return null;
            }
            String f = VietText.fold(t);
            if (!SECTION.matcher(f).matches()) {
                return null;
            }
            label = f;
        }
        return label == null ? "" : label;
    }

    private static final Pattern TOTAL = Pattern.compile("^(tong|cong|tong cong( .*)?|tong so|tong kinh phi( .*)?)$");

    /** A "Tổng cộng" line: its amounts are sums of the other rows, not rows of their own. */
    static boolean isTotal(SheetGrid grid, int row) {
        int width = grid.width(row);
        for (int c = 0; c < width; c++) {
            CellValue v = grid.get(row, c);
            if (v != null && !v.isBlank()) {
                return isTotal(v);
            }
        }
        return false;
    }

    private static boolean isTotal(CellValue first) {
        if (first == null || first.text().isEmpty() || first.text().length() > 60) {
            return false;
        }
        char c = first.text().charAt(0);
        return (c == 'T' || c == 't' || c == 'C' || c == 'c') && TOTAL.matcher(VietText.fold(first.text())).matches();
    }

    private static final Pattern REVIEW_MOMENT = Pattern.compile("^(?:\\d+[.)]?\\s*)?(?:cuoi |giua )?(?:hoc ky|hk) ?(?:i|ii|1|2)\\b.*|^(?:\\d+[.)]?\\s*)?cuoi nam( hoc)?\\b.*");

    /** "Cuối học kỳ I", "Cuối năm học", "HK II": the review moments of the TT57 plan form. */
    static boolean isReviewMoment(String text) {
        return text != null && text.length() <= 60 && REVIEW_MOMENT.matcher(VietText.fold(text)).matches();
    }

    /** The only distinct non-blank cell of a row (a merged title or section row), else null. */
    static CellValue singleText(SheetGrid grid, int row) {
        CellValue only = null;
        int width = grid.width(row);
        for (int c = 0; c < width; c++) {
            CellValue v = grid.get(row, c);
            if (v == null || v.isBlank() || v == only) {
                continue;
            }
            if (only != null) {
                return null;
            }
            only = v;
        }
        return only;
    }

    static boolean blankRow(SheetGrid grid, int row) {
        int width = grid.width(row);
        for (int c = 0; c < width; c++) {
            CellValue v = grid.get(row, c);
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsLikeSection(String t) {
        char c = t.charAt(0);
        return c == 'T' || c == 't' || c == 'M' || c == 'm';
    }

    /** 2 for "muc 2"; null for a standard heading or "Mức 1, 2, 3". */
    static Integer sectionLevel(String foldedSection) {
        var m = LEVEL.matcher(foldedSection);
        return m.matches() ? Integer.parseInt(m.group(1)) : null;
    }

    static boolean isStandardSection(String foldedSection) {
        return foldedSection.startsWith("tieu chuan");
    }
}
