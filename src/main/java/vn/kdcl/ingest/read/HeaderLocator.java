package vn.kdcl.ingest.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;


/**
 * Finds a table's header row instead of assuming it: scans the first rows for the row (or pair
 * of rows, for a parent label merged over sub-labels) whose folded labels name the most columns.
 */
final class HeaderLocator {

    static final int SCAN_ROWS = 15;
    /** Longest parent + sub label classified together: longer pairs are two texts of data rows, not a header. */
    private static final int MAX_PAIR_LABEL = 160;

    /**
     * A located header.
     *
     * @param columns   column index of each recognised key (first column wins)
     * @param labels    the header cell of each key (parent and sub label joined for two-row headers)
     * @param firstData first row after the header
     */
    record Header<E extends Enum<E>>(Map<E, Integer> columns, Map<E, String> labels, int firstData) {

        Integer col(E key) {
            return columns.get(key);
        }

        boolean has(E key) {
            return columns.containsKey(key);
        }

        /** The same header with one key's column under another key. */
        Header<E> renamed(E from, E to) {
            Map<E, Integer> c = new java.util.HashMap<>(columns);
            Map<E, String> l = new java.util.HashMap<>(labels);
            c.put(to, c.remove(from));
            l.put(to, l.remove(from));
            return new Header<>(c, l, firstData);
        }
    }

    private HeaderLocator() {
    }

    static <E extends Enum<E>> Header<E> locate(SheetGrid grid, FoldedRows folded, Class<E> type,
                                                 Function<String, E> classify) {
        int rows = Math.min(grid.rowCount(), SCAN_ROWS);
        // each cell's own label is classified once; only two-row composites are classified again
        List<List<E>> keys = new ArrayList<>(rows + 1);
        for (int r = 0; r <= rows && r < grid.rowCount(); r++) {
            List<E> row = new ArrayList<>(grid.width(r));
            for (int c = 0; c < grid.width(r); c++) {
                String label = folded.get(r, c);
                row.add(label.isEmpty() ? null : folded.classify(type, label, classify));
            }
            keys.add(row);
        }
        Header<E> best = null;
        int bestScore = 0;
        for (int r = 0; r < rows; r++) {
            Header<E> single = read(grid, folded, keys, r, false, type, classify);
            if (single.columns().size() > bestScore) {
                best = single;
                bestScore = single.columns().size();
            }
            if (r + 1 < grid.rowCount()) {
                Header<E> pair = read(grid, folded, keys, r, true, type, classify);
                if (pair.columns().size() > Math.max(bestScore, single.columns().size())) {
                    best = pair;
                    bestScore = pair.columns().size();
                }
            }
        }
        return best;
    }

    private static <E extends Enum<E>> Header<E> read(SheetGrid grid, FoldedRows folded, List<List<E>> keys, int r,
                                                      boolean twoRows, Class<E> type, Function<String, E> classify) {
        Map<E, Integer> columns = new EnumMap<>(type);
        Map<E, String> labels = new EnumMap<>(type);
        int width = Math.max(grid.width(r), twoRows ? grid.width(r + 1) : 0);
        List<E> rowKeys = keys.get(r);
        for (int c = 0; c < width; c++) {
            CellValue top = grid.get(r, c);
            E key = c < rowKeys.size() ? rowKeys.get(c) : null;
            CellValue sub = null;
            if (twoRows) {
                CellValue below = grid.get(r + 1, c);
                String subLabel = folded.get(r + 1, c);
                if (below != null && below != top && !subLabel.isEmpty()) {
                    sub = below;
                    String label = folded.get(r, c);
                    // a sub-label alone was classified with its own row already; two long texts are data, not labels
                    key = label.isEmpty() ? keys.get(r + 1).get(c)
                            : label.length() + subLabel.length() > MAX_PAIR_LABEL ? null
                            : folded.classify(type, label, subLabel, classify);
                }
            }
            if (key != null && !columns.containsKey(key)) {
                String text = top == null ? "" : top.text();
                if (sub != null) {
                    text = text.isEmpty() ? sub.text() : text + " " + sub.text();
                }
                columns.put(key, c);
                labels.put(key, text);
            }
        }
        return new Header<>(columns, labels, r + (twoRows ? 2 : 1));
    }

    /** Folded text of the first rows' cells, computed once per sheet (folding is the costly part). */
    static final class FoldedRows {
        private static final int MAX_LABEL = 120;
        private final String[][] rows;
        private final LabelMemo memo;

        private FoldedRows(String[][] rows, LabelMemo memo) {
            this.rows = rows;
            this.memo = memo;
        }

        static FoldedRows of(SheetGrid grid, LabelMemo memo) {
            int n = Math.min(grid.rowCount(), SCAN_ROWS + 1);
            String[][] rows = new String[n][];
            for (int r = 0; r < n; r++) {
                int w = grid.width(r);
                String[] f = new String[w];
                CellValue previous = null;
                for (int c = 0; c < w; c++) {
                    CellValue v = grid.get(r, c);
                    if (v == null || v.text().isEmpty() || v.text().length() > MAX_LABEL) {
                        f[c] = "";
                    } else if (v == previous) {
                        f[c] = f[c - 1]; // a merged cell repeats its left neighbour
                    } else {
                        f[c] = memo.fold(v.text());
                    }
                    previous = v;
                }
                rows[r] = f;
            }
            return new FoldedRows(rows, memo);
        }

        <E extends Enum<E>> E classify(Class<E> type, String label, Function<String, E> classify) {
            return memo.classify(type, label, classify);
        }

        <E extends Enum<E>> E classify(Class<E> type, String label, String subLabel, Function<String, E> classify) {
            return memo.classify(type, label, subLabel, classify);
        }

        String get(int r, int c) {
            if (r >= rows.length || c >= rows[r].length) {
                return "";
            }
            return rows[r][c];
        }
    }
}
