package vn.kdcl.ingest;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Interprets the next pending files on worker threads while the step stores the previous chunk.
 * A chunk step with a task executor processes a chunk in parallel but then waits for the single
 * writer; reading ahead keeps the workers busy during the write. At most {@code window} files,
 * and past the first file at most {@code maxBytes} of them on disk, are interpreted ahead, so the
 * outcomes held in memory stay bounded. Nothing is stored here: a killed run leaves the files
 * pending, exactly as before.
 */
class ReadAhead implements ItemReader<ReadAhead.Pending>, StepExecutionListener {

    /** A file whose outcome is being computed. */
    record Pending(InboxFile file, Future<FileOutcome> outcome) {

        FileOutcome await() throws InterruptedException {
            try {
                return outcome.get();
            } catch (ExecutionException e) {
                // the interpreter turns bad input into findings; what escapes is a real failure
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException("Interpreting " + file.relative() + " failed", e.getCause());
            }
        }
    }

    private final ItemReader<InboxFile> source;
    private final FileInterpreter interpreter;
    private final int window;
    private final long maxBytes;
    private final ExecutorService workers;
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private long bytesAhead;
    private boolean exhausted;

    ReadAhead(ItemReader<InboxFile> source, FileInterpreter interpreter, int threads, int window, long maxBytes) {
        this.source = source;
        this.interpreter = interpreter;
        this.window = Math.max(1, window);
        this.maxBytes = maxBytes;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "ingest-" + n.incrementAndGet());
            t.setDaemon(true); // a failed step must not keep the JVM alive
            return t;
        });
    }

    @Override
    public synchronized Pending read() throws Exception {
        while (!exhausted && queue.size() < window && (queue.isEmpty() || bytesAhead < maxBytes)) {
            InboxFile file = source.read();
            if (file == null) {
                exhausted = true;
                break;
            }
            queue.add(new Pending(file, workers.submit(() -> interpreter.interpret(file))));
            bytesAhead += file.size();
        }
        Pending next = queue.poll();
        if (next == null) {
            workers.shutdown();
            return null;
        }
        bytesAhead -= next.file().size();
        return next;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        workers.shutdownNow();
        return null;
    }
}
