package vn.kdcl.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;

import org.h2.api.ErrorCode;
import org.h2.message.DbException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** kdcl serve's scheduled run: a failure is logged and the schedule goes on; a damaged database is named as such. */
class NightlyScheduleTest {

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(NightlySchedule.class);

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(logged);
    }

    /** A nightly run that fails with {@code failure}. */
    private static NightlyService failing(Exception failure) {
        return new NightlyService(null, null, null) {
            @Override
            public void run(PrintStream out) throws Exception {
                throw failure;
            }
        };
    }

    @Test
    void aDamagedDatabaseIsLoggedWithTheRemedy() {
        new NightlySchedule(failing(new IllegalStateException("Job failed",
                DbException.get(ErrorCode.LOCK_TIMEOUT_1, "{0}").getSQLException()))).run();

        assertThat(logged.list).singleElement().satisfies(e -> {
            assertThat(e.getLevel().toString()).isEqualTo("ERROR");
            assertThat(e.getFormattedMessage()).contains("database looks damaged", "kdcl repair");
        });
    }

    @Test
    void anotherRunHoldingTheHomeSkipsThisTurnAndOtherFailuresAreLogged() {
        new NightlySchedule(failing(new IllegalStateException("Một lần chạy kdcl khác đang nhập dữ liệu"))).run();
        new NightlySchedule(failing(new java.io.IOException("disk full"))).run();

        assertThat(logged.list).extracting(e -> e.getLevel() + " " + e.getFormattedMessage()).containsExactly(
                "WARN Nightly run skipped: Một lần chạy kdcl khác đang nhập dữ liệu", "ERROR Nightly run failed");
    }
}
