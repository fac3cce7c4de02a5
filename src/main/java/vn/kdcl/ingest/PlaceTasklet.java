package vn.kdcl.ingest;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.kdcl.home.KdclHome;
import vn.kdcl.submission.SubmissionStore;

/**
 * Moves the run's files out of the inbox to where the database says they belong. Runs after the
 * data is committed and flushed to disk ({@link DurableCommits}); re-running it (or the next run's scan finding the file again) is harmless.
 */
class PlaceTasklet implements Tasklet {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PlaceTasklet.class);

    private static final Set<String> MOVED = Set.of("ACCEPTED", "REJECTED", "SKIPPED_DUPLICATE");

    private final ImportRun run;
    private final RunFiles runFiles;
    private final SubmissionStore store;
    private final FileLifecycle lifecycle;
    private final KdclHome home;
    private final DurableCommits durable;

    PlaceTasklet(ImportRun run, RunFiles runFiles, SubmissionStore store, FileLifecycle lifecycle, KdclHome home,
                 DurableCommits durable) {
        this.run = run;
        this.runFiles = runFiles;
        this.store = store;
        this.lifecycle = lifecycle;
        this.home = home;
        this.durable = durable;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        // a move must never be on disk before the database rows it follows from
        durable.sync();
        log.debug("Placing the files of run {}", run.runId());
        List<RunFiles.Row> rows = runFiles.outcomes(run.runId());
        Map<String, SubmissionStore.Known> knownBySha = store.findByShas(rows.stream()
                .filter(r -> MOVED.contains(r.status())).map(RunFiles.Row::sha256).toList());
        List<String> unmoved = new ArrayList<>();
        for (RunFiles.Row row : rows) {
            if (!MOVED.contains(row.status()) || row.sha256() == null) {
                continue;
            }
            Optional.ofNullable(knownBySha.get(row.sha256())).ifPresent(known -> {
                Path source = run.source(row.file());
                try {
                    String placed = lifecycle.place(source, known.storedPath());
                    boolean rejected = SubmissionStore.State.REJECTED.name().equals(known.state());
                    if (rejected && placed.equals(known.storedPath())
                            && !Files.exists(home.root().resolve(known.storedPath() + FileLifecycle.WHY))) {
                        lifecycle.writeWhy(known.storedPath(), source.getFileName().toString(), store.findings(known.id()));
                    }
                } catch (UncheckedIOException e) {
                    // open in Excel on Windows, a folder that cannot be written…: its data is stored, and the next
                    // run finds the file again as known content and moves it then; the other files go on
                    log.warn("Cannot move {} now: {}", source, e.getCause() == null ? e.toString() : e.getCause().toString());
                    unmoved.add(row.file());
                }
            });
        }
        if (!unmoved.isEmpty()) {
            chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                    .put(RunReport.UNMOVED, new ArrayList<>(unmoved));
        }
        return RepeatStatus.FINISHED;
    }
}
