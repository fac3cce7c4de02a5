package vn.kdcl.ingest.read;

import java.util.ArrayList;
import java.util.List;

import vn.kdcl.ingest.read.Columns.Criteria;
import vn.kdcl.ingest.read.Columns.Funding;
import vn.kdcl.ingest.read.Columns.Level4;
import vn.kdcl.ingest.read.Columns.Monitoring;
import vn.kdcl.ingest.read.Columns.Plan;
import vn.kdcl.ingest.read.Columns.Priority;
import vn.kdcl.ingest.read.HeaderLocator.Header;
import vn.kdcl.ingest.read.ParsedWorkbook.CriterionRow;
import vn.kdcl.ingest.read.ParsedWorkbook.FundingRow;
import vn.kdcl.ingest.read.ParsedWorkbook.Level4Row;
import vn.kdcl.ingest.read.ParsedWorkbook.MonitoringRow;
import vn.kdcl.ingest.read.ParsedWorkbook.PriorityRow;
import vn.kdcl.ingest.read.ParsedWorkbook.TaskRow;
import vn.kdcl.ingest.read.ParsedWorkbook.Tt57Cells;
import vn.kdcl.text.VietText;

import static vn.kdcl.ingest.read.TableRows.cell;
import static vn.kdcl.ingest.read.TableRows.present;

/** Turns the rows under a located header into the records of {@link ParsedWorkbook}. */
final class TableParsers {

    private TableParsers() {
    }

    // ---- headers: the minimum that makes a table recognisable ----

    static Header<Criteria> criteriaHeader(SheetGrid grid, HeaderLocator.FoldedRows folded) {
        Header<Criteria> h = HeaderLocator.locate(grid, folded, Criteria.class, Columns::criteria);
        if (h == null || !(h.has(Criteria.CODE) || h.has(Criteria.NAME))) {
            return null;
        }
        int levels = (h.has(Criteria.LEVEL1) ? 1 : 0) + (h.has(Criteria.LEVEL2) ? 1 : 0) + (h.has(Criteria.LEVEL3) ? 1 : 0);
        return levels >= 2 || levels >= 1 && h.has(Criteria.DECLARED) ? h : null;
    }

    static Header<Level4> level4Header(SheetGrid grid, HeaderLocator.FoldedRows folded) {
        Header<Level4> h = HeaderLocator.locate(grid, folded, Level4.class, Columns::level4);
        return h != null && (h.has(Level4.CODE) || h.has(Level4.CONTENT)) && h.has(Level4.RESULT) ? h : null;
    }

    static Header<Plan> planHeader(SheetGrid grid, HeaderLocator.FoldedRows folded) {
        Header<Plan> h = HeaderLocator.locate(grid, folded, Plan.class, Columns::plan);
        if (h != null && !h.has(Plan.TASK) && h.has(Plan.IMPROVEMENT)) {
            h = h.renamed(Plan.IMPROVEMENT, Plan.TASK); // "Nội dung cải tiến" is the task when nothing else is
        }
        return h != null && h.has(Plan.TASK) && h.columns().size() >= 3 ? h : null;
    }

    static Header<Priority> priorityHeader(SheetGrid grid, HeaderLocator.FoldedRows folded) {
        Header<Priority> h = HeaderLocator.locate(grid, folded, Priority.class, Columns::priority);
        return h != null && (h.has(Priority.WEAKNESS) || h.has(Priority.CURRENT))
                && (h.has(Priority.STANDARD) || h.has(Priority.CRITERIA)) ? h : null;
    }

    static Header<Monitoring> monitoringHeader(SheetGrid grid, HeaderLocator.FoldedRows folded) {
        Header<Monitoring> h = HeaderLocator.locate(grid, folded, Monitoring.class, Columns::monitoring);
        return h != null && h.has(Monitoring.RESULT) && (h.has(Monitoring.MOMENT) || h.has(Monitoring.CONTENT)) ? h : null;
    }

    static Header<Funding> fundingHeader(SheetGrid grid, HeaderLocator.FoldedRows folded) {
        Header<Funding> h = HeaderLocator.locate(grid, folded, Funding.class, Columns::funding);
        return h != null && h.has(Funding.AMOUNT) && (h.has(Funding.CONTENT) || h.has(Funding.SOURCE)) ? h : null;
    }

    // ---- rows ----

    static List<CriterionRow> criteria(SheetGrid grid, Header<Criteria> h) {
        List<CriterionRow> out = new ArrayList<>();
        CellValue lastStandard = null;
        CellValue lastSchoolLevel = null;
        CellValue previousCode = null;
        for (int r = h.firstData(); r < grid.rowCount(); r++) {
            if (TableRows.blankRow(grid, r) || TableRows.sectionLabel(grid, r) != null) {
                continue;
            }
            CellValue schoolLevel = cell(grid, r, h.col(Criteria.SCHOOL_LEVEL));
            if (present(schoolLevel)) {
                lastSchoolLevel = schoolLevel;
            } else if (schoolLevel != null && lastSchoolLevel != null) {
                schoolLevel = lastSchoolLevel; // one cấp học written over its criteria
            }
            CellValue code = tenthCriterion(cell(grid, r, h.col(Criteria.CODE)), previousCode);
            previousCode = code;
            CellValue name = cell(grid, r, h.col(Criteria.NAME));
            if (!present(code) && !present(name)) {
                continue;
            }
            CellValue standard = cell(grid, r, h.col(Criteria.STANDARD));
            if (present(standard)) {
                lastStandard = standard;
            } else if (standard != null && lastStandard != null) {
                standard = lastStandard; // a standard written once above its criteria
            }
            out.add(new CriterionRow(standard, code, name, cell(grid, r, h.col(Criteria.LEVEL1)),
                    cell(grid, r, h.col(Criteria.LEVEL2)), cell(grid, r, h.col(Criteria.LEVEL3)),
                    cell(grid, r, h.col(Criteria.DECLARED)), cell(grid, r, h.col(Criteria.STRENGTHS)),
                    cell(grid, r, h.col(Criteria.WEAKNESSES)), cell(grid, r, h.col(Criteria.EVIDENCE)), schoolLevel));
        }
        return out;
    }

    /**
     * Excel turns "1.10" typed into a general cell into the number 1.1; right after criterion 1.9 such a
     * number can only mean 1.10 (likewise 1.2 after 1.19), so the code is read that way.
     */
    static CellValue tenthCriterion(CellValue code, CellValue previous) {
        if (code == null || code.number() == null || previous == null) {
            return code;
        }
        String[] now = code.text().split("\\.");
        String[] before = previous.text().split("\\.");
        if (now.length != 2 || before.length != 2 || !now[0].equals(before[0]) || !now[1].matches("[1-9]")
                || !before[1].matches("\\d{1,2}") || Integer.parseInt(before[1]) != 10 * Integer.parseInt(now[1]) - 1) {
            return code;
        }
        String tenth = now[0] + "." + 10 * Integer.parseInt(now[1]);
        return new CellValue(tenth, code.number(), null, code.sheet(), code.ref());
    }

    static List<Level4Row> level4(SheetGrid grid, Header<Level4> h) {
        List<Level4Row> out = new ArrayList<>();
        for (int r = h.firstData(); r < grid.rowCount(); r++) {
            if (TableRows.blankRow(grid, r) || TableRows.sectionLabel(grid, r) != null) {
                continue;
            }
            CellValue code = cell(grid, r, h.col(Level4.CODE));
            CellValue content = cell(grid, r, h.col(Level4.CONTENT));
            if (!present(code) && !present(content)) {
                continue;
            }
            out.add(new Level4Row(code, content, cell(grid, r, h.col(Level4.RESULT)), cell(grid, r, h.col(Level4.NOTE))));
        }
        return out;
    }

    static List<TaskRow> tasks(SheetGrid grid, Header<Plan> h) {
        List<TaskRow> out = new ArrayList<>();
        boolean inMillions = h.has(Plan.BUDGET) && Columns.inMillions(VietText.fold(h.labels().get(Plan.BUDGET)));
        Integer sectionLevel = null;
        boolean level4 = false;
        CellValue lastCriterion = null;
        for (int r = h.firstData(); r < grid.rowCount(); r++) {
            if (TableRows.blankRow(grid, r)) {
                continue;
            }
            String section = TableRows.sectionLabel(grid, r);
            if (section != null) {
                if (!section.isEmpty()) {
                    lastCriterion = null;
                    if (!TableRows.isStandardSection(section)) {
                        sectionLevel = TableRows.sectionLevel(section);
                        level4 = sectionLevel != null && sectionLevel == 4;
                    }
                }
                continue;
            }
            if (TableRows.isTotal(grid, r)) {
                continue;
            }
            CellValue task = cell(grid, r, h.col(Plan.TASK));
            CellValue expected = cell(grid, r, h.col(Plan.EXPECTED_RESULT));
            CellValue lead = cell(grid, r, h.col(Plan.LEAD));
            CellValue partners = cell(grid, r, h.col(Plan.PARTNERS));
            CellValue start = cell(grid, r, h.col(Plan.START));
            CellValue end = cell(grid, r, h.col(Plan.END));
            CellValue budget = cell(grid, r, h.col(Plan.BUDGET));
            CellValue criterion = cell(grid, r, h.col(Plan.CRITERION));
            if (present(criterion)) {
                lastCriterion = criterion;
            } else if (criterion != null && lastCriterion != null) {
                criterion = lastCriterion; // a task continuing the criterion of the rows above
            }
            Tt57Cells tt57 = tt57Cells(grid, r, h);
            if (!present(task) && !present(expected) && !present(lead) && !present(partners) && !present(start)
                    && !present(end) && !present(budget) && !present(tt57.goal()) && !present(tt57.indicator())
                    && !present(tt57.resources())) {
                continue; // a criterion heading row or a lone number
            }
            out.add(new TaskRow(cell(grid, r, h.col(Plan.NUMBER)), criterion, level4, sectionLevel,
                    cell(grid, r, h.col(Plan.TARGET_LEVEL)), expected, task, lead, partners, start, end, budget,
                    cell(grid, r, h.col(Plan.SOURCE)), cell(grid, r, h.col(Plan.SUPPORT)),
                    cell(grid, r, h.col(Plan.STATUS)), cell(grid, r, h.col(Plan.NOTE)), inMillions, tt57));
        }
        return out;
    }

    private static Tt57Cells tt57Cells(SheetGrid grid, int r, Header<Plan> h) {
        if (!h.has(Plan.IMPROVEMENT) && !h.has(Plan.GOAL) && !h.has(Plan.INDICATOR) && !h.has(Plan.RESOURCES)
                && !h.has(Plan.EVIDENCE)) {
            return Tt57Cells.NONE;
        }
        return new Tt57Cells(cell(grid, r, h.col(Plan.IMPROVEMENT)), cell(grid, r, h.col(Plan.GOAL)),
                cell(grid, r, h.col(Plan.INDICATOR)), cell(grid, r, h.col(Plan.RESOURCES)),
                cell(grid, r, h.col(Plan.EVIDENCE)));
    }

    static List<PriorityRow> priorities(SheetGrid grid, Header<Priority> h) {
        List<PriorityRow> out = new ArrayList<>();
        CellValue lastStandard = null;
        for (int r = h.firstData(); r < grid.rowCount(); r++) {
            if (TableRows.blankRow(grid, r) || TableRows.sectionLabel(grid, r) != null) {
                continue;
            }
            CellValue current = cell(grid, r, h.col(Priority.CURRENT));
            CellValue weakness = cell(grid, r, h.col(Priority.WEAKNESS));
            CellValue cause = cell(grid, r, h.col(Priority.CAUSE));
            CellValue criteria = cell(grid, r, h.col(Priority.CRITERIA));
            if (!present(current) && !present(weakness) && !present(cause) && !present(criteria)) {
                continue;
            }
            CellValue standard = cell(grid, r, h.col(Priority.STANDARD));
            if (present(standard)) {
                lastStandard = standard;
            } else if (standard != null && lastStandard != null) {
                standard = lastStandard; // one standard merged over several issues
            }
            out.add(new PriorityRow(cell(grid, r, h.col(Priority.NUMBER)), standard, criteria, current, weakness, cause));
        }
        return out;
    }

    static List<MonitoringRow> monitoring(SheetGrid grid, Header<Monitoring> h) {
        List<MonitoringRow> out = new ArrayList<>();
        CellValue moment = null;
        for (int r = h.firstData(); r < grid.rowCount(); r++) {
            if (TableRows.blankRow(grid, r)) {
                continue;
            }
            CellValue heading = TableRows.singleText(grid, r);
            if (heading != null && TableRows.isReviewMoment(heading.text())) {
                moment = heading; // "Cuối học kỳ I" written as a section row over its lines
                continue;
            }
            CellValue content = cell(grid, r, h.col(Monitoring.CONTENT));
            CellValue result = cell(grid, r, h.col(Monitoring.RESULT));
            CellValue adjustment = cell(grid, r, h.col(Monitoring.ADJUSTMENT));
            if (!present(content) && !present(result) && !present(adjustment)) {
                continue;
            }
            CellValue own = cell(grid, r, h.col(Monitoring.MOMENT));
            if (present(own)) {
                moment = own;
            }
            out.add(new MonitoringRow(cell(grid, r, h.col(Monitoring.NUMBER)), present(own) ? own : moment, content,
                    result, adjustment, cell(grid, r, h.col(Monitoring.REVIEWER))));
        }
        return out;
    }

    static List<FundingRow> funding(SheetGrid grid, Header<Funding> h) {
        List<FundingRow> out = new ArrayList<>();
        boolean inMillions = Columns.inMillions(VietText.fold(h.labels().get(Funding.AMOUNT)));
        for (int r = h.firstData(); r < grid.rowCount(); r++) {
            if (TableRows.blankRow(grid, r) || TableRows.isTotal(grid, r)) {
                continue;
            }
            CellValue content = cell(grid, r, h.col(Funding.CONTENT));
            CellValue source = cell(grid, r, h.col(Funding.SOURCE));
            CellValue amount = cell(grid, r, h.col(Funding.AMOUNT));
            if (!present(content) && !present(source) && !present(amount)) {
                continue;
            }
            out.add(new FundingRow(cell(grid, r, h.col(Funding.NUMBER)), content, source, amount,
                    cell(grid, r, h.col(Funding.YEAR)), cell(grid, r, h.col(Funding.NOTE)), inMillions));
        }
        return out;
    }
}
