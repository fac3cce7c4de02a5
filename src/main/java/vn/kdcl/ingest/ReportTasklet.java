package vn.kdcl.ingest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import tools.jackson.databind.json.JsonMapper;
import vn.kdcl.home.KdclHome;

/** Last step: writes runs/&lt;runId&gt;.json. */
class ReportTasklet implements Tasklet {

    private final ImportRun run;
    private final RunFiles runFiles;
    private final KdclHome home;
    private final RunReportWriter writer;

    ReportTasklet(ImportRun run, RunFiles runFiles, KdclHome home, JsonMapper json) {
        this.run = run;
        this.runFiles = runFiles;
        this.home = home;
        this.writer = new RunReportWriter(json);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Instant finished = Instant.now();
        runFiles.finishRun(run.runId(), finished);
        Path out = home.runs().resolve(run.runId() + ".json");
        try {
            Files.createDirectories(out.getParent());
            Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                writer.write(os, run.runId(), runFiles.startedAt(run.runId()).toString(), finished.toString(),
                        entry -> runFiles.forEachRow(run.runId(), row -> entry.accept(row.entry())));
            }
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write run report " + out, e);
        }
        return RepeatStatus.FINISHED;
    }
}
