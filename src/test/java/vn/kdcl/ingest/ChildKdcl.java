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

    /** Imports in-process (one normal run) and returns the JSON export. */
    static String importAndExport(KdclHome home) throws Exception {
        try (AppContext app = AppContext.start(home)) {
            app.bean(ImportService.class).run(home.inbox());
            return export(app);
        }
    }

    static String export(KdclHome home) throws Exception {
        try (AppContext app = AppContext.start(home)) {
            return export(app);
        }
    }

    private static String export(AppContext app) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExportWriter(app.bean(JsonMapper.class)).json(app.bean(ExportService.class).schools(null), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
