package vn.kdcl.feedback;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The import job's "feedback" step (wired between place and report in ImportJobConfiguration). */
@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

    @Bean
    @StepScope
    FeedbackTasklet feedbackTasklet(@Value("#{jobParameters['runId']}") String runId, FeedbackService service,
                                    @Value("${kdcl.feedback.enabled:true}") boolean enabled) {
        return new FeedbackTasklet(runId, service, enabled);
    }

    @Bean
    Step feedbackStep(JobRepository repo, PlatformTransactionManager tm, FeedbackTasklet feedbackTasklet) {
        return new StepBuilder("feedback", repo).tasklet(feedbackTasklet, tm).build();
    }
}
