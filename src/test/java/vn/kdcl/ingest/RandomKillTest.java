package vn.kdcl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.home.KdclHome;

/**
 * kill -9 of {@code kdcl import} at seeded random moments, sometimes several runs in a row on the
 * same home, then one normal run: the export equals the uninterrupted run's, the H2 file opens and
 * reads in full, and folders agree with the database. CrashRecoveryTest covers fixed moments; this
 * covers random ones. Default: 2 kills; {@code -Pcrash} runs the long loop ({@code kdcl.crash.kills}).
 * Also: two imports started together on one home import everything exactly once.
 */
class RandomKillTest {

    static final int FILES = 40;
    static final int KILLS = Integer.getInteger("kdcl.crash.kills", 2);
    static final long SEED = Long.getLong("kdcl.crash.seed", 20261125L);

    @TempDir
    static Path work;

    static Path corpus;
    static long originals;
    static String reference;
    /** Wall time of one uninterrupted child import, start-up included: kills land within it. */
    static long childRunMs;

    @BeforeAll
    static void corpusAndReference() throws Exception {
        corpus = work.resolve("corpus");
        Instant t0 = Instant.parse("2024-10-01T08:00:00Z");
        for (int i = 0; i < FILES; i++) {
            // codes repeat so that later files supersede earlier ones (SUB-001 chains survive kills too)
            Path f = corpus.resolve(String.format("unit%d/school_%03d.xlsx", i % 4, i));
            Files.createDirectories(f.getParent());
            SampleWorkbooks.write(SampleWorkbooks.heMuong(String.format("RK-%03d", i % 30), (1 + i % 28) + "/10/2023"),
                    "TT17/2018", f);
            Files.setLastModifiedTime(f, FileTime.from(t0.plusSeconds(i)));
        }
        Files.copy(corpus.resolve("unit0/school_000.xlsx"), corpus.resolve("copy of school_000.xlsx"));
        Files.write(corpus.resolve("broken.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        try (Stream<Path> s = Files.walk(corpus)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                if (!p.getFileName().toString().startsWith("school_")) {
                    Files.setLastModifiedTime(p, FileTime.from(t0.plusSeconds(FILES + 1)));
                }
            }
        }
        originals = FILES + 2;

        KdclHome ref = copy("reference");
        long start = System.nanoTime();
        Process p = ChildKdcl.start(ref, "256m", ref.root().resolve("child.out"), "import");
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        childRunMs = (System.nanoTime() - start) / 1_000_000;
        reference = ChildKdcl.export(ref);
        assertThat(reference).contains("RK-029");
        HomeAudit.assertConsistent(ref, originals);
    }

    @Test
    void randomKillsEndLikeAnUninterruptedRun() throws Exception {
        Random random = new Random(SEED);
        int kill = 0;
        for (int round = 0; kill < KILLS; round++) {
            KdclHome home = copy("killed" + round);
            // one to three killed runs on the same home before it is allowed to finish
            int inRow = Math.min(KILLS - kill, 1 + random.nextInt(3));
            StringBuilder what = new StringBuilder();
            for (int k = 0; k < inRow; k++, kill++) {
                long delay = 300 + (long) (random.nextDouble() * childRunMs * 0.9);
                Process p = ChildKdcl.start(home, "256m", home.root().resolve("child" + k + ".out"), "import");
                boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
                if (!finished) {
                    p.destroyForcibly();
                    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
                }
                what.append(String.format("kill %d at %d ms%s; ", kill + 1, delay, finished ? " (run had finished)" : ""));
            }
            System.err.printf("round %d (seed %d): %s%n", round, SEED, what);
            // The H2 file left by the killed process must open and read in full before any recovery.
            try (var c = HomeAudit.open(home)) {
                HomeAudit.strings(c, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES");
            }
            String after = ChildKdcl.importAndExport(home);
            ChildKdcl.assertSameExport(reference, after, "round " + round + ": " + what);
            assertThat(HomeAudit.files(home.inbox())).as("inbox after recovery").isZero();
            HomeAudit.assertConsistent(home, originals);
        }
    }

    @Test
    void twoImportsStartedTogetherImportOnce() throws Exception {
        KdclHome home = copy("race");
        Process a = ChildKdcl.start(home, "256m", home.root().resolve("a.out"), "import");
        Process b = ChildKdcl.start(home, "256m", home.root().resolve("b.out"), "import");
        assertThat(a.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(b.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String outA = Files.readString(home.root().resolve("a.out"));
        String outB = Files.readString(home.root().resolve("b.out"));
        System.err.printf("race: exit %d and %d%n", a.exitValue(), b.exitValue());
        assertThat(a.exitValue() == 0 || b.exitValue() == 0).as("one of them imported").isTrue();
        for (Process p : new Process[] {a, b}) {
            String out = p == a ? outA : outB;
            assertThat(p.exitValue()).as(out).isIn(0, 1);
            if (p.exitValue() == 1) {
                assertThat(out).contains("Một lần chạy kdcl khác");
            }
        }
        HomeAudit.assertConsistent(home, originals);
        ChildKdcl.assertSameExport(reference, ChildKdcl.export(home), "two imports started together");
    }

    private static KdclHome copy(String name) throws IOException {
        KdclHome home = new KdclHome(work.resolve(name)).create();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = home.inbox().resolve(corpus.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return home;
    }
}
