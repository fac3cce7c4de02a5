package vn.kdcl.ingest.read;

import java.util.List;
import java.util.Map;

import vn.kdcl.check.Finding;

/**
 * What the tolerant reader understood of one workbook, still as text with cell locations:
 * normalisation (money, periods, sources, levels) happens afterwards so that every parsed
 * value keeps its original text.
 *
 * @param info      the "Thông tin trường" values found, by field
 * @param criteria  rows of "Kết quả tiêu chí", in sheet order (section rows removed)
 * @param level4    rows of "Mức 4" (empty when the sheet is absent)
 * @param tasks     rows of "Kế hoạch cải tiến", section rows removed, merged criterion cells filled down
 * @param funding   rows of "Kinh phí" (empty when the sheet is absent)
 * @param findings  problems met while reading (FILE-007, FILE-008, …)
 * @param priorities rows of "Vấn đề trọng tâm" (TT57/2026 plan form, mục IV), empty when absent
 * @param monitoring rows of "Theo dõi, đánh giá" (TT57/2026 plan form, mục VI), empty when absent
 */
public record ParsedWorkbook(Map<InfoField, CellValue> info, List<CriterionRow> criteria, List<Level4Row> level4,
                             List<TaskRow> tasks, List<FundingRow> funding, List<Finding> findings,
                             List<PriorityRow> priorities, List<MonitoringRow> monitoring) {

    public ParsedWorkbook {
        info = Map.copyOf(info);
        criteria = List.copyOf(criteria);
        level4 = List.copyOf(level4);
        tasks = List.copyOf(tasks);
        funding = List.copyOf(funding);
        findings = List.copyOf(findings);
        priorities = List.copyOf(priorities);
        monitoring = List.copyOf(monitoring);
    }

    public ParsedWorkbook(Map<InfoField, CellValue> info, List<CriterionRow> criteria, List<Level4Row> level4,
                          List<TaskRow> tasks, List<FundingRow> funding, List<Finding> findings) {
        this(info, criteria, level4, tasks, funding, findings, List.of(), List.of());
    }

    /**
     * One priority issue (vấn đề trọng tâm cần cải tiến).
     *
     * @param criteria the related criteria as written ("1.4; 3.2", "Tiêu chí 1.4")
     */
    public record PriorityRow(CellValue number, CellValue standard, CellValue criteria, CellValue currentState,
                              CellValue weakness, CellValue cause) {
    }

    /**
     * One monitoring line (theo dõi, đánh giá thực hiện).
     *
     * @param moment "Cuối học kỳ I", "Cuối năm học" as written, or the section row above it
     */
    public record MonitoringRow(CellValue number, CellValue moment, CellValue content, CellValue result,
                                CellValue adjustment, CellValue reviewer) {
    }

    /**
     * One criterion row. Any cell may be null when its column is absent.
     *
     * @param standard      "1" or "Tiêu chuẩn 1: …" (null when only section rows gave it)
     * @param code          "1.1" as written (may be "Tiêu chí 1.1")
     * @param declaredLevel the "Mức đạt" cell (value or cached formula result)
     * @param schoolLevel   the "Cấp học" cell of a multi-level school's results given per cấp học, else null
     */
    public record CriterionRow(CellValue standard, CellValue code, CellValue name, CellValue level1,
                               CellValue level2, CellValue level3, CellValue declaredLevel,
                               CellValue strengths, CellValue weaknesses, CellValue evidence, CellValue schoolLevel) {

        public CriterionRow(CellValue standard, CellValue code, CellValue name, CellValue level1,
                            CellValue level2, CellValue level3, CellValue declaredLevel,
                            CellValue strengths, CellValue weaknesses, CellValue evidence) {
            this(standard, code, name, level1, level2, level3, declaredLevel, strengths, weaknesses, evidence, null);
        }
    }

    /** One Mức 4 row: code "1" or "Tiêu chí 2", result Đạt/Không đạt. */
    public record Level4Row(CellValue code, CellValue content, CellValue result, CellValue note) {
    }

    /**
     * One task of the plan.
     *
     * @param criterion        the criterion cell as written, filled down from a merged cell or the
     *                         previous row when a task continues a criterion
     * @param level4Section    true when the row sits under a "MỨC 4" section row ("Tiêu chí 2" → M4.2)
     * @param sectionLevel     the level of the enclosing "MỨC n" section row, or null
     * @param budgetInMillions true when the budget column header says "(triệu đồng)"
     */
    public record TaskRow(CellValue number, CellValue criterion, boolean level4Section, Integer sectionLevel,
                          CellValue targetLevel, CellValue expectedResult, CellValue task, CellValue lead,
                          CellValue partners, CellValue start, CellValue end, CellValue budget, CellValue source,
                          CellValue support, CellValue status, CellValue note, boolean budgetInMillions,
                          Tt57Cells tt57) {

        public TaskRow {
            tt57 = tt57 == null ? Tt57Cells.NONE : tt57;
        }

        public TaskRow(CellValue number, CellValue criterion, boolean level4Section, Integer sectionLevel,
                       CellValue targetLevel, CellValue expectedResult, CellValue task, CellValue lead,
                       CellValue partners, CellValue start, CellValue end, CellValue budget, CellValue source,
                       CellValue support, CellValue status, CellValue note, boolean budgetInMillions) {
            this(number, criterion, level4Section, sectionLevel, targetLevel, expectedResult, task, lead, partners,
                    start, end, budget, source, support, status, note, budgetInMillions, Tt57Cells.NONE);
        }
    }

    /**
     * The columns of the TT57/2026 plan form (Biểu 2 Phụ lục V) that the 2018 plans do not have; any may be null
     * when its column is absent.
     *
     * @param improvement Nội dung cải tiến (often names the criterion: "Tiêu chí 1.4: …")
     * @param goal        Mục tiêu cải tiến
     * @param indicator   Chỉ số đánh giá kết quả
     * @param resources   Nguồn lực bảo đảm (free text, may carry money: "Ngân sách 20 triệu, XHH 5 triệu")
     * @param evidence    Thông tin, dữ liệu hoặc minh chứng dự kiến
     */
    public record Tt57Cells(CellValue improvement, CellValue goal, CellValue indicator, CellValue resources,
                            CellValue evidence) {
        public static final Tt57Cells NONE = new Tt57Cells(null, null, null, null, null);
    }

    /** One funding line; amountInMillions when the amount header says "(triệu đồng)". */
    public record FundingRow(CellValue number, CellValue content, CellValue source, CellValue amount,
                             CellValue year, CellValue note, boolean amountInMillions) {
    }
}
