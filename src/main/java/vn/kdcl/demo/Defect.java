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
    DUPLICATE_CONTENT("FILE-005");

    private final List<String> expectedFindings;

    Defect(String... expectedFindings) {
        this.expectedFindings = List.of(expectedFindings);
    }

    public List<String> expectedFindings() {
        return expectedFindings;
    }

    /** A newer version of a sound submission is not a fault; everything else is. */
    public boolean isFault() {
        return this != RESUBMISSION;
    }
}
