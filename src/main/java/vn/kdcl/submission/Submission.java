package vn.kdcl.submission;

import java.time.LocalDate;
import java.util.List;

import vn.kdcl.catalogue.Framework;
import vn.kdcl.catalogue.SchoolType;

/**
 * One school's normalised submission for one school year: what the database stores and the
 * export shows. Every parsed value keeps the original text beside it.
 */
public record Submission(School school, String schoolYear, String planPeriod, Framework framework,
                         String catalogueId, LevelCounts declared, LevelCounts computed, Integer targetLevel,
                         Long declaredTotal, List<CriterionResult> criteria, List<Level4Result> level4,
                         List<PlanTask> tasks, List<FundingLine> funding, Contact contact) {

    public Submission {
        criteria = List.copyOf(criteria);
        level4 = List.copyOf(level4);
        tasks = List.copyOf(tasks);
        funding = List.copyOf(funding);
    }

    /** Identity of the school as the workbook states it. */
    public record School(String code, String name, SchoolType type, String typeText, String unit, String province,
                         String district, String commune) {
    }

    /** School level and the number of criteria reaching Mức 1..3, and of Mức 4 criteria met. */
    public record LevelCounts(Integer level, Integer count1, Integer count2, Integer count3, Integer count4) {
        public static final LevelCounts UNKNOWN = new LevelCounts(null, null, null, null, null);
    }

    public record CriterionResult(String code, boolean level1, boolean level2, boolean level3, int level,
                                  Integer declaredLevel, Integer sheetRow) {
    }

    public record Level4Result(int number, boolean met) {
    }

    /**
     * @param criterion criterion code "1.1", or "M4.n" for a Mức 4 criterion, or null when not understood
     * @param source    funding source code (FundingSource name) or null when not stated
     */
    public record PlanTask(int seq, String criterion, String criterionText, Integer targetLevel,
                           String expectedResult, String task, String lead, String partners, LocalDate start,
                           LocalDate end, String periodText, Long amount, String amountText, String source,
                           String sourceText, String statusText, String note, Integer sheetRow) {
    }

    public record FundingLine(int seq, String content, String source, String sourceText, Long amount,
                              String amountText, String yearText) {
    }

    public record Contact(String principal, String preparer, String phone, String email, String preparedOn) {
    }
}
