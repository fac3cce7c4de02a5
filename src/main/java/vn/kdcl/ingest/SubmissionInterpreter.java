package vn.kdcl.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.kdcl.check.Finding;
import vn.kdcl.ingest.read.ReadOutcome;
import vn.kdcl.ingest.read.WorkbookReader;

/** Read → normalise → check one file. Bad input becomes findings; nothing escapes as an exception. */
public class SubmissionInterpreter implements FileInterpreter {

    private static final Logger log = LoggerFactory.getLogger(SubmissionInterpreter.class);

    private final WorkbookReader reader;
    private final SubmissionBuilder builder;

    public SubmissionInterpreter(WorkbookReader reader, SubmissionBuilder builder) {
        this.reader = reader;
        this.builder = builder;
    }

    @Override
    public FileOutcome interpret(InboxFile file) {
        try {
            ReadOutcome read = reader.read(file.path());
            if (read.rejected()) {
                return new FileOutcome(file, null, read.findings());
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
            return new FileOutcome(file, built.submission(), findings);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            log.warn("Unexpected failure on {}", file.relative(), e);
            return new FileOutcome(file, null, List.of(Finding.error("FILE-001", null, null,
                    "Không đọc được tệp " + file.path().getFileName() + ": lỗi không mong đợi ("
                            + e.getClass().getSimpleName() + "). Hãy lưu lại tệp bằng Excel dưới dạng .xlsx và gửi lại.")));
        }
    }
}
