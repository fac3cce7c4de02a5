package vn.kdcl.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import vn.kdcl.check.Finding;

/** One school and year in the export (CONTRACT.md "Export"): the latest accepted submission. */
@JsonPropertyOrder({"code", "name", "schoolType", "framework", "catalogue", "unit", "province", "schoolYear",
        "declared", "computed", "criteria", "level4", "tasks", "funding", "findings", "submission"})
public record ExportedSchool(String code, String name, String schoolType, String framework, String catalogue,
                             String unit, String province, String schoolYear, Counts declared, Counts computed,
                             List<CriterionEntry> criteria, List<Level4Entry> level4, List<TaskEntry> tasks,
                             Funding funding, List<Finding> findings, SubmissionInfo submission) {

    @JsonPropertyOrder({"level", "countLevel1", "countLevel2", "countLevel3", "countLevel4"})
    public record Counts(Integer level, Integer countLevel1, Integer countLevel2, Integer countLevel3,
                         Integer countLevel4) {
    }

    @JsonPropertyOrder({"code", "level1", "level2", "level3", "level"})
    public record CriterionEntry(String code, boolean level1, boolean level2, boolean level3, int level) {
    }

    public record Level4Entry(String code, boolean met) {
    }

    @JsonPropertyOrder({"criterion", "task", "lead", "start", "end", "periodText", "amount", "amountText", "source",
            "sourceText", "partners", "expectedResult"})
    public record TaskEntry(String criterion, String task, String lead, LocalDate start, LocalDate end,
                            String periodText, Long amount, String amountText, String source, String sourceText,
                            String partners, String expectedResult) {
    }

    /** Planned funding in đồng; bySource keys are FundingSource codes, "UNSPECIFIED" when not stated. */
    public record Funding(long total, Map<String, Long> bySource, String basis) {
    }

    /** Which file this is: for tracing a number back to the workbook. */
    public record SubmissionInfo(String file, String storedPath, String sha256, int version, String status) {
    }
}
