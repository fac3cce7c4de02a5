package vn.kdcl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.home.HomeLock;
import vn.kdcl.home.KdclHome;

/** The command line as scripts and cron see it: exit codes, stdout for data only, the lock. */
class CliTest {

    @TempDir
    Path dir;

    @Test
    void usageErrorsExitWith2AndHelpWith0() {
        assertThat(KdclCommand.execute("no-such-command")).isEqualTo(2);
        assertThat(KdclCommand.execute("export", "--format", "pdf")).isEqualTo(2);
        assertThat(KdclCommand.execute("--help")).isZero();
        assertThat(KdclCommand.execute("import", "--help")).isZero();
    }

    @Test
    void demoImportExportRoundTripAndSecondImporterIsTurnedAway() throws Exception {
        String home = dir.resolve("home").toString();
        assertThat(KdclCommand.execute("--home", home, "demo", "--schools", "25", "--seed", "7")).isZero();
        assertThat(Files.list(dir.resolve("home/inbox")).count()).isPositive();

        try (HomeLock held = HomeLock.acquire(new KdclHome(Path.of(home)))) {
            String err = captureErr(() -> assertThat(KdclCommand.execute("--home", home, "import")).isEqualTo(1));
            assertThat(err).contains("Một lần chạy kdcl khác");
        }
        assertThat(KdclCommand.execute("--home", home, "import")).isZero();

        String json = captureOut(() -> assertThat(KdclCommand.execute("--home", home, "export", "--format", "json")).isZero());
        assertThat(json).startsWith("{").contains("\"schools\"").contains("\"computed\"");
        Path xlsx = dir.resolve("out.xlsx");
        assertThat(KdclCommand.execute("--home", home, "export", "--format", "xlsx", "--out", xlsx.toString())).isZero();
        assertThat(Files.size(xlsx)).isPositive();
        Path csv = dir.resolve("csv");
        assertThat(KdclCommand.execute("--home", home, "export", "--format", "csv", "--out", csv.toString())).isZero();
        assertThat(Files.readString(csv.resolve("Truong.csv"), StandardCharsets.UTF_8)).startsWith("\uFEFFMã trường,");
    }

    private static String captureOut(Runnable r) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    private static String captureErr(Runnable r) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
