package vn.kdcl.feedback;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import vn.kdcl.check.Finding;

/**
 * What one feedback workbook is written from.
 *
 * @param fileName   the file name the school sent (e.g. "Kế hoạch 2024-2025.xlsx"); names the output
 * @param original   the stored copy of that file (archive/ or rejected/), or null when there is none;
 *                   only read, never modified
 * @param schoolCode as read from the workbook, or null
 * @param schoolName as read from the workbook, or null
 * @param schoolYear as read from the workbook, or null
 * @param rejected   true when the file was not imported (it has ERROR findings)
 * @param findings   everything found in the file
 * @param checkedAt  the date shown and stored in the document properties (the run's start), so that
 *                   the same input always gives the same bytes
 */
public record FeedbackInput(String fileName, Path original, String schoolCode, String schoolName, String schoolYear,
                            boolean rejected, List<Finding> findings, Instant checkedAt) {

    public FeedbackInput {
        findings = List.copyOf(findings);
    }
}
