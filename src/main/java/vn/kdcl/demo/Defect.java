package vn.kdcl.demo;

import java.util.List;

/**
 * A deliberate oddity of a demo file, with the finding codes (CONTRACT.md) an importer is expected to
 * report for it. Layout variations that the importer must simply tolerate expect no finding.
 */
public enum Defect {
    RENAMED_COLUMNS,
    REORDERED_COLUMNS,
    RENAMED_SHEET,
    TITLE_ROWS,
    TWO_ROW_HEADER,
    MERGED_CRITERION_CELLS,
    SECTION_ROWS,
    COMBINED_COLUMNS,
    BUDGET_IN_MILLIONS,
    NFD_TEXT,
    XLS,
    WRONG_PERCENTAGE("SUM-002"),
    WRONG_DECLARED_COUNT("SUM-001"),
    WRONG_DECLARED_LEVEL("SUM-003"),
    WEAK_CRITERION_WITHOUT_TASK("PLN-002"),
    END_BEFORE_START("PLN-005"),
    MISSING_SCHOOL_CODE("SCH-001"),
    LEGACY_ENCODING("FILE-008"),
    CORRUPT_ZIP("FILE-001"),
    NOT_A_WORKBOOK("FILE-001"),
    ZERO_BYTES("FILE-001"),
    LOCK_FILE("FILE-003"),
    ENCRYPTED("FILE-002"),
    RESUBMISSION("SUB-001"),
    DUPLICATE_CONTENT("FILE-005"),
    // Thông tư 57/2026 files (2026-2027).
    /** A mandatory criterion not met at Mức 1: the school is "Không đạt Mức 1" whatever the others. */
    MANDATORY_BELOW_LEVEL1("CRT-007"),
    /** Mức 2 "Đạt" written over Mức 1 "Không đạt". */
    LEVEL2_WITHOUT_LEVEL1("CRT-003"),
    ACTION_WITHOUT_OWNER("PLN-006"),
    ACTION_WITHOUT_TIME("PLN-011"),
    ACTION_WITHOUT_INDICATOR("PLN-010"),
    /** A period of the previous school year (plan copied without changing the dates). */
    PERIOD_OUTSIDE_YEAR("PLN-003"),
    /** "Hoàn thành" in Mức độ thực hiện with no row in "Theo dõi, đánh giá". */
    DONE_WITHOUT_MONITORING("PLN-012"),
    /** A 2026-2027 file still on a 2018 form (Thông tư áp dụng = TT17/2018, TT18/2018 or TT19/2018). */
    OLD_FORM("SCH-006"),
    /** The same plan re-sent after the end-of-term-I review, progress and monitoring filled: a new version. */
    TERM_I_REVIEW("SUB-001"),
    /** The whole TT57 plan on one sheet, as a Word plan pasted into Excel (merged and multi-line cells). */
    ONE_SHEET_LAYOUT;

    private final List<String> expectedFindings;

    Defect(String... expectedFindings) {
        this.expectedFindings = List.of(expectedFindings);
    }

    public List<String> expectedFindings() {
        return expectedFindings;
    }

    /** A newer version of a sound submission, or a one-sheet layout, is not a fault; everything else is. */
    public boolean isFault() {
        return this != RESUBMISSION && this != TERM_I_REVIEW && this != ONE_SHEET_LAYOUT;
    }
}
