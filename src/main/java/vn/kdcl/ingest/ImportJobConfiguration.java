package vn.kdcl.ingest;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import tools.jackson.databind.json.JsonMapper;
import vn.kdcl.home.KdclHome;
import vn.kdcl.submission.SubmissionStore;

/**
 * The import job: scan the inbox → read, normalise and check files on several threads, storing
 * each chunk in one transaction → move files where the database says → write the run report.
 */
@Configuration(proxyBeanMethods = false)
class ImportJobConfiguration {

    static final String JOB = "importJob";

    @Bean
    Job importJob(JobRepository repo, Step scanStep, Step ingestStep, Step placeStep, Step reportStep) {
        return new JobBuilder(JOB, repo).start(scanStep).next(ingestStep).next(placeStep).next(reportStep).build();
    }

    @Bean
    @StepScope
    ImportRun importRun(@Value("#{jobParameters['runId']}") String runId,
                        @Value("#{jobParameters['inbox']}") String inbox, KdclHome home) {
        return new ImportRun(runId, Path.of(inbox).toAbsolutePath().normalize(), home);
    }

    @Bean
    Step scanStep(JobRepository repo, PlatformTransactionManager tm, ImportRun importRun, SubmissionStore store,
                  RunFiles runFiles, @Value("${kdcl.import.settle-seconds:2}") int settleSeconds) {
        InboxScanner scanner = new InboxScanner(Duration.ofSeconds(settleSeconds));
        return new StepBuilder("scan", repo)
                .tasklet(new ScanTasklet(importRun, scanner, store, runFiles), tm).build();
    }

    @Bean
    ImportProgress importProgress() {
        return new ImportProgress(System.err);
    }

    @Bean
    Step ingestStep(JobRepository repo, PlatformTransactionManager tm, ImportRun importRun, RunFiles runFiles,
                    SubmissionStore store, FileInterpreter interpreter, ImportProgress progress,
                    @Value("${kdcl.import.chunk-size:16}") int chunkSize,
                    @Value("${kdcl.import.threads:0}") int threads) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-");
        executor.setConcurrencyLimit(threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
        return new StepBuilder("ingest", repo).<InboxFile, FileOutcome>chunk(chunkSize)
                .transactionManager(tm)
                .reader(new PendingFilesReader(importRun, runFiles, progress))
                .processor(interpreter::interpret)
                .writer(new IngestWriter(importRun, store, runFiles))
                .listener(progress)
                .taskExecutor(executor)
                .build();
    }

    @Bean
    Step placeStep(JobRepository repo, PlatformTransactionManager tm, ImportRun importRun, RunFiles runFiles,
                   SubmissionStore store, KdclHome home) {
        return new StepBuilder("place", repo)
                .tasklet(new PlaceTasklet(importRun, runFiles, store, new FileLifecycle(home), home), tm).build();
    }

    @Bean
    Step reportStep(JobRepository repo, PlatformTransactionManager tm, ImportRun importRun, RunFiles runFiles,
                    KdclHome home, JsonMapper json) {
        return new StepBuilder("report", repo)
                .tasklet(new ReportTasklet(importRun, runFiles, home, json), tm).build();
    }
}
