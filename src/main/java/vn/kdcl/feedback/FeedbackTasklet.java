package vn.kdcl.feedback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

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
        } catch (RuntimeException e) {
            log.warn("Feedback for run {} failed: {}", runId, e.toString(), e);
        }
        return RepeatStatus.FINISHED;
    }
}
