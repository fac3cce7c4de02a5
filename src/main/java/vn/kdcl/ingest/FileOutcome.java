package vn.kdcl.ingest;

import java.util.List;

import vn.kdcl.check.Finding;
import vn.kdcl.check.Severity;
import vn.kdcl.submission.Submission;

/**
 * The result of reading, normalising and checking one file, before it is stored.
 *
 * @param submission null when the file could not be understood
 */
public record FileOutcome(InboxFile file, Submission submission, List<Finding> findings) {

    public FileOutcome {
        findings = List.copyOf(findings);
    }

    /** An ERROR finding, or nothing understood, rejects the file. */
    public boolean rejected() {
        return submission == null || findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
