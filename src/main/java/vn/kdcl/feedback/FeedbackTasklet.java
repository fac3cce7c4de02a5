package vn.kdcl.feedback;

import java.util.ArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.kdcl.ingest.RunReport;

/**
 * Import step between placing the files and the run report: feedback workbooks for the run's files.
 * Feedback is a courtesy: whatever goes wrong here is logged and the run still completes.
 */
public class FeedbackTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(FeedbackTasklet.class);

    private final String runId;
    private final FeedbackService service;
    private final boolean enabled;

    public FeedbackTasklet(String runId, FeedbackService service, boolean enabled) {
        this.runId = runId;
        this.service = service;
        this.enabled = enabled;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (!enabled) {
            log.debug("Feedback disabled (kdcl.feedback.enabled=false)");
            return RepeatStatus.FINISHED;
        }
        try {
            FeedbackService.Summary s = service.writeForRun(runId);
            contribution.incrementWriteCount(s.written().size());
            // for the run's console summary (ImportService): a count and the first names, not the whole list
            ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
            job.putInt(RunReport.FEEDBACK_WRITTEN, s.written().size());
            job.putInt(RunReport.FEEDBACK_FAILED, s.failed());
            job.put(RunReport.FEEDBACK_NAMES, new ArrayList<>(s.written().stream().map(p -> p.getFileName().toString())
                    .sorted().limit(RunReport.FEEDBACK_LISTED).toList()));
            if (s.list() != null) {
                job.putString(RunReport.FEEDBACK_LIST, s.list().toString());
            }
        } catch (RuntimeException e) {
            log.warn("Feedback for run {} failed: {}", runId, e.toString(), e);
        }
        return RepeatStatus.FINISHED;
    }
}
