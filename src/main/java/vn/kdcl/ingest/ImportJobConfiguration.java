package vn.kdcl.ingest;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import tools.jackson.databind.json.JsonMapper;
import vn.kdcl.home.KdclHome;
import vn.kdcl.ingest.read.ReadLimits;
import vn.kdcl.submission.SubmissionStore;

/**
 * The import job: scan the inbox → read, normalise and check files on several threads (ahead of
 * the writer, see {@link ReadAhead}), storing each chunk in one transaction → move files where the
 * database says → feedback workbooks for schools (vn.kdcl.feedback) → write the run report.
 */
@Configuration(proxyBeanMethods = false)
class ImportJobConfiguration {

    static final String JOB = "importJob";

    @Bean
    Job importJob(JobRepository repo, Step scanStep, Step ingestStep, Step placeStep, Step feedbackStep,
                  Step reportStep) {
        return new JobBuilder(JOB, repo).start(scanStep).next(ingestStep).next(placeStep).next(feedbackStep)
                .next(reportStep).build();
    }

    private static final String RUN_ID = "#{jobParameters['runId']}";
    private static final String INBOX = "#{jobParameters['inbox']}";

    /** A province's shared folder downloaded at once holds a few thousand workbooks. */
    private static final int MAX_ARCHIVE_ENTRIES = 20_000;

    private static ImportRun run(String runId, String inbox, KdclHome home) {
        return new ImportRun(runId, Path.of(inbox).toAbsolutePath().normalize(), home);
    }

    @Bean
    @StepScope
    ScanTasklet scanTasklet(@Value(RUN_ID) String runId, @Value(INBOX) String inbox, KdclHome home,
                            SubmissionStore store, RunFiles runFiles,
                            @Value("${kdcl.import.settle-seconds:2}") int settleSeconds) {
        return new ScanTasklet(run(runId, inbox, home), new InboxScanner(Duration.ofSeconds(settleSeconds)), store,
                runFiles, new InboxArchives(home, ReadLimits.defaults().maxFileBytes(), MAX_ARCHIVE_ENTRIES));
    }

    @Bean
    Step scanStep(JobRepository repo, PlatformTransactionManager tm, ScanTasklet scanTasklet) {
        return new StepBuilder("scan", repo).tasklet(scanTasklet, tm).build();
    }

    @Bean
    ImportProgress importProgress() {
        return new ImportProgress(System.err);
    }

    @Bean
    @StepScope
    PendingFilesReader pendingFilesReader(@Value(RUN_ID) String runId, @Value(INBOX) String inbox, KdclHome home,
                                          RunFiles runFiles, ImportProgress progress) {
        return new PendingFilesReader(run(runId, inbox, home), runFiles, progress);
    }

    @Bean
    @StepScope
    IngestWriter ingestWriter(@Value(RUN_ID) String runId, @Value(INBOX) String inbox, KdclHome home,
                              SubmissionStore store, RunFiles runFiles, PlatformTransactionManager tm) {
        return new IngestWriter(run(runId, inbox, home), store, runFiles, tm);
    }

    /** Files interpreted ahead of the writer: one chunk's worth, and at most this much on disk past the first. */
    private static final long READ_AHEAD_BYTES = 16L << 20;

    @Bean
    @StepScope
    ReadAhead readAhead(PendingFilesReader pendingFilesReader, FileInterpreter interpreter,
                        @Value("${kdcl.import.chunk-size:16}") int chunkSize,
                        @Value("${kdcl.import.threads:0}") int threads) {
        return new ReadAhead(pendingFilesReader, interpreter,
                threads > 0 ? threads : Runtime.getRuntime().availableProcessors(), chunkSize, READ_AHEAD_BYTES);
    }

    @Bean
    Step ingestStep(JobRepository repo, PlatformTransactionManager tm, ReadAhead readAhead,
                    IngestWriter ingestWriter, ImportProgress progress,
                    @Value("${kdcl.import.chunk-size:16}") int chunkSize) {
        // Interpretation runs on the read-ahead's workers; the step thread only waits for the
        // outcomes in order and stores each chunk in one transaction, overlapping the next chunk's work.
        return new StepBuilder("ingest", repo).<ReadAhead.Pending, FileOutcome>chunk(chunkSize)
                .transactionManager(tm)
                .reader(readAhead)
                .processor(ReadAhead.Pending::await)
                .writer(ingestWriter)
                .listener(progress)
                .listener((StepExecutionListener) readAhead)
                .build();
    }

    @Bean
    @StepScope
    PlaceTasklet placeTasklet(@Value(RUN_ID) String runId, @Value(INBOX) String inbox, KdclHome home,
                              RunFiles runFiles, SubmissionStore store, DurableCommits durable) {
        return new PlaceTasklet(run(runId, inbox, home), runFiles, store, new FileLifecycle(home), home, durable);
    }

    @Bean
    Step placeStep(JobRepository repo, PlatformTransactionManager tm, PlaceTasklet placeTasklet) {
        return new StepBuilder("place", repo).tasklet(placeTasklet, tm).build();
    }

    @Bean
    @StepScope
    ReportTasklet reportTasklet(@Value(RUN_ID) String runId, @Value(INBOX) String inbox, KdclHome home,
                                RunFiles runFiles, JsonMapper json) {
        return new ReportTasklet(run(runId, inbox, home), runFiles, home, json);
    }

    @Bean
    Step reportStep(JobRepository repo, PlatformTransactionManager tm, ReportTasklet reportTasklet) {
        return new StepBuilder("report", repo).tasklet(reportTasklet, tm).build();
    }
}
