package vn.kdcl.ingest.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.kdcl.text.VietText;

/**
 * A whole plan on one sheet, as a Word plan pasted into Excel: the information block, then the results table, the
 * priority issues, the plan and the monitoring table one under another, each under its own header (and usually a
 * title row such as "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG"). Finds each table's header anywhere in the sheet and cuts
 * the sheet into one grid per part, so that the usual parsers read each part as if it were its own sheet.
 * Only used when the sheets' names and first rows did not give the required tables: it looks at every row.
 */
final class SheetSections {

    /** Rows looked at; a one-sheet plan is a few hundred rows, a pathological sheet is cut off here. */
    static final int MAX_ROWS = 5_000;
    private static final Pattern TITLE = Pattern.compile("^(?:[ivx]{1,4}|[a-d]|\\d{1,2})[.)]\\s+\\S.*");

    private SheetSections() {
    }

    /** One part of the sheet: the rows from its header (or from the top, for the information block). */
    record Part(SheetRole role, SheetGrid grid) {
    }

    /**
     * The parts found in a sheet, in sheet order; the rows above the first table are the INFO part. Empty when
     * fewer than two tables are found (then the sheet is not a one-sheet plan).
     */
    static List<Part> split(SheetGrid grid, LabelMemo memo) {
        int rows = Math.min(grid.rowCount(), MAX_ROWS);
        Map<SheetRole, Integer> starts = new EnumMap<>(SheetRole.class);
        // a header starts a table only after a boundary (the top, a blank row, a title row): the rows right under a
        // header are its data, and a data row can look like a header ("Tiêu chuẩn 1 | TC 1.1 | … | Đạt")
        boolean boundary = true;
        for (int r = 0; r < rows; r++) {
            if (TableRows.blankRow(grid, r)) {
                boundary = true;
                continue;
            }
            CellValue only = TableRows.singleText(grid, r);
            if (only != null && isTitle(only.text())) {
                boundary = true;
                continue;
            }
            if (!boundary) {
                continue;
            }
            SheetRole role = headerAt(grid.slice(r, r + 2), memo);
            if (role != null) {
                starts.putIfAbsent(role, r);
                boundary = false;
            }
        }
        if (starts.size() < 2) {
            return List.of();
        }
        List<Map.Entry<SheetRole, Integer>> ordered = new ArrayList<>(starts.entrySet());
        ordered.sort(Map.Entry.comparingByValue());
        List<Part> parts = new ArrayList<>();
        int first = ordered.get(0).getValue();
        if (first > 0) {
            parts.add(new Part(SheetRole.INFO, grid.slice(0, first)));
        }
        for (int i = 0; i < ordered.size(); i++) {
            int from = ordered.get(i).getValue();
            int to = i + 1 < ordered.size() ? ordered.get(i + 1).getValue() : grid.rowCount();
            parts.add(new Part(ordered.get(i).getKey(), grid.slice(from, endOfTable(grid, from + 1, to))));
        }
        parts.sort(Comparator.comparingInt(p -> p.role().ordinal()));
        return parts;
    }

    /** A table ends at the next table's header or at a numbered title row ("VI. THEO DÕI …") under it. */
    private static int endOfTable(SheetGrid grid, int from, int to) {
        for (int r = from + 1; r < to; r++) {
            CellValue only = TableRows.singleText(grid, r);
            if (only != null && isTitle(only.text())) {
                return r;
            }
        }
        return to;
    }

    /** "V. KẾ HOẠCH CẢI TIẾN", "VI. Theo dõi và đánh giá": a numbered heading in capitals or a known part name. */
    static boolean isTitle(String text) {
        String t = text.strip();
        if (t.length() < 6 || t.length() > 200) {
            return false;
        }
        String f = VietText.fold(t);
        if (!TITLE.matcher(t.toLowerCase(java.util.Locale.ROOT)).matches() && !f.startsWith("ke hoach cai tien")) {
            return false;
        }
        String letters = t.replaceAll("[^\\p{L}]", "");
        boolean capitals = !letters.isEmpty() && letters.equals(letters.toUpperCase(java.util.Locale.ROOT));
        return capitals || f.contains("theo doi") || f.contains("van de trong tam") || f.contains("to chuc thuc hien")
                || f.contains("co che danh gia") || f.contains("ke hoach cai tien");
    }

    /**
     * The kind of table whose header is row 0 of the window (or rows 0–1, a parent label over sub-labels), or
     * null. Several kinds can recognise a few labels of one row ("Nội dung", "Kết quả"): the kind that names the
     * most columns wins.
     */
    private static SheetRole headerAt(SheetGrid window, LabelMemo memo) {
        SheetGrid one = window.slice(0, 1);
        SheetRole single = best(one, HeaderLocator.FoldedRows.of(one, memo));
        if (single != null || window.rowCount() < 2) {
            return single;
        }
        SheetGrid next = window.slice(1, 2);
        if (best(next, HeaderLocator.FoldedRows.of(next, memo)) != null) {
            return null; // the header is the next row on its own
        }
        return best(window, HeaderLocator.FoldedRows.of(window, memo));
    }

    private static SheetRole best(SheetGrid g, HeaderLocator.FoldedRows f) {
        SheetRole role = null;
        int score = 0;
        for (SheetRole candidate : List.of(SheetRole.CRITERIA, SheetRole.PLAN, SheetRole.PRIORITY,
                SheetRole.MONITORING, SheetRole.LEVEL4, SheetRole.FUNDING)) {
            HeaderLocator.Header<?> h = switch (candidate) {
                case CRITERIA -> TableParsers.criteriaHeader(g, f);
                case PLAN -> TableParsers.planHeader(g, f);
                case PRIORITY -> TableParsers.priorityHeader(g, f);
                case MONITORING -> TableParsers.monitoringHeader(g, f);
                case LEVEL4 -> TableParsers.level4Header(g, f);
                case FUNDING -> TableParsers.fundingHeader(g, f);
                default -> null;
            };
            if (h != null && h.firstData() == g.rowCount() && h.columns().size() > score) {
                role = candidate;
                score = h.columns().size();
            }
        }
        return role;
    }
}
