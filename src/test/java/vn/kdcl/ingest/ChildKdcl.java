package vn.kdcl.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import vn.kdcl.KdclApplication;
import vn.kdcl.cli.AppContext;
import vn.kdcl.export.ExportService;
import vn.kdcl.export.ExportWriter;
import vn.kdcl.home.KdclHome;

/** Runs {@code kdcl} in a child JVM (the real main, its own heap) and reads a home back in-process. */
final class ChildKdcl {

    private ChildKdcl() {
    }

    /** Starts {@code kdcl --home H <args>} with the given heap; stdout and stderr go to {@code out}. */
    static Process start(KdclHome home, String xmx, Path out, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + xmx, "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                KdclApplication.class.getName(), "--home", home.root().toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    }

    /** Waits until the child's log file contains {@code text}; false when the child ended first or time ran out. */
    static boolean awaitLog(KdclHome home, Process child, String text, long timeoutMs) throws Exception {
        Path log = home.logs().resolve("kdcl.log");
        long end = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < end) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return true;
            }
            if (!child.isAlive()) {
                return false;
            }
            Thread.sleep(10);
        }
        return false;
    }

    /** Imports in-process (one normal run) and returns the JSON export; on failure says what the database holds. */
    static String importAndExport(KdclHome home) throws Exception {
        try {
            try (AppContext app = AppContext.start(home)) {
                app.bean(ImportService.class).run(home.inbox());
                return export(app);
            }
        } catch (Exception e) {
            System.err.println(H2Diagnosis.of(home.db().resolve("kdcl")));
            throw e;
        }
    }

    static String export(KdclHome home) throws Exception {
        try (AppContext app = AppContext.start(home)) {
            return export(app);
        }
    }

    /**
     * Fails unless the two exports are equal, with only the differing lines and some context in the
     * message: CI logs keep the tail of a failure, and two whole exports would push the cause out.
     */
    static void assertSameExport(String expected, String actual, String what) {
        if (expected.equals(actual)) {
            return;
        }
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int head = 0;
        while (head < e.length && head < a.length && e[head].equals(a[head])) {
            head++;
        }
        int tail = 0;
        while (tail < e.length - head && tail < a.length - head
                && e[e.length - 1 - tail].equals(a[a.length - 1 - tail])) {
            tail++;
        }
        int from = Math.max(0, head - 25);
        StringBuilder sb = new StringBuilder("Export differs from the uninterrupted run's: " + what + "\n");
        sb.append(String.format("lines %d..%d of %d expected, %d..%d of %d actual%n",
                head + 1, e.length - tail, e.length, head + 1, a.length - tail, a.length));
        sb.append("--- context before the first difference\n");
        for (int i = from; i < head; i++) {
            sb.append("  ").append(e[i]).append('\n');
        }
        appendLines(sb, "--- expected", e, head, e.length - tail);
        appendLines(sb, "--- actual", a, head, a.length - tail);
        throw new AssertionError(sb.toString());
    }

    private static void appendLines(StringBuilder sb, String title, String[] lines, int from, int to) {
        sb.append(title).append('\n');
        for (int i = from; i < to && i < from + 60; i++) {
            sb.append("  ").append(lines[i]).append('\n');
        }
        if (to - from > 60) {
            sb.append("  … ").append(to - from - 60).append(" more lines\n");
        }
    }

    private static String export(AppContext app) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExportWriter(app.bean(JsonMapper.class)).json(app.bean(ExportService.class).schools(null), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
