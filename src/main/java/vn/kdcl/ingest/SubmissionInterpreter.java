package vn.kdcl.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.kdcl.check.Finding;
import vn.kdcl.check.rules.RegistryRules;
import vn.kdcl.ingest.read.InfoField;
import vn.kdcl.registry.RegistryProvider;
import vn.kdcl.submission.Submission;
import vn.kdcl.ingest.read.ReadOutcome;
import vn.kdcl.ingest.read.WorkbookReader;

/** Read → normalise → check one file. Bad input becomes findings; nothing escapes as an exception. */
public class SubmissionInterpreter implements FileInterpreter {

    private static final Logger log = LoggerFactory.getLogger(SubmissionInterpreter.class);

    private final WorkbookReader reader;
    private final SubmissionBuilder builder;
    private final RegistryProvider registry;

    public SubmissionInterpreter(WorkbookReader reader, SubmissionBuilder builder, RegistryProvider registry) {
        this.reader = reader;
        this.builder = builder;
        this.registry = registry;
    }

    @Override
    public FileOutcome interpret(InboxFile file) {
        try {
            ReadOutcome read = reader.read(file.path());
            if (read.rejected()) {
                return new FileOutcome(file, null, fitted(read.findings()));
            }
            SubmissionBuilder.Built built = builder.build(read.workbook());
            List<Finding> findings = new ArrayList<>(read.findings());
            // The builder starts from the workbook's own findings; keep each once (a set: a plan
            // with tens of thousands of rows has as many findings, and List.contains was quadratic).
            Set<Finding> seen = new HashSet<>(findings);
            for (Finding f : built.findings()) {
                if (seen.add(f)) {
                    findings.add(f);
                }
            }
            if (built.submission() != null) {
                Submission.School school = built.submission().school();
                registry.current().ifPresent(r -> RegistryRules.check(r, school.code(),
                        read.workbook().info().get(InfoField.SCHOOL_CODE), school.name(),
                        read.workbook().info().get(InfoField.SCHOOL_NAME), findings));
            }
            List<String> tooLong = built.submission() == null ? List.of() : StorageLimits.tooLong(built.submission());
            if (!tooLong.isEmpty()) {
                // stored as is, such a value would fail the insert and stop every later run at this file
                findings.add(Finding.error("FILE-006", null, null, "Tệp " + file.path().getFileName()
                        + " có nội dung quá dài để lưu: " + String.join("; ", tooLong) + "."));
                return new FileOutcome(file, null, fitted(findings));
            }
            return new FileOutcome(file, built.submission(), fitted(findings));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            log.warn("Unexpected failure on {}", file.relative(), e);
            return new FileOutcome(file, null, List.of(Finding.error("FILE-001", null, null,
                    "Không đọc được tệp " + file.path().getFileName() + ": lỗi không mong đợi ("
                            + e.getClass().getSimpleName() + "). Hãy lưu lại tệp bằng Excel dưới dạng .xlsx và gửi lại.")));
        }
    }

    private static List<Finding> fitted(List<Finding> findings) {
        return findings.stream().map(StorageLimits::fit).toList();
    }
}
