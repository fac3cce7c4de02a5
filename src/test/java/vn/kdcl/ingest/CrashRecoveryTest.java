package vn.kdcl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.KdclApplication;
import vn.kdcl.home.KdclHome;

/**
 * kill -9 of a real import process at several moments, then a normal run: the export must equal
 * the one of an uninterrupted run, and every inbox file must end in archive/ or rejected/.
 */
class CrashRecoveryTest {

    static final int FILES = 120;
    private static final int PLACING = 100;

    @TempDir
    static Path work;

    static Path corpus;

    @BeforeAll
    static void corpus() throws IOException {
        corpus = work.resolve("corpus");
        Files.createDirectories(corpus);
        Instant t0 = Instant.parse("2024-10-01T08:00:00Z");
        for (int i = 0; i < FILES; i++) {
            Path f = corpus.resolve(String.format("unit%d/school_%03d.xlsx", i % 3, i));
            Files.createDirectories(f.getParent());
            SampleWorkbooks.write(SampleWorkbooks.heMuong(String.format("DB-%03d", i % 100), "1/10/2023"), "TT17/2018", f);
            Files.setLastModifiedTime(f, FileTime.from(t0.plusSeconds(i)));
        }
        Files.write(corpus.resolve("broken.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        Files.setLastModifiedTime(corpus.resolve("broken.xlsx"), FileTime.from(t0));
    }

    @Test
    void killedRunsEndLikeAnUninterruptedOne() throws Exception {
        String reference = ChildKdcl.importAndExport(copy("reference"));
        assertThat(reference).contains("DB-099");

        // Kill moments: during start-up, right after the scan, after the 1st, 3rd, 6th and 8th (last) stored
        // chunk (the child logs each chunk at DEBUG), and while the place step moves files. The database
        // writes commits in the background (WRITE_DELAY 500 ms), so a kill may lose the latest chunks; the
        // kills after the 1st and 3rd chunk run the child with WRITE_DELAY=0 so that they always leave a
        // partly stored run behind, whatever the machine's speed.
        int[] chunksBeforeKill = {-1, 0, 1, 3, 6, 8, PLACING};
        boolean midRun = false;
        for (int chunks : chunksBeforeKill) {
            KdclHome home = copy("killed" + chunks);
            Process p = startImport(home, chunks == 1 || chunks == 3);
            if (chunks < 0) {
                Thread.sleep(1500);
            } else if (chunks == 0) {
                waitForLog(home, "to import", 1, 60_000);
            } else if (chunks == PLACING) {
                waitForLog(home, "Placing", 1, 60_000);
            } else {
                waitForLog(home, "Storing chunk", chunks, 60_000);
            }
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            long committed = committedRows(home);
            System.err.printf("kill %s: %d of %d files committed%n",
                    chunks == PLACING ? "while placing" : "after " + chunks + " chunks", committed, FILES + 1);
            midRun |= committed > 0 && committed < FILES + 1;
            String after = ChildKdcl.importAndExport(home);
            ChildKdcl.assertSameExport(reference, after,
                    chunks == PLACING ? "kill while placing" : "kill after " + chunks + " chunks");
            try (Stream<Path> left = Files.walk(home.inbox())) {
                assertThat(left.filter(Files::isRegularFile)).as("inbox after recovery").isEmpty();
            }
            assertThat(countFiles(home.archive()) + countFiles(home.rejected()))
                    .as("every file kept").isEqualTo(FILES + 1);
        }
        assertThat(midRun).as("at least one kill landed while files were being stored").isTrue();
    }

    private static KdclHome copy(String name) throws IOException {
        KdclHome home = new KdclHome(work.resolve(name)).create();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = home.inbox().resolve(corpus.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return home;
    }

    private static Process startImport(KdclHome home, boolean writeAtOnce) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dlogging.level.vn.kdcl.ingest.IngestWriter=DEBUG",
                "-Dlogging.level.vn.kdcl.ingest.PlaceTasklet=DEBUG"));
        if (writeAtOnce) {
            cmd.add("-Dspring.datasource.url=jdbc:h2:file:" + home.db().resolve("kdcl")
                    + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=64");
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), KdclApplication.class.getName(),
                "--home", home.root().toString(), "import"));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(home.root().resolve("child.out").toFile()).start();
    }

    private static void waitForLog(KdclHome home, String text, int times, long timeoutMs) throws Exception {
        Path log = home.logs().resolve("kdcl.log");
        long end = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < end) {
            if (Files.exists(log)) {
                String content = Files.readString(log);
                int n = 0;
                for (int i = content.indexOf(text); i >= 0; i = content.indexOf(text, i + 1)) {
                    n++;
                }
                if (n >= times) {
                    return;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("child never logged '" + text + "'");
    }

    /** Files the killed run had committed (the H2 file is free again once the child is dead). */
    private static long committedRows(KdclHome home) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + home.db().resolve("kdcl"), "sa", "")) {
            var rs = c.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'SUBMISSION'");
            rs.next();
            if (rs.getInt(1) == 0) {
                return 0;
            }
            rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM submission");
            rs.next();
            long submissions = rs.getLong(1);
            rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM run_file WHERE status = 'SKIPPED_DUPLICATE'");
            rs.next();
            return submissions + rs.getLong(1);
        }
    }

    private static long countFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".why.txt")).count();
        }
    }
}
