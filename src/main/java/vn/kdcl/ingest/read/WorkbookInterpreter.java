package vn.kdcl.ingest.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.kdcl.check.Finding;
import vn.kdcl.ingest.read.Columns.Criteria;
import vn.kdcl.ingest.read.Columns.Funding;
import vn.kdcl.ingest.read.Columns.Level4;
import vn.kdcl.ingest.read.Columns.Monitoring;
import vn.kdcl.ingest.read.Columns.Plan;
import vn.kdcl.ingest.read.Columns.Priority;
import vn.kdcl.ingest.read.HeaderLocator.FoldedRows;
import vn.kdcl.ingest.read.HeaderLocator.Header;
import vn.kdcl.ingest.read.ParsedWorkbook.CriterionRow;
import vn.kdcl.ingest.read.ParsedWorkbook.FundingRow;
import vn.kdcl.ingest.read.ParsedWorkbook.Level4Row;
import vn.kdcl.ingest.read.ParsedWorkbook.TaskRow;

/**
 * Understands loaded sheets: which sheet is which (by name, else by content), where each table's
 * header is, and what the rows say; adds FILE-007, SCH-001, SCH-004 and FILE-008 findings.
 */
final class WorkbookInterpreter {

    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})\\s*[-–—/]\\s*(\\d{4})");
    private static final int INFO_MIN_LABELS = 3;

    private WorkbookInterpreter() {
    }

    static ParsedWorkbook interpret(String fileName, List<SheetGrid> grids, LabelMemo memo) {
        java.util.Optional<LegacyText.Result> legacy = LegacyText.convert(grids);
        Map<SheetRole, SheetGrid> roles = new EnumMap<>(SheetRole.class);
        Map<SheetGrid, FoldedRows> folded = new java.util.IdentityHashMap<>();
        List<SheetGrid> unknown = new ArrayList<>();
        // Visible sheets claim their roles first: a hidden old copy named like a required sheet never shadows it.
        List<SheetGrid> visibleFirst = grids.stream().sorted(java.util.Comparator.comparing(SheetGrid::hidden)).toList();
        for (SheetGrid grid : visibleFirst) {
            grid.applyMerges();
            SheetRole role = SheetRole.byName(grid.name());
            if (role == SheetRole.UNKNOWN || role == SheetRole.IGNORED || roles.containsKey(role)) {
                if (role == SheetRole.UNKNOWN) {
                    unknown.add(grid);
                }
            } else {
                roles.put(role, grid);
            }
        }
        List<Finding> findings = new ArrayList<>();
        legacy.ifPresent(l -> findings.add(legacyText(fileName, l)));

        Header<Plan> plan = header(roles.get(SheetRole.PLAN), folded, memo, TableParsers::planHeader);
        Header<Criteria> criteria = header(roles.get(SheetRole.CRITERIA), folded, memo, TableParsers::criteriaHeader);
        Header<Level4> level4 = header(roles.get(SheetRole.LEVEL4), folded, memo, TableParsers::level4Header);
        Header<Funding> funding = header(roles.get(SheetRole.FUNDING), folded, memo, TableParsers::fundingHeader);
        Header<Priority> priority = header(roles.get(SheetRole.PRIORITY), folded, memo, TableParsers::priorityHeader);
        Header<Monitoring> monitoring = header(roles.get(SheetRole.MONITORING), folded, memo,
                TableParsers::monitoringHeader);
        // sheets whose names say nothing ("Sheet1"): recognise them by their headers or labels
        for (SheetGrid grid : unknown) {
            FoldedRows f = folded.computeIfAbsent(grid, g -> FoldedRows.of(g, memo));
            if (!roles.containsKey(SheetRole.PLAN) && (plan = TableParsers.planHeader(grid, f)) != null) {
                roles.put(SheetRole.PLAN, grid);
            } else if (!roles.containsKey(SheetRole.CRITERIA) && (criteria = TableParsers.criteriaHeader(grid, f)) != null) {
                roles.put(SheetRole.CRITERIA, grid);
            } else if (!roles.containsKey(SheetRole.INFO) && InfoSheetParser.labelCount(grid, 40) >= INFO_MIN_LABELS) {
                roles.put(SheetRole.INFO, grid);
            } else if (!roles.containsKey(SheetRole.LEVEL4) && (level4 = TableParsers.level4Header(grid, f)) != null) {
                roles.put(SheetRole.LEVEL4, grid);
            } else if (!roles.containsKey(SheetRole.FUNDING) && (funding = TableParsers.fundingHeader(grid, f)) != null) {
                roles.put(SheetRole.FUNDING, grid);
            } else if (!roles.containsKey(SheetRole.PRIORITY) && (priority = TableParsers.priorityHeader(grid, f)) != null) {
                roles.put(SheetRole.PRIORITY, grid);
            } else if (!roles.containsKey(SheetRole.MONITORING)
                    && (monitoring = TableParsers.monitoringHeader(grid, f)) != null) {
                roles.put(SheetRole.MONITORING, grid);
            }
        }
        if (!roles.containsKey(SheetRole.INFO) || criteria == null || plan == null) {
            // a whole plan on one sheet (a Word plan pasted into Excel): cut the sheet into its tables
            for (SheetGrid grid : visibleFirst) {
                if (SheetRole.byName(grid.name()) == SheetRole.IGNORED) {
                    continue;
                }
                List<SheetSections.Part> parts = SheetSections.split(grid, memo);
                if (parts.isEmpty()) {
                    continue;
                }
                for (SheetSections.Part part : parts) {
                    SheetRole role = part.role();
                    SheetGrid current = roles.get(role);
                    if (current != null && current != grid) {
                        continue; // a sheet of its own already holds this table
                    }
                    SheetGrid g = part.grid();
                    FoldedRows f = folded.computeIfAbsent(g, x -> FoldedRows.of(x, memo));
                    roles.put(role, g);
                    switch (role) {
                        case CRITERIA -> criteria = TableParsers.criteriaHeader(g, f);
                        case PLAN -> plan = TableParsers.planHeader(g, f);
                        case PRIORITY -> priority = TableParsers.priorityHeader(g, f);
                        case MONITORING -> monitoring = TableParsers.monitoringHeader(g, f);
                        case LEVEL4 -> level4 = TableParsers.level4Header(g, f);
                        case FUNDING -> funding = TableParsers.fundingHeader(g, f);
                        default -> { }
                    }
                }
                // the whole sheet may have been taken for a table by its first rows: the parts replace it
                roles.values().removeIf(g -> g == grid);
                break;
            }
        }

        Map<InfoField, CellValue> info = Map.of();
        SheetGrid infoGrid = roles.get(SheetRole.INFO);
        if (infoGrid == null) {
            findings.add(missingSheet(fileName, SheetRole.INFO, grids));
        } else {
            info = InfoSheetParser.parse(infoGrid);
            checkSchool(fileName, infoGrid, info, findings);
        }
        List<CriterionRow> criterionRows = List.of();
        if (required(fileName, SheetRole.CRITERIA, roles, criteria, grids, findings,
                "“Mã tiêu chí”, “Tên tiêu chí”, “Mức 1”, “Mức 2”, “Mức 3”")) {
            criterionRows = TableParsers.criteria(roles.get(SheetRole.CRITERIA), criteria);
        }
        List<TaskRow> taskRows = List.of();
        if (required(fileName, SheetRole.PLAN, roles, plan, grids, findings,
                "“Tiêu chí”, “Công việc/giải pháp”, “Chủ trì”, “Thời gian”")) {
            taskRows = TableParsers.tasks(roles.get(SheetRole.PLAN), plan);
        }
        List<Level4Row> level4Rows = List.of();
        if (roles.containsKey(SheetRole.LEVEL4)) {
            if (level4 == null) {
                findings.add(noHeader(fileName, roles.get(SheetRole.LEVEL4), SheetRole.LEVEL4,
                        "“Mã tiêu chí”, “Nội dung”, “Kết quả”"));
            } else {
                level4Rows = TableParsers.level4(roles.get(SheetRole.LEVEL4), level4);
            }
        }
        List<FundingRow> fundingRows = List.of();
        if (roles.containsKey(SheetRole.FUNDING)) {
            if (funding == null) {
                findings.add(noHeader(fileName, roles.get(SheetRole.FUNDING), SheetRole.FUNDING,
                        "“Nội dung”, “Nguồn kinh phí”, “Số tiền”"));
            } else {
                fundingRows = TableParsers.funding(roles.get(SheetRole.FUNDING), funding);
            }
        }
        List<ParsedWorkbook.PriorityRow> priorityRows = roles.containsKey(SheetRole.PRIORITY) && priority != null
                ? TableParsers.priorities(roles.get(SheetRole.PRIORITY), priority) : List.of();
        List<ParsedWorkbook.MonitoringRow> monitoringRows = roles.containsKey(SheetRole.MONITORING) && monitoring != null
                ? TableParsers.monitoring(roles.get(SheetRole.MONITORING), monitoring) : List.of();
        return new ParsedWorkbook(info, criterionRows, level4Rows, taskRows, fundingRows, findings, priorityRows,
                monitoringRows);
    }

    private interface HeaderFinder<E extends Enum<E>> {
        Header<E> find(SheetGrid grid, FoldedRows folded);
    }

    private static <E extends Enum<E>> Header<E> header(SheetGrid grid, Map<SheetGrid, FoldedRows> folded,
                                                         LabelMemo memo, HeaderFinder<E> finder) {
        return grid == null ? null : finder.find(grid, folded.computeIfAbsent(grid, g -> FoldedRows.of(g, memo)));
    }

    private static boolean required(String fileName, SheetRole role, Map<SheetRole, SheetGrid> roles, Header<?> header,
                                    List<SheetGrid> grids, List<Finding> findings, String expected) {
        SheetGrid grid = roles.get(role);
        if (grid == null) {
            findings.add(missingSheet(fileName, role, grids));
            return false;
        }
        if (header == null) {
            findings.add(noHeader(fileName, grid, role, expected));
            return false;
        }
        return true;
    }

    private static Finding missingSheet(String fileName, SheetRole role, List<SheetGrid> grids) {
        String present = grids.stream().map(g -> "“" + g.name() + "”").collect(Collectors.joining(", "));
        return Finding.error("FILE-007", null, null, "Tệp " + fileName + ": không tìm thấy trang tính bắt buộc “"
                + role.label() + "”" + (present.isEmpty() ? "" : " (các trang tính đọc được: " + present + ")") + ".");
    }

    private static Finding noHeader(String fileName, SheetGrid grid, SheetRole role, String expected) {
        return Finding.error("FILE-007", grid.name(), null, "Tệp " + fileName + ", trang tính “" + grid.name()
                + "”: không tìm thấy dòng tiêu đề của bảng “" + role.label() + "” trong " + HeaderLocator.SCAN_ROWS
                + " dòng đầu (cần các cột như " + expected + ").");
    }

    private static void checkSchool(String fileName, SheetGrid grid, Map<InfoField, CellValue> info, List<Finding> findings) {
        CellValue code = info.get(InfoField.SCHOOL_CODE);
        if (code == null || code.isBlank()) {
            findings.add(Finding.error("SCH-001", grid.name(), code == null ? null : code.ref(), "Tệp " + fileName
                    + ", trang tính “" + grid.name() + "”: thiếu Mã trường"
                    + (code == null ? " (không có dòng “Mã trường”)." : " (ô " + code.ref() + " để trống).")));
        }
        CellValue year = info.get(InfoField.SCHOOL_YEAR);
        if (year == null || year.isBlank()) {
            findings.add(Finding.error("SCH-004", grid.name(), year == null ? null : year.ref(), "Tệp " + fileName
                    + ", trang tính “" + grid.name() + "”: thiếu Năm học"
                    + (year == null ? " (không có dòng “Năm học”)" : " (ô " + year.ref() + " để trống)")
                    + "; cần dạng YYYY-YYYY+1, ví dụ 2024-2025."));
            return;
        }
        Matcher m = SCHOOL_YEAR.matcher(year.text());
        boolean valid = false;
        if (m.find()) {
            int first = Integer.parseInt(m.group(1));
            valid = Integer.parseInt(m.group(2)) == first + 1 && first >= 1990 && first <= 2100;
        }
        if (!valid) {
            findings.add(Finding.error("SCH-004", grid.name(), year.ref(), "Tệp " + fileName + ", trang tính “"
                    + grid.name() + "”, ô " + year.ref() + ": Năm học “" + year.text()
                    + "” không đúng dạng YYYY-YYYY+1 (ví dụ 2024-2025)."));
        }
    }

    private static Finding legacyText(String fileName, LegacyText.Result legacy) {
        if (!legacy.converted()) {
            CellValue first = legacy.firstSuspect();
            return Finding.warning("FILE-008", first.sheet(), first.ref(), "Tệp " + fileName + ", trang tính “"
                    + first.sheet() + "”, ô " + first.ref() + ": văn bản có vẻ gõ bằng bảng mã cũ TCVN3/VNI (ví dụ “"
                    + excerpt(first.text()) + "”); hãy chuyển sang Unicode (Unikey: Công cụ chuyển mã) rồi gửi lại.");
        }
        CellValue first = legacy.firstBefore();
        return Finding.warning("FILE-008", first.sheet(), first.ref(), "Tệp " + fileName + ", trang tính “"
                + first.sheet() + "”, ô " + first.ref() + ": văn bản gõ bằng bảng mã cũ " + legacy.encoding()
                + " (ví dụ “" + excerpt(first.text()) + "”) đã được chuyển sang Unicode (“" + excerpt(legacy.firstAfter())
                + "”" + (legacy.cells() > 1 ? ", cùng " + (legacy.cells() - 1) + " ô khác" : "")
                + "); hãy kiểm tra lại tên trường và các nội dung, lần sau gửi tệp gõ bằng Unicode.");
    }

    private static String excerpt(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
