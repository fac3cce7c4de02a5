package vn.kdcl.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import vn.kdcl.check.Finding;

/**
 * One school and year in the export (docs/export.md): the latest accepted submission. What only the TT57/2026 form
 * has (mandatory flags, the plan form's fields, priority issues, monitoring) is left out of a 2018-era school's
 * object, so that those stay as they were.
 */
@JsonPropertyOrder({"code", "name", "schoolType", "framework", "catalogue", "unit", "province", "schoolYear",
        "declared", "computed", "criteria", "criteriaBySchoolLevel", "level4", "tasks", "funding", "priorities",
        "monitoring", "findings", "submission"})
public record ExportedSchool(String code, String name, String schoolType, String framework, String catalogue,
                             String unit, String province, String schoolYear, Counts declared, Counts computed,
                             List<CriterionEntry> criteria, List<Level4Entry> level4, List<TaskEntry> tasks,
                             Funding funding, List<Finding> findings, SubmissionInfo submission,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PriorityEntry> priorities,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<MonitoringEntry> monitoring,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CriterionEntry> criteriaBySchoolLevel) {

    public ExportedSchool {
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
        monitoring = monitoring == null ? List.of() : List.copyOf(monitoring);
        criteriaBySchoolLevel = criteriaBySchoolLevel == null ? List.of() : List.copyOf(criteriaBySchoolLevel);
    }

    public ExportedSchool(String code, String name, String schoolType, String framework, String catalogue,
                          String unit, String province, String schoolYear, Counts declared, Counts computed,
                          List<CriterionEntry> criteria, List<Level4Entry> level4, List<TaskEntry> tasks,
                          Funding funding, List<Finding> findings, SubmissionInfo submission,
                          List<PriorityEntry> priorities, List<MonitoringEntry> monitoring) {
        this(code, name, schoolType, framework, catalogue, unit, province, schoolYear, declared, computed, criteria,
                level4, tasks, funding, findings, submission, priorities, monitoring, List.of());
    }

    public ExportedSchool(String code, String name, String schoolType, String framework, String catalogue,
                          String unit, String province, String schoolYear, Counts declared, Counts computed,
                          List<CriterionEntry> criteria, List<Level4Entry> level4, List<TaskEntry> tasks,
                          Funding funding, List<Finding> findings, SubmissionInfo submission) {
        this(code, name, schoolType, framework, catalogue, unit, province, schoolYear, declared, computed, criteria,
                level4, tasks, funding, findings, submission, List.of(), List.of());
    }

    /** Whether the school's plan is on the TT57/2026 form (two levels, mandatory criteria, progress). */
    public boolean tt57() {
        return "TT57".equals(framework);
    }

    @JsonPropertyOrder({"standard", "criteria", "currentState", "weakness", "cause"})
    public record PriorityEntry(String standard, String criteria, String currentState, String weakness, String cause) {
    }

    /** @param moment MID_YEAR (cuối học kỳ I), YEAR_END (cuối năm học) or null */
    @JsonPropertyOrder({"moment", "momentText", "content", "result", "adjustment", "reviewer"})
    public record MonitoringEntry(String moment, String momentText, String content, String result, String adjustment,
                                  String reviewer) {
    }

    @JsonPropertyOrder({"level", "countLevel1", "countLevel2", "countLevel3", "countLevel4"})
    public record Counts(Integer level, Integer countLevel1, Integer countLevel2, Integer countLevel3,
                         Integer countLevel4) {
    }

    /** @param mandatory TT57/2026 only: one of the 8 criteria every school must reach (absent for the 2018 circulars) */
    @JsonPropertyOrder({"code", "mandatory", "level1", "level2", "level3", "level", "schoolLevel"})
    public record CriterionEntry(String code, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean mandatory,
                                 boolean level1, boolean level2, boolean level3, int level,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) String schoolLevel) {
        public CriterionEntry(String code, Boolean mandatory, boolean level1, boolean level2, boolean level3,
                              int level) {
            this(code, mandatory, level1, level2, level3, level, null);
        }

        public CriterionEntry(String code, boolean level1, boolean level2, boolean level3, int level) {
            this(code, null, level1, level2, level3, level, null);
        }
    }

    public record Level4Entry(String code, boolean met) {
    }

    /**
     * A plan task; the fields after expectedResult are the TT57/2026 form's (absent when empty). progress is
     * DONE | IN_PROGRESS | NOT_STARTED | NOT_DONE | ADJUSTED, read from "Mức độ thực hiện" (or "Tình trạng").
     */
    @JsonPropertyOrder({"criterion", "task", "lead", "start", "end", "periodText", "amount", "amountText", "source",
            "sourceText", "partners", "expectedResult", "improvement", "goal", "indicator", "resources", "evidence",
            "progress", "progressPercent", "progressText"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TaskEntry(String criterion, String task, String lead, LocalDate start, LocalDate end,
                            String periodText, Long amount, String amountText, String source, String sourceText,
                            String partners, String expectedResult,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String improvement,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String goal,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String indicator,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String resources,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String evidence,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String progress,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Integer progressPercent,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String progressText) {
        public TaskEntry(String criterion, String task, String lead, LocalDate start, LocalDate end,
                         String periodText, Long amount, String amountText, String source, String sourceText,
                         String partners, String expectedResult) {
            this(criterion, task, lead, start, end, periodText, amount, amountText, source, sourceText, partners,
                    expectedResult, null, null, null, null, null, null, null, null);
        }
    }

    /** Planned funding in đồng; bySource keys are FundingSource codes, "UNSPECIFIED" when not stated. */
    public record Funding(long total, Map<String, Long> bySource, String basis) {
    }

    /** Which file this is: for tracing a number back to the workbook. */
    public record SubmissionInfo(String file, String storedPath, String sha256, int version, String status) {
    }
}
