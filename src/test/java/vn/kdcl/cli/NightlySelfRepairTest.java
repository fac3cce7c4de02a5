package vn.kdcl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.h2.api.ErrorCode;
import org.h2.message.DbException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.home.KdclHome;
import vn.kdcl.ingest.ImportService;
import vn.kdcl.ingest.SampleWorkbooks;

/** An unattended nightly run that meets a damaged database rebuilds it and runs again, once. */
class NightlySelfRepairTest {

    @TempDir
    Path dir;

    private KdclHome imported() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        SampleWorkbooks.write(SampleWorkbooks.heMuong("DB-TH-001", "13/9/2023"), "TT17/2018", home.inbox().resolve("a.xlsx"));
        try (AppContext app = AppContext.start(home)) {
            app.bean(ImportService.class).run(home.inbox());
        }
        return home;
    }

    private static long keptCopies(KdclHome home) throws Exception {
        try (Stream<Path> db = Files.list(home.db())) {
            return db.filter(p -> p.getFileName().toString().startsWith("ban-cu-")).count();
        }
    }

    @Test
    void aFailureOnADamagedDatabaseRepairsAndRunsAgain() throws Exception {
        KdclHome home = imported();
        AtomicInteger runs = new AtomicInteger();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = NightlyCommand.repairingOnce(home, new PrintStream(err, true, StandardCharsets.UTF_8), () -> {
            if (runs.incrementAndGet() == 1) {
                // what the kill test once met: a lookup that kept finding an index entry without its row
                throw new IllegalStateException("Job failed", DbException.get(ErrorCode.LOCK_TIMEOUT_1, "{0}").getSQLException());
            }
            try (AppContext app = AppContext.start(home)) {
                assertThat(app.bean(org.springframework.jdbc.core.JdbcTemplate.class)
                        .queryForObject("SELECT COUNT(*) FROM submission", Long.class)).isEqualTo(1L);
            }
            return 0;
        });

        assertThat(code).isZero();
        assertThat(runs).hasValue(2);
        assertThat(keptCopies(home)).isOne();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cơ sở dữ liệu có dấu hiệu hỏng", "đang dựng lại",
                "Đã dựng lại cơ sở dữ liệu", "chạy lại");
    }

    @Test
    void otherFailuresAreNotMistakenForDamage() throws Exception {
        KdclHome home = imported();
        assertThatThrownBy(() -> NightlyCommand.repairingOnce(home, System.err, () -> {
            throw new java.nio.file.NoSuchFileException("inbox");
        })).isInstanceOf(java.nio.file.NoSuchFileException.class);
        assertThat(keptCopies(home)).isZero();
    }

    @Test
    void aFileThatCannotBeReadIsLeftAloneWithTheAdviceToRebuildFromFiles() throws Exception {
        KdclHome home = imported();
        Path file = home.db().resolve("kdcl.mv.db");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.write(new byte[8192]);
        }
        byte[] damaged = Files.readAllBytes(file);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicInteger runs = new AtomicInteger();

        int code = NightlyCommand.repairingOnce(home, new PrintStream(err, true, StandardCharsets.UTF_8), () -> {
            runs.incrementAndGet();
            try (AppContext app = AppContext.start(home)) {
                return 0;
            }
        });

        assertThat(code).isEqualTo(1);
        assertThat(runs).hasValue(1);
        assertThat(file).hasBinaryContent(damaged);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Không đọc được dữ liệu", "kdcl repair --from-files");
    }
}
