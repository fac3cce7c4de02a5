package vn.kdcl.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;

import org.springframework.batch.infrastructure.item.ItemReader;

/** Reads the files the scan step marked PENDING for this run. */
class PendingFilesReader implements ItemReader<InboxFile> {

    private final ImportRun run;
    private final RunFiles runFiles;
    private final ImportProgress progress;
    private Iterator<RunFiles.Row> rows;

    PendingFilesReader(ImportRun run, RunFiles runFiles, ImportProgress progress) {
        this.run = run;
        this.runFiles = runFiles;
        this.progress = progress;
    }

    @Override
    public synchronized InboxFile read() {
        if (rows == null) {
            List<RunFiles.Row> pending = runFiles.pending(run.runId());
            progress.start(pending.size());
            rows = pending.iterator();
        }
        if (!rows.hasNext()) {
            return null;
        }
        RunFiles.Row row = rows.next();
        Path path = run.source(row.file());
        long size = 0;
        Instant modified = Instant.EPOCH;
        try {
            size = Files.size(path);
            modified = Files.getLastModifiedTime(path).toInstant();
        } catch (IOException e) {
            // Vanished since the scan: the interpreter reports it as unreadable.
        }
        String relative = run.inbox().toAbsolutePath().normalize().relativize(path).toString().replace('\\', '/');
        return new InboxFile(path, relative, row.sha256(), size, modified);
    }
}
