package vn.kdcl.ingest.read;

import java.util.List;

import vn.kdcl.check.Finding;
import vn.kdcl.check.Severity;

/**
 * Result of reading one file: the workbook as understood and every finding met while reading.
 * The file is rejected when any finding is an ERROR; {@code workbook} is then null when the file
 * could not be opened at all (FILE-001/002/006), and present when it was read but lacks what is
 * required (FILE-007, SCH-001, SCH-004) so that feedback can still quote its content.
 *
 * @param workbook what was read, or null
 * @param findings all findings (also those inside {@code workbook.findings()})
 */
public record ReadOutcome(ParsedWorkbook workbook, List<Finding> findings) {

    public ReadOutcome {
        findings = List.copyOf(findings);
    }

    static ReadOutcome rejected(Finding finding) {
        return new ReadOutcome(null, List.of(finding));
    }

    static ReadOutcome of(ParsedWorkbook workbook) {
        return new ReadOutcome(workbook, workbook.findings());
    }

    /** True when an ERROR finding rejects the file. */
    public boolean rejected() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** The ERROR findings (the reasons for rejection). */
    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }
}
