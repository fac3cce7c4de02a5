package vn.kdcl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;
import vn.kdcl.check.Finding;
import vn.kdcl.cli.AppContext;
import vn.kdcl.hash.Sha256;
import vn.kdcl.home.KdclHome;
import vn.kdcl.submission.Submission;
import vn.kdcl.submission.SubmissionStore;

/** One file the database refuses half-way through is rolled back alone and recorded as rejected. */
class IngestWriterTest {

    @TempDir
    Path dir;

    @Test
    void aFileFailingMidWriteIsRolledBackAloneAndRejected() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("home")).create();
        Path good = home.inbox().resolve("good.xlsx");
        Path boom = home.inbox().resolve("boom.xlsx");
        SampleWorkbooks.write(SampleWorkbooks.heMuong("GOOD-1", "1/10/2023"), "TT17/2018", good);
        SampleWorkbooks.write(SampleWorkbooks.heMuong("BOOM-1", "1/10/2023"), "TT17/2018", boom);

        try (AppContext app = AppContext.start(home)) {
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            // Fails after the submission row and part of its content were inserted.
            SubmissionStore failing = new SubmissionStore(jdbc) {
                @Override
                public Stored storeAccepted(FileMeta meta, Submission s, List<Finding> findings) {
                    Stored stored = super.storeAccepted(meta, s, findings);
                    if (s.school().code().startsWith("BOOM")) {
                        throw new IllegalStateException("disk full");
                    }
                    return stored;
                }
            };
            PlatformTransactionManager tm = app.bean(PlatformTransactionManager.class);
            ImportRun run = new ImportRun("test-run", home.inbox(), home);
            IngestWriter writer = new IngestWriter(run, failing, new RunFiles(jdbc, app.bean(JsonMapper.class)), tm);
            FileInterpreter interpreter = app.bean(FileInterpreter.class);
            List<FileOutcome> outcomes = List.of(
                    interpreter.interpret(inboxFile(home, good)), interpreter.interpret(inboxFile(home, boom)));

            new TransactionTemplate(tm).executeWithoutResult(tx -> writer.write(new Chunk<>(outcomes)));

            assertThat(jdbc.queryForList("SELECT status FROM submission WHERE school_code = 'GOOD-1'", String.class))
                    .containsExactly("CURRENT");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM criterion_result c JOIN submission s ON s.id = c.submission_id"
                    + " WHERE s.school_code = 'GOOD-1'", Integer.class)).isEqualTo(27);
            // Nothing of the failed attempt is left: no BOOM rows, no half-written content.
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE school_code = 'BOOM-1'", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM criterion_result", Integer.class)).isEqualTo(27);
            String sha = Sha256.of(boom);
            assertThat(jdbc.queryForObject("SELECT status FROM submission WHERE sha256 = ?", String.class, sha))
                    .isEqualTo("REJECTED");
            assertThat(jdbc.queryForList("SELECT f.code FROM finding f JOIN submission s ON s.id = f.submission_id"
                    + " WHERE s.sha256 = ?", String.class, sha)).containsExactly("FILE-001");
        }
    }

    private static InboxFile inboxFile(KdclHome home, Path file) throws Exception {
        return new InboxFile(file, home.inbox().relativize(file).toString(), Sha256.of(file), Files.size(file),
                Files.getLastModifiedTime(file).toInstant());
    }
}
