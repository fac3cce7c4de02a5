package vn.kdcl.check;

import java.util.List;
import java.util.Map;

import vn.kdcl.catalogue.Catalogue;
import vn.kdcl.ingest.read.CellValue;
import vn.kdcl.ingest.read.InfoField;
import vn.kdcl.ingest.read.ParsedWorkbook;
import vn.kdcl.normalise.ClassifiedSource;
import vn.kdcl.normalise.DeclaredCount;
import vn.kdcl.normalise.MarkReading;
import vn.kdcl.normalise.Money;
import vn.kdcl.normalise.Period;
import vn.kdcl.normalise.PlanPeriod;
import vn.kdcl.normalise.Progress;
import vn.kdcl.normalise.ResourceFunding;
import vn.kdcl.normalise.SchoolYear;

/**
 * Everything the consistency rules look at: each normalised value beside the cell it came from.
 *
 * @param catalogue     the criteria catalogue the workbook is checked against
 * @param year          the school year (valid: files without one are rejected before the checks)
 * @param plan          the plan period (Giai đoạn kế hoạch) when given
 * @param targetLevel   Mức phấn đấu when given
 * @param computedLevel the school level the catalogue's rules give
 */
public record CheckContext(ParsedWorkbook workbook, Catalogue catalogue, String catalogueReason, SchoolYear year,
                           PlanPeriod plan, Integer targetLevel, List<CriterionLine> criteria,
                           List<Level4Line> level4, List<TaskLine> tasks, List<FundingLine> funding,
                           Map<Integer, DeclaredCount> declaredCounts, Integer declaredLevel, Money declaredTotal,
                           int[] computedCounts, int computedLevel, String schoolTypeText,
                           vn.kdcl.catalogue.SchoolType schoolType) {

    /**
     * A criterion row. code is the normalised code ("1.1") or null when not understood;
     * duplicate marks the second and later rows of the same code (of the same cấp học); schoolLevel is the
     * cấp học (SchoolType name) of a multi-level school's results given per cấp học, else null.
     */
    public record CriterionLine(ParsedWorkbook.CriterionRow row, String code, MarkReading level1,
                                MarkReading level2, MarkReading level3, int level, boolean duplicate,
                                String schoolLevel) {

        public CriterionLine(ParsedWorkbook.CriterionRow row, String code, MarkReading level1, MarkReading level2,
                             MarkReading level3, int level, boolean duplicate) {
            this(row, code, level1, level2, level3, level, duplicate, null);
        }

        public MarkReading mark(int level) {
            return switch (level) {
                case 1 -> level1;
                case 2 -> level2;
                default -> level3;
            };
        }

        public CellValue cell(int level) {
            return switch (level) {
                case 1 -> row.level1();
                case 2 -> row.level2();
                default -> row.level3();
            };
        }
    }

    public record Level4Line(ParsedWorkbook.Level4Row row, Integer number, MarkReading result) {
    }

    /**
     * A task: criterion "1.1" / "M4.2" or null when not understood.
     *
     * @param progress  "Mức độ thực hiện" / "Tình trạng" read, null when the column is absent
     * @param resources amounts found in "Nguồn lực bảo đảm" (TT57/2026 form), each with its source
     */
    public record TaskLine(ParsedWorkbook.TaskRow row, String criterion, Period period, Money money,
                           ClassifiedSource source, Progress progress, List<ResourceFunding.Line> resources) {
        public TaskLine {
            resources = resources == null ? List.of() : List.copyOf(resources);
        }

        public TaskLine(ParsedWorkbook.TaskRow row, String criterion, Period period, Money money,
                        ClassifiedSource source) {
            this(row, criterion, period, money, source, null, List.of());
        }
    }

    public record FundingLine(ParsedWorkbook.FundingRow row, Money money, ClassifiedSource source) {
    }

    public CellValue info(InfoField field) {
        return workbook.info().get(field);
    }
}
