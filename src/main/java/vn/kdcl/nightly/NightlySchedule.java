package vn.kdcl.nightly;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** {@code kdcl serve}: runs the nightly job on the cron expression {@code kdcl.nightly.cron}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "kdcl.serve", havingValue = "true")
class NightlySchedule {

    private static final Logger log = LoggerFactory.getLogger(NightlySchedule.class);

    private final NightlyService nightly;

    NightlySchedule(NightlyService nightly) {
        this.nightly = nightly;
    }

    @Scheduled(cron = "${kdcl.nightly.cron}", zone = "${kdcl.nightly.zone}")
    void run() {
        try {
            nightly.run(System.out);
        } catch (Exception e) {
            if (vn.kdcl.database.DatabaseRepair.looksDamaged(e)) {
                log.error("Nightly run failed: the database looks damaged; stop kdcl serve and run kdcl repair", e);
            } else if (e instanceof IllegalStateException) {
                // Another run holds the home lock (an officer started kdcl import by hand): skip this turn.
                log.warn("Nightly run skipped: {}", e.getMessage());
            } else {
                log.error("Nightly run failed", e);
            }
        }
    }
}
