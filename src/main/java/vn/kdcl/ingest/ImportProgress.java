package vn.kdcl.ingest;

import java.io.PrintStream;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;

/** Prints "done/total, files/s" to stderr every few seconds on long runs. */
class ImportProgress implements ItemWriteListener<FileOutcome> {

    private static final long EVERY_NANOS = 3_000_000_000L;

    private final PrintStream err;
    private int total;
    private int done;
    private long startNanos;
    private long lastPrint;

    ImportProgress(PrintStream err) {
        this.err = err;
    }

    synchronized void start(int total) {
        this.total = total;
        this.done = 0;
        this.startNanos = System.nanoTime();
        this.lastPrint = startNanos;
    }

    @Override
    public synchronized void afterWrite(Chunk<? extends FileOutcome> items) {
        done += items.size();
        long now = System.nanoTime();
        if (now - lastPrint >= EVERY_NANOS || (done == total && now - startNanos >= EVERY_NANOS)) {
            lastPrint = now;
            double secs = (now - startNanos) / 1e9;
            err.printf("Đang nhập: %d/%d tệp (%.0f tệp/giây)%n", done, total, done / Math.max(secs, 1e-3));
        }
    }
}
