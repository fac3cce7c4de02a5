package vn.kdcl.template;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.kdcl.ingest.read.InfoField;

/**
 * Content to pre-fill a school workbook with. Cell values are {@code String}, {@code Number} or
 * {@code java.time.LocalDate} (written as a real Excel date); {@code null} leaves the cell empty.
 * An empty instance gives the blank template.
 *
 * @param info     values of "Thông tin trường" by field (Thông tư áp dụng defaults to the catalogue id)
 * @param criteria marks per criterion code; criteria without a mark stay blank, unknown codes are appended
 * @param level4   Mức 4 results by number
 * @param tasks    rows of the improvement plan, in order
 * @param funding  rows of "Kinh phí", in order
 */
public record SchoolSubmissionData(Map<InfoField, Object> info, List<CriterionMark> criteria,
                                   List<Level4Mark> level4, List<PlanTask> tasks, List<FundingLine> funding) {

    public SchoolSubmissionData {
        EnumMap<InfoField, Object> copy = new EnumMap<>(InfoField.class);
        copy.putAll(info);
        info = Collections.unmodifiableMap(copy);
        criteria = List.copyOf(criteria);
        level4 = List.copyOf(level4);
        tasks = List.copyOf(tasks);
        funding = List.copyOf(funding);
    }

    /** Nothing filled: the blank template. */
    public static SchoolSubmissionData blank() {
        return new SchoolSubmissionData(Map.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Only school information filled (used for the per-school templates of {@code kdcl templates --registry}). */
    public static SchoolSubmissionData ofInfo(Map<InfoField, Object> info) {
        return new SchoolSubmissionData(info, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * The self-assessment of one criterion. A {@code null} level leaves the cell empty (not met).
     */
    public record CriterionMark(String code, Boolean level1, Boolean level2, Boolean level3,
                                String strengths, String weaknesses, String evidence) {
        public Boolean level(int n) {
            return switch (n) {
                case 1 -> level1;
                case 2 -> level2;
                case 3 -> level3;
                default -> throw new IllegalArgumentException("level " + n);
            };
        }
    }

    /** Result of Mức 4 criterion {@code number}; {@code met == null} leaves it empty. */
    public record Level4Mark(int number, Boolean met, String note) {
    }

    /**
     * One row of "Kế hoạch cải tiến". {@code criterion} is a code ("1.1", "M4.2") or any text the
     * school wrote; start, end, budget and targetLevel are cell values (text, number or date).
     */
    public record PlanTask(String criterion, Object targetLevel, String expectedResult, String task, String lead,
                           String partners, Object start, Object end, Object budget, String source,
                           String support, String status, String note) {
    }

    /** One row of "Kinh phí": amount and year are cell values (text or number). */
    public record FundingLine(String content, String source, Object amount, Object year, String note) {
    }
}
