package vn.kdcl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.kdcl.home.KdclHome;

/**
 * The whole hostile corpus through the real {@code kdcl import} in a child JVM limited to 256 MB:
 * the run finishes in bounded time, every file gets the status and finding code it deserves,
 * every good file still imports, and the secret behind the XXE never leaves its file.
 */
class HostileImportTest {

    /** The whole hostile run, JVM start-up included. */
    static final long BUDGET_MS = 60_000;

    @TempDir
    Path dir;

    @Test
    void hostileInboxEndsInTheRightPlacesWithinBudget() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        String token = "KDCL-SECRET-" + UUID.randomUUID();
        HostileCorpus corpus = new HostileCorpus(home.inbox(), dir.resolve("outside"), token);
        corpus.addSmallCases();
        corpus.addGiantCases();
        Path linkTarget = dir.resolve("outside/linked.xlsx");
        byte[] linkedBefore = Files.readAllBytes(linkTarget);

        // A file that keeps growing while the scan looks at it: deferred now, imported by the next run.
        Path growing = home.inbox().resolve("growing.xlsx");
        byte[] full = corpus.valid("HX-GROW");
        Files.write(growing, java.util.Arrays.copyOf(full, full.length / 2));
        AtomicBoolean scanned = new AtomicBoolean();
        Thread writer = new Thread(() -> grow(growing, full, scanned), "grower");
        writer.start();

        long t0 = System.nanoTime();
        Process child = ChildKdcl.start(home, "256m", dir.resolve("child.out"), "import");
        boolean sawScan = ChildKdcl.awaitLog(home, child, "to import", BUDGET_MS);
        scanned.set(true);
        writer.join();
        assertThat(child.waitFor(BUDGET_MS * 2, TimeUnit.MILLISECONDS)).as("child finished").isTrue();
        long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
        String out = Files.readString(dir.resolve("child.out"));
        System.err.printf("hostile run: %d ms, exit %d%n", elapsedMs, child.exitValue());
        assertThat(sawScan).as("scan logged; child output:%n%s", out).isTrue();
        assertThat(child.exitValue()).as("exit code; output:%n%s", out).isZero();
        assertThat(elapsedMs).as("whole hostile run").isLessThan(BUDGET_MS);
        assertThat(out).doesNotContain("OutOfMemoryError");

        Map<String, JsonNode> report = lastReport(home);
        List<String> problems = new ArrayList<>();
        for (HostileCorpus.Case c : corpus.cases) {
            JsonNode f = report.get(c.file());
            if (f == null) {
                problems.add(c.file() + " (" + c.what() + "): missing from the run report");
                continue;
            }
            List<String> codes = new ArrayList<>();
            f.path("findings").forEach(x -> codes.add(x.path("code").asString()));
            String status = f.path("status").asString();
            List<String> errors = new ArrayList<>();
            f.path("findings").forEach(x -> {
                if ("ERROR".equals(x.path("severity").asString())) {
                    errors.add(x.path("code").asString() + " " + x.path("message").asString());
                }
            });
            if (!status.equals(c.status()) || c.code() != null && !codes.contains(c.code())) {
                problems.add(c.file() + " (" + c.what() + "): expected " + c.status() + "/" + c.code() + ", got "
                        + status + " " + codes + " " + errors);
            }
        }
        assertThat(problems).as("cases with the wrong outcome").isEmpty();
        assertThat(report.get("inbox/growing.xlsx").path("status").asString()).isEqualTo("DEFERRED");
        assertThat(report.get("inbox/growing.xlsx").path("findings").get(0).path("code").asString()).isEqualTo("FILE-004");

        // Symlinks are listed as IGNORED (FILE-003) but neither followed nor moved; a directory named x.xlsx stays a directory.
        for (String link : List.of("inbox/link.xlsx", "inbox/passwd.xlsx")) {
            assertThat(report.get(link).path("status").asString()).isEqualTo("IGNORED");
            assertThat(report.get(link).path("findings").get(0).path("code").asString()).isEqualTo("FILE-003");
        }
        assertThat(Files.isSymbolicLink(home.inbox().resolve("link.xlsx"))).isTrue();
        assertThat(Files.isSymbolicLink(home.inbox().resolve("passwd.xlsx"))).isTrue();
        assertThat(Files.readAllBytes(linkTarget)).isEqualTo(linkedBefore);
        assertThat(home.inbox().resolve("folder.xlsx")).isDirectory();
        // Rejected originals are kept with their reason beside them.
        for (HostileCorpus.Case c : corpus.cases) {
            if (c.status().equals("REJECTED")) {
                String name = Path.of(c.file()).getFileName().toString();
                assertThat(home.rejected().resolve(name)).as(c.what()).exists();
                assertThat(Files.readString(home.rejected().resolve(name + ".why.txt"))).contains(c.code());
            }
        }

        // The next run imports the file that was still being written, and nothing else changes.
        String export = ChildKdcl.importAndExport(home);
        Map<String, JsonNode> second = lastReport(home);
        assertThat(second.get("inbox/growing.xlsx").path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(second.values()).extracting(n -> n.path("status").asString())
                .containsOnly("ACCEPTED", "IGNORED");

        JsonNode schools = JsonMapper.builder().build().readTree(export).path("schools");
        List<String> codes = new ArrayList<>();
        schools.forEach(s -> codes.add(s.path("code").asString()));
        List<String> expected = new ArrayList<>(corpus.cases.stream().filter(c -> c.status().equals("ACCEPTED"))
                .map(c -> c.file()).map(HostileImportTest::codeOf).toList());
        expected.add("HX-GROW");
        assertThat(codes).containsExactlyInAnyOrderElementsOf(expected);
        // A hidden sheet named like a required one does not shadow the visible sheet.
        JsonNode hidden = school(schools, "HX-HIDDEN");
        assertThat(hidden.path("tasks").toString()).contains("Xây dựng nhà vệ sinh").doesNotContain("NHIỆM VỤ ẨN");
        assertThat(codes).doesNotContain("HX-SHADOW", "HX-LINKED");
        // The 1 MB cell text is kept whole.
        assertThat(school(schools, "HX-BIGCELL").path("tasks").toString()).contains("Nội dung rất dài").satisfies(t -> assertThat(t.length()).isGreaterThan(1 << 20));

        // Nothing read through an external entity reached the database, the export, reports or logs.
        StringBuilder everything = new StringBuilder(export);
        try (Connection c = HomeAudit.open(home)) {
            HomeAudit.strings(c, "SCRIPT").forEach(everything::append);
        }
        for (Path p : filesUnder(home.root())) {
            String n = p.getFileName().toString();
            if (n.endsWith(".json") || n.endsWith(".txt") || n.endsWith(".log") || n.endsWith(".out")) {
                everything.append(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        everything.append(out);
        assertThat(everything.toString()).doesNotContain(token).doesNotContain("root:x:0:0");
        assertThat(Path.of("/tmp/kdcl-pwned")).doesNotExist();

        // Every original (all cases but the lock file, plus the growing file) is in exactly one place;
        // the lock file and the two symlinks stay in the inbox and are not counted.
        long originals = corpus.cases.stream().filter(c -> !c.status().equals("IGNORED")).count() + 1;
        HomeAudit.assertConsistent(home, originals);
    }

    private static String codeOf(String file) {
        return switch (file) {
            case "inbox/good-1.xlsx" -> "HX-GOOD-1";
            case "inbox/sub/good-2.xlsx" -> "HX-GOOD-2";
            case "inbox/big-cell.xlsx" -> "HX-BIGCELL";
            case "inbox/wide.xlsx" -> "HX-WIDE";
            case "inbox/circular.xlsx" -> "HX-CIRC";
            case "inbox/external.xlsx" -> "HX-EXT";
            case "inbox/macro.xlsm" -> "HX-MACRO";
            case "inbox/hidden.xlsx" -> "HX-HIDDEN";
            case "inbox/odd-sheets.xlsx" -> "HX-ODD";
            case "inbox/twin-a.xlsx" -> "HX-TWIN";
            case "inbox/folder.xlsx/inner.xlsx" -> "HX-INDIR";
            case "inbox/good.ods" -> "HX-ODS";
            default -> file.contains("Hẹ Muông") ? "HX-NAME-NFC" : file.contains("spaces") ? "HX-NAME-SP" : "HX-NAME-NFD";
        };
    }

    private static JsonNode school(JsonNode schools, String code) {
        for (JsonNode s : schools) {
            if (s.path("code").asString().equals(code)) {
                return s;
            }
        }
        throw new AssertionError("no school " + code);
    }

    /** The newest run report, file name → entry. */
    static Map<String, JsonNode> lastReport(KdclHome home) throws Exception {
        Path newest;
        try (Stream<Path> s = Files.list(home.runs())) {
            newest = s.filter(p -> p.toString().endsWith(".json"))
                    .max(java.util.Comparator.comparing(p -> p.toFile().lastModified())).orElseThrow();
        }
        Map<String, JsonNode> byFile = new HashMap<>();
        JsonMapper.builder().build().readTree(newest.toFile()).path("files")
                .forEach(f -> byFile.put(f.path("file").asString(), f));
        return byFile;
    }

    private static List<Path> filesUnder(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList();
        }
    }

    /** Appends a byte every 50 ms until the scan is over, then writes the rest at once. */
    private static void grow(Path file, byte[] full, AtomicBoolean scanned) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            int at = full.length / 2;
            raf.seek(at);
            while (!scanned.get() && at < full.length - 1) {
                raf.write(full[at++]);
                Thread.sleep(50);
            }
            raf.write(full, at, full.length - at);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
