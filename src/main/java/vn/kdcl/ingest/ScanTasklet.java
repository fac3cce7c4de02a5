package vn.kdcl.ingest;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.kdcl.check.Finding;
import vn.kdcl.submission.SubmissionStore;

/** First step: list the inbox and record, per file, whether it will be imported or why not. */
class ScanTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ScanTasklet.class);
    /** Job execution context key: what the scan unpacked, one Vietnamese line per archive. */
    static final String UNPACKED = "kdcl.unpacked";

    private final ImportRun run;
    private final InboxScanner scanner;
    private final SubmissionStore store;
    private final RunFiles runFiles;
    private final InboxArchives archives;

    ScanTasklet(ImportRun run, InboxScanner scanner, SubmissionStore store, RunFiles runFiles, InboxArchives archives) {
        this.run = run;
        this.scanner = scanner;
        this.store = store;
        this.runFiles = runFiles;
        this.archives = archives;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        runFiles.startRun(run.runId(), Instant.now(),
                chunkContext.getStepContext().getStepExecution().getJobExecutionId(), run.inbox().toString());
        // a name Java cannot read back could never be opened or moved: such files get their meant name first
        InboxNames.fix(run.inbox());
        List<InboxScanner.Entry> found = scanner.scan(run.inbox());
        List<InboxArchives.Unpacked> unpacked = unpackArchives(found);
        if (!unpacked.isEmpty()) {
            found = scanner.scan(run.inbox()); // the archives' workbooks are imported in this run
            // for the run's console summary (ImportService), in the officer's words
            chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext().put(UNPACKED,
                    new java.util.ArrayList<>(unpacked.stream().map(u -> run.reportName(u.archive()) + " → "
                            + run.reportName(u.folder()) + "/ (" + u.workbooks() + " sổ tính; tệp nén lưu ở "
                            + u.storedAs() + ")").toList()));
        }
        // Oldest first, so that a resubmission is read after the file it replaces.
        List<InboxScanner.Entry> entries = found.stream()
                .sorted(java.util.Comparator.comparing((InboxScanner.Entry e) -> e.file().modified())
                        .thenComparing(e -> e.file().relative()))
                .toList();
        Map<String, SubmissionStore.Known> knownBySha = store.findByShas(
                entries.stream().map(e -> e.file().sha256()).toList());
        Set<String> seen = new HashSet<>();
        int pending = 0;
        List<RunFiles.Row> rows = new java.util.ArrayList<>(entries.size());
        for (InboxScanner.Entry e : entries) {
            InboxFile f = e.file();
            String name = run.reportName(f.relative());
            if (name.length() > StorageLimits.FILE_NAME) {
                // its name cannot be stored, and a row that fails would stop the whole run: leave it in place
                log.warn("Not importing {}: its path has {} characters, more than {}", f.path(), name.length(),
                        StorageLimits.FILE_NAME);
                rows.add(new RunFiles.Row(StorageLimits.shortName(name), null, FileStatus.IGNORED.name(), null, null,
                        List.of(Finding.info("FILE-003", null, null, "Đường dẫn của tệp " + f.path().getFileName()
                                + " dài " + name.length() + " ký tự, quá " + StorageLimits.FILE_NAME
                                + " ký tự lưu được; tệp chưa được nhập. Hãy chuyển tệp vào một thư mục có đường dẫn "
                                + "ngắn hơn trong hộp thư đến rồi nhập lại."))));
                continue;
            }
            switch (e.decision()) {
                case IGNORED -> rows.add(new RunFiles.Row(name, null, FileStatus.IGNORED.name(), null, null,
                        List.of(Finding.info("FILE-003", null, null,
                                "Tệp tạm hoặc tệp khóa (" + f.path().getFileName() + ") được bỏ qua."))));
                case LINK -> rows.add(new RunFiles.Row(name, null, FileStatus.IGNORED.name(), null, null,
                        List.of(Finding.info("FILE-003", null, null, "Liên kết tượng trưng (symlink) "
                                + f.path().getFileName() + " không được mở; hãy chép chính tệp vào hộp thư đến."))));
                case DEFERRED -> rows.add(new RunFiles.Row(name, null, FileStatus.DEFERRED.name(), null, null,
                        List.of(Finding.info("FILE-004", null, null,
                                "Tệp đang được ghi/sao chép; sẽ nhập ở lần chạy sau."))));
                case CANDIDATE -> {
                    Optional<SubmissionStore.Known> known = Optional.ofNullable(knownBySha.get(f.sha256()));
                    if (known.isPresent() || !seen.add(f.sha256())) {
                        String what = known.map(k -> " (đã lưu: " + k.storedPath() + ")").orElse(" trong cùng lần chạy");
                        rows.add(new RunFiles.Row(name, f.sha256(), FileStatus.SKIPPED_DUPLICATE.name(),
                                known.map(SubmissionStore.Known::schoolCode).orElse(null),
                                known.map(SubmissionStore.Known::schoolYear).orElse(null),
                                List.of(Finding.info("FILE-005", null, null,
                                        "Nội dung tệp giống hệt một tệp đã nhập" + what + "; bỏ qua."))));
                    } else {
                        rows.add(new RunFiles.Row(name, f.sha256(), "PENDING", null, null, List.of()));
                        pending++;
                    }
                }
            }
        }
        runFiles.insertAll(run.runId(), rows);
        log.info("Inbox {}: {} files, {} to import", run.inbox(), entries.size(), pending);
        return RepeatStatus.FINISHED;
    }

    /** Unpacks the zip archives of workbooks among the stable files. */
    private List<InboxArchives.Unpacked> unpackArchives(List<InboxScanner.Entry> found) {
        List<InboxArchives.Unpacked> unpacked = new java.util.ArrayList<>();
        for (InboxScanner.Entry e : found) {
            if (e.decision() == InboxScanner.Decision.CANDIDATE && InboxArchives.isWorkbookArchive(e.file().path())) {
                Optional.ofNullable(archives.unpack(e.file().path(), e.file().sha256())).ifPresent(unpacked::add);
            }
        }
        return unpacked;
    }
}
