package vn.kdcl.ingest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.kdcl.check.Finding;
import vn.kdcl.submission.Submission;
import vn.kdcl.submission.SubmissionStore;

/**
 * Stores each outcome with its content and findings, inside the chunk's transaction. Each file is
 * written in a nested transaction (a savepoint): a file is in the database completely or not at all,
 * a file the database refuses becomes REJECTED instead of failing the chunk, and a killed run leaves
 * the uncommitted files pending for the next one.
 */
class IngestWriter implements ItemWriter<FileOutcome> {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IngestWriter.class);

    private final ImportRun run;
    private final SubmissionStore store;
    private final RunFiles runFiles;
    private final TransactionTemplate perFile;

    IngestWriter(ImportRun run, SubmissionStore store, RunFiles runFiles, PlatformTransactionManager tm) {
        this.run = run;
        this.store = store;
        this.runFiles = runFiles;
        this.perFile = new TransactionTemplate(tm);
        this.perFile.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public void write(Chunk<? extends FileOutcome> chunk) {
        List<RunFiles.Row> rows = new ArrayList<>(chunk.size());
        for (FileOutcome outcome : chunk) {
            try {
                rows.add(perFile.execute(tx -> write(outcome)));
            } catch (RuntimeException e) {
                log.warn("Cannot store {}: {}", outcome.file().relative(), e.toString());
                Finding refused = Finding.error("FILE-001", null, null, "Không lưu được tệp "
                        + outcome.file().path().getFileName() + " vào cơ sở dữ liệu (" + e.getClass().getSimpleName()
                        + "); tệp được giữ trong rejected/ để kiểm tra.");
                rows.add(perFile.execute(tx -> write(new FileOutcome(outcome.file(), null, List.of(refused)))));
            }
        }
        // the run's record of each file, in the chunk's transaction like the files themselves
        runFiles.updateAll(run.runId(), rows);
        log.debug("Storing chunk of {} files", chunk.size());
    }

    private RunFiles.Row write(FileOutcome o) {
        InboxFile f = o.file();
        String name = run.reportName(f.relative());
        Submission s = o.submission();
        String code = s == null ? null : s.school().code();
        String year = s == null ? null : s.schoolYear();
        List<Finding> findings = new ArrayList<>(o.findings());
        String status;
        if (o.rejected()) {
            String fileName = f.path().getFileName().toString();
            String stored = FileLifecycle.rejectedPath(fileName, f.sha256(),
                    store.isStoredPathTaken(FileLifecycle.rejectedPath(fileName, f.sha256(), false)));
            store.storeRejected(meta(o, stored), code, year, findings);
            status = FileStatus.REJECTED.name();
        } else {
            String stored = FileLifecycle.archivePath(code, year, f.sha256(), f.extension());
            SubmissionStore.Stored st = store.storeAccepted(meta(o, stored), s, findings);
            findings.addAll(st.addedFindings());
            status = FileStatus.ACCEPTED.name();
        }
        return new RunFiles.Row(name, f.sha256(), status, code, year, findings);
    }

    private SubmissionStore.FileMeta meta(FileOutcome o, String storedPath) {
        InboxFile f = o.file();
        return new SubmissionStore.FileMeta(f.sha256(), run.reportName(f.relative()), storedPath, f.size(),
                f.modified(), run.runId());
    }
}
