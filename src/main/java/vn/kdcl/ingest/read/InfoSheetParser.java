package vn.kdcl.ingest.read;

import java.util.EnumMap;
import java.util.Map;

import vn.kdcl.text.VietText;

/**
 * Reads "Thông tin trường" as label/value pairs: the label is the first filled cell of a row
 * (column A in the template), the value the next filled cell to its right. "Mã trường: 123" in a
 * single cell is split at the colon. Rows that are not labels (titles, notes) are skipped.
 */
final class InfoSheetParser {

    private static final int LABEL_COLUMNS = 3;
    private static final int MAX_LABEL = 80;

    private InfoSheetParser() {
    }

    static Map<InfoField, CellValue> parse(SheetGrid grid) {
        Map<InfoField, CellValue> info = new EnumMap<>(InfoField.class);
        for (int r = 0; r < grid.rowCount(); r++) {
            int width = grid.width(r);
            int labelCol = -1;
            for (int c = 0; c < Math.min(width, LABEL_COLUMNS); c++) {
                CellValue v = grid.get(r, c);
                if (v != null && !v.text().isEmpty()) {
                    labelCol = c;
                    break;
                }
            }
            if (labelCol < 0) {
                continue;
            }
            CellValue labelCell = grid.get(r, labelCol);
            String text = labelCell.text();
            InfoField field = null;
            CellValue value = null;
            int colon = text.indexOf(':');
            if (colon > 0 && colon <= MAX_LABEL) {
                // "Mã trường:" or "Tên trường: Trường TH Hẹ Muông" (value in the label cell)
                field = label(text.substring(0, colon));
                String after = Cells.clean(text.substring(colon + 1));
                if (field != null && !after.isEmpty()) {
                    value = new CellValue(after, null, null, labelCell.sheet(), labelCell.ref());
                }
            }
            if (field == null && text.length() <= MAX_LABEL) {
                field = label(text);
            }
            if (field == null) {
                continue;
            }
            if (value == null) {
                value = valueRightOf(grid, r, labelCol, labelCell);
            }
            CellValue existing = info.get(field);
            if (existing == null || existing.isBlank() && !value.isBlank()) {
                info.put(field, value);
            }
        }
        return info;
    }

    /** A label, also when numbered as in a Word plan ("1. Tên trường", "a) Mã trường"). */
    private static InfoField label(String text) {
        String f = VietText.fold(text);
        InfoField field = InfoLabels.match(f);
        if (field == null) {
            String bare = NUMBERING.matcher(f).replaceFirst("");
            field = bare.length() < f.length() ? InfoLabels.match(bare) : null;
        }
        return field;
    }

    private static final java.util.regex.Pattern NUMBERING =
            java.util.regex.Pattern.compile("^(?:\\d{1,2}(?: \\d{1,2})?|[a-e]|[ivx]{1,4}) ");

    /** Number of rows whose first cell is a known label: tells an info sheet named "Sheet1" apart. */
    static int labelCount(SheetGrid grid, int maxRows) {
        int count = 0;
        for (int r = 0; r < Math.min(grid.rowCount(), maxRows); r++) {
            CellValue v = grid.get(r, 0);
            if (v != null && !v.text().isEmpty() && v.text().length() <= MAX_LABEL) {
                String t = v.text();
                int colon = t.indexOf(':');
                if (InfoLabels.match(VietText.fold(colon > 0 ? t.substring(0, colon) : t)) != null) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * The first cell right of the label that is not part of the label's merged region. Only that
     * cell: further right the template (and many offices) put hints or remarks, not values.
     */
    private static CellValue valueRightOf(SheetGrid grid, int r, int labelCol, CellValue labelCell) {
        int width = grid.width(r);
        for (int c = labelCol + 1; c < width; c++) {
            CellValue v = grid.get(r, c);
            if (v == labelCell) {
                continue;
            }
            return v != null ? v : CellValue.blank(grid.name(), Cells.ref(r, c));
        }
        return CellValue.blank(grid.name(), Cells.ref(r, labelCol + 1));
    }
}
