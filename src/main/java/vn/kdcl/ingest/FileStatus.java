package vn.kdcl.ingest;

import java.util.List;

import vn.kdcl.check.Finding;

/** What one import run did with one file (CONTRACT.md run report). */
public enum FileStatus {
    ACCEPTED, REJECTED, SKIPPED_DUPLICATE, DEFERRED, IGNORED;

    /**
     * Whether the school gets a feedback workbook for a file: always when it was rejected, and when it was
     * accepted with something to say (replacing an older version, SUB-001, is not worth a workbook).
     */
    public static boolean wantsFeedback(String status, List<Finding> findings) {
        if (REJECTED.name().equals(status)) {
            return true;
        }
        return ACCEPTED.name().equals(status) && findings.stream().anyMatch(f -> !"SUB-001".equals(f.code()));
    }
}
