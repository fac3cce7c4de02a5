package vn.kdcl.ingest.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The kept cells of one sheet, by zero-based row and column, format independent: xlsx and xls
 * loaders both fill it, and the interpretation only reads grids. Merged regions are filled with
 * the top-left cell's value (the same {@link CellValue} object, so its ref stays the top-left one).
 */
final class SheetGrid {

    private final String name;
    private final boolean hidden;
    private final int index;
    private final ArrayList<CellValue[]> rows = new ArrayList<>();
    private final List<int[]> merges = new ArrayList<>();

    SheetGrid(String name, boolean hidden, int index) {
        this.name = name;
        this.hidden = hidden;
        this.index = index;
    }

    /** Position of the sheet in the workbook (zero-based), to find it again with POI. */
    int index() {
        return index;
    }

    String name() {
        return name;
    }

    boolean hidden() {
        return hidden;
    }

    int rowCount() {
        return rows.size();
    }

    void put(int row, int col, CellValue value) {
        if (col >= Cells.MAX_COLUMNS || value == null) {
            return;
        }
        while (rows.size() <= row) {
            rows.add(null);
        }
        CellValue[] cells = rows.get(row);
        if (cells == null || cells.length <= col) {
            CellValue[] grown = new CellValue[Math.max(col + 1, cells == null ? 16 : Math.min(Cells.MAX_COLUMNS, cells.length * 2))];
            if (cells != null) {
                System.arraycopy(cells, 0, grown, 0, cells.length);
            }
            cells = grown;
            rows.set(row, cells);
        }
        cells[col] = value;
    }

    CellValue get(int row, int col) {
        if (row < 0 || row >= rows.size()) {
            return null;
        }
        CellValue[] cells = rows.get(row);
        return cells == null || col < 0 || col >= cells.length ? null : cells[col];
    }

    /** Number of column slots of a row (some may be null). */
    int width(int row) {
        CellValue[] cells = row < rows.size() ? rows.get(row) : null;
        return cells == null ? 0 : cells.length;
    }

    String text(int row, int col) {
        CellValue v = get(row, col);
        return v == null ? "" : v.text();
    }

    void addMerge(int firstRow, int firstCol, int lastRow, int lastCol) {
        merges.add(new int[] {firstRow, firstCol, lastRow, lastCol});
    }

    /** A merged range as the sheet XML writes it ("B12:B15"); malformed ranges are ignored. */
    void addMerge(String range) {
        int colon = range.indexOf(':');
        if (colon < 0) {
            return;
        }
        int[] a = Cells.parseRef(range, 0, colon);
        int[] b = Cells.parseRef(range, colon + 1, range.length());
        if (a != null && b != null) {
            addMerge(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
        }
    }

    /** Copies each merged region's top-left value to the region's other cells (within the read rows). */
    void applyMerges() {
        for (int[] m : merges) {
            CellValue top = get(m[0], m[1]);
            if (top == null) {
                continue;
            }
            int lastRow = Math.min(m[2], rows.size() - 1);
            int lastCol = Math.min(m[3], Cells.MAX_COLUMNS - 1);
            for (int r = m[0]; r <= lastRow; r++) {
                for (int c = m[1]; c <= lastCol; c++) {
                    if (get(r, c) == null) {
                        put(r, c, top);
                    }
                }
            }
        }
    }

    /**
     * Rows [from, to) as a grid of their own (row 0 = row {@code from}), for one part of a sheet that holds a whole
     * plan one table under another. The cells keep their references to the original sheet; merges are applied.
     */
    SheetGrid slice(int from, int to) {
        SheetGrid part = new SheetGrid(name, hidden, index);
        for (int r = Math.max(0, from); r < Math.min(to, rows.size()); r++) {
            CellValue[] cells = rows.get(r);
            part.rows.add(cells == null ? null : cells.clone());
        }
        return part;
    }
}
