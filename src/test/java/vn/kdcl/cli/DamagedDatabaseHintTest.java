package vn.kdcl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.h2.api.ErrorCode;
import org.h2.message.DbException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;

/** Which failures make the command line advise {@code kdcl repair}. */
class DamagedDatabaseHintTest {

    private static Exception wrapped(Throwable cause) {
        // as the import job reports a failed statement: Spring's translation around H2's own exception
        return new IllegalStateException("Job failed", new QueryTimeoutException("PreparedStatementCallback", cause));
    }

    @Test
    void h2sSignsOfADamagedFileAdviseARepair() {
        // what the kill test saw once: a lookup by hash that kept finding an index entry without its row
        assertThat(vn.kdcl.database.DatabaseRepair.looksDamaged(wrapped(DbException.get(ErrorCode.LOCK_TIMEOUT_1, "{0}").getSQLException())))
                .isTrue();
        assertThat(vn.kdcl.database.DatabaseRepair.looksDamaged(wrapped(
                DbException.get(ErrorCode.ROW_NOT_FOUND_WHEN_DELETING_1, "PUBLIC.IX: 23").getSQLException()))).isTrue();
        assertThat(vn.kdcl.database.DatabaseRepair.looksDamaged(wrapped(
                DbException.get(ErrorCode.FILE_CORRUPTED_1, "kdcl.mv.db").getSQLException()))).isTrue();
        assertThat(vn.kdcl.database.DatabaseRepair.looksDamaged(wrapped(new org.h2.mvstore.MVStoreException(6, "Store header is corrupt"))))
                .isTrue();
    }

    @Test
    void otherFailuresDoNot() {
        assertThat(vn.kdcl.database.DatabaseRepair.looksDamaged(wrapped(
                DbException.get(ErrorCode.DUPLICATE_KEY_1, "UQ_SUBMISSION_SHA256").getSQLException()))).isFalse();
        // PostgreSQL's lock timeout is another server's business, not a damaged H2 file
        assertThat(vn.kdcl.database.DatabaseRepair.looksDamaged(wrapped(new SQLException("canceling statement due to lock timeout",
                "55P03", ErrorCode.LOCK_TIMEOUT_1)))).isFalse();
        assertThat(vn.kdcl.database.DatabaseRepair.looksDamaged(new java.nio.file.NoSuchFileException("inbox"))).isFalse();
        assertThat(vn.kdcl.database.DatabaseRepair.looksDamaged(null)).isFalse();
    }

    @Test
    void theCommandLinePrintsTheAdvice() {
        String err = Captured.err(() -> {
            var cli = new picocli.CommandLine(new KdclCommand());
            // the same handler the launcher uses, fed a failure from a damaged database
            int code = KdclCommand.handleFailure(cli, wrapped(DbException.get(ErrorCode.LOCK_TIMEOUT_1, "{0}").getSQLException()));
            assertThat(code).isEqualTo(1);
        });
        assertThat(err).contains("Lỗi: ", "Cơ sở dữ liệu có thể đã hỏng", "./kdcl repair");
    }
}
