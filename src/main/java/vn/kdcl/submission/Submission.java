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
                         List<PlanTask> tasks, List<FundingLine> funding, Contact contact,
                         List<PriorityIssue> priorities, List<MonitoringEntry> monitoring) {

    public Submission {
        criteria = List.copyOf(criteria);
        level4 = List.copyOf(level4);
        tasks = List.copyOf(tasks);
        funding = List.copyOf(funding);
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
        monitoring = monitoring == null ? List.of() : List.copyOf(monitoring);
    }

    /** A submission of the 2018 form (no priority issues, no monitoring). */
    public Submission(School school, String schoolYear, String planPeriod, Framework framework,
                      String catalogueId, LevelCounts declared, LevelCounts computed, Integer targetLevel,
                      Long declaredTotal, List<CriterionResult> criteria, List<Level4Result> level4,
                      List<PlanTask> tasks, List<FundingLine> funding, Contact contact) {
        this(school, schoolYear, planPeriod, framework, catalogueId, declared, computed, targetLevel, declaredTotal,
                criteria, level4, tasks, funding, contact, List.of(), List.of());
    }

    /** A priority issue of the TT57/2026 plan form (mục IV), texts as written. */
    public record PriorityIssue(int seq, String standard, String criteria, String currentState, String weakness,
                                String cause, Integer sheetRow) {
    }

    /**
     * A monitoring line of the TT57/2026 plan form (mục VI).
     *
     * @param moment     MID_YEAR (cuối học kỳ I), YEAR_END (cuối năm học) or null when not stated
     * @param momentText the moment as written
     */
    public record MonitoringEntry(int seq, String moment, String momentText, String content, String result,
                                  String adjustment, String reviewer, Integer sheetRow) {
    }

    /** Identity of the school as the workbook states it. */
    public record School(String code, String name, SchoolType type, String typeText, String unit, String province,
                         String district, String commune) {
    }

    /** School level and the number of criteria reaching Mức 1..3, and of Mức 4 criteria met. */
    public record LevelCounts(Integer level, Integer count1, Integer count2, Integer count3, Integer count4) {
        public static final LevelCounts UNKNOWN = new LevelCounts(null, null, null, null, null);
    }

    /** @param schoolLevel the cấp học (SchoolType name) of a multi-level school's results per cấp học, else null */
    public record CriterionResult(String code, boolean level1, boolean level2, boolean level3, int level,
                                  Integer declaredLevel, Integer sheetRow, String schoolLevel) {
        public CriterionResult(String code, boolean level1, boolean level2, boolean level3, int level,
                               Integer declaredLevel, Integer sheetRow) {
            this(code, level1, level2, level3, level, declaredLevel, sheetRow, null);
        }
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
                           String sourceText, String statusText, String note, Integer sheetRow, FormFields form) {

        public PlanTask {
            form = form == null ? FormFields.NONE : form;
        }

        public PlanTask(int seq, String criterion, String criterionText, Integer targetLevel,
                        String expectedResult, String task, String lead, String partners, LocalDate start,
                        LocalDate end, String periodText, Long amount, String amountText, String source,
                        String sourceText, String statusText, String note, Integer sheetRow) {
            this(seq, criterion, criterionText, targetLevel, expectedResult, task, lead, partners, start, end,
                    periodText, amount, amountText, source, sourceText, statusText, note, sheetRow, FormFields.NONE);
        }
    }

    /**
     * What the TT57/2026 plan form adds to a task, texts as written, and the progress read from
     * "Mức độ thực hiện" (also from a 2018 plan's "Tình trạng" column).
     *
     * @param progress        DONE, IN_PROGRESS, NOT_STARTED, NOT_DONE, ADJUSTED (Progress.State) or null
     * @param progressPercent the percentage when one was written
     */
    public record FormFields(String improvement, String goal, String indicator, String resources, String evidence,
                             String progress, Integer progressPercent) {
        public static final FormFields NONE = new FormFields(null, null, null, null, null, null, null);
    }

    /** @param taskSeq the plan task the line was read from ("Nguồn lực bảo đảm"), null for a Kinh phí sheet line */
    public record FundingLine(int seq, String content, String source, String sourceText, Long amount,
                              String amountText, String yearText, Integer taskSeq) {
        public FundingLine(int seq, String content, String source, String sourceText, Long amount,
                           String amountText, String yearText) {
            this(seq, content, source, sourceText, amount, amountText, yearText, null);
        }
    }

    public record Contact(String principal, String preparer, String phone, String email, String preparedOn) {
    }
}
