package vn.kdcl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kdcl.cmd, the Windows launcher, run by Wine's cmd.exe. Java is a stand-in that writes the arguments
 * it was given (Wine starts a script named java.exe natively), so what is checked is the launcher's own
 * logic: which options it passes for which command, that every argument arrives intact (spaces,
 * Vietnamese, '&'), that it builds only when the jar is missing and stops when the build fails, and that
 * java's exit status reaches the caller. The check of the sources' times needs PowerShell, which Wine
 * lacks: not tried here. Not a test on Windows itself. Skipped where Wine is not installed
 * (.ci/run installs it when it can).
 */
class WindowsLauncherTest {

    private static final Path LAUNCHER = Path.of("kdcl.cmd");

    @TempDir
    static Path shared;

    private static String wine;
    private static Path prefix;

    @TempDir
    Path dir;

    private Path project;
    private Path stubJava;
    private Path argsFile;

    @BeforeAll
    static void findWine() throws Exception {
        for (String candidate : List.of("/usr/bin/wine", "/usr/bin/wine-stable", "/usr/bin/wine64")) {
            if (Files.isExecutable(Path.of(candidate))) {
                wine = candidate;
                break;
            }
        }
        Assumptions.assumeTrue(wine != null, "Wine is not installed: kdcl.cmd not tried");
        prefix = shared.resolve("wineprefix");
        // the first start creates the prefix (a few seconds); a Wine that cannot start skips the test
        Result probe = run(List.of(wine, "cmd", "/c", "echo", "kdcl-probe"), shared, Map.of());
        Assumptions.assumeTrue(probe.out().contains("kdcl-probe"), "Wine cannot run cmd.exe here: " + probe);
    }

    /** Wine's server outlives its programs by a few seconds; stop it before the prefix is deleted. */
    @AfterAll
    static void stopWine() throws Exception {
        for (String candidate : List.of("/usr/bin/wineserver", "/usr/bin/wineserver-stable", "/usr/lib/wine/wineserver64")) {
            if (prefix != null && Files.isExecutable(Path.of(candidate))) {
                run(List.of(candidate, "-k"), shared, Map.of());
                return;
            }
        }
    }

    @BeforeEach
    void project() throws IOException {
        project = dir.resolve("kdcl-hub");
        Files.createDirectories(project.resolve("target"));
        Files.createDirectories(project.resolve("src/main"));
        Files.copy(LAUNCHER, project.resolve("kdcl.cmd"));
        Files.writeString(project.resolve("target/kdcl-hub.jar"), "");
        argsFile = dir.resolve("args.txt");
        stubJava = dir.resolve("jdk/bin/java.exe");
        Files.createDirectories(stubJava.getParent());
        Files.writeString(stubJava, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + argsFile + "'\nexit ${STUB_RC:-0}\n");
        assertThat(stubJava.toFile().setExecutable(true)).isTrue();
    }

    @Test
    void passesEveryArgumentIntactAfterTheJavaOptions() throws Exception {
        kdcl(Map.of(), "--home", "D:\\Dữ liệu KĐCL", "report", "--unit", "Phòng GD&ĐT huyện Điện Biên");
        assertThat(javaArgs()).containsExactly("-Xmx1g", "-XX:+UseParallelGC", "-Dfile.encoding=UTF-8",
                "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8", "-jar", windows(project) + "\\target\\kdcl-hub.jar",
                "--home", "D:\\Dữ liệu KĐCL", "report", "--unit", "Phòng GD&ĐT huyện Điện Biên");
    }

    @Test
    void shortCommandsRunWithTheQuickCompilerOnly() throws Exception {
        for (String command : List.of("import", "export", "status", "demo")) {
            kdcl(Map.of(), "--home=X", command);
            assertThat(javaArgs()).as(command).contains("-XX:TieredStopAtLevel=1").endsWith("--home=X", command);
        }
        for (String command : List.of("nightly", "report", "serve")) {
            kdcl(Map.of(), command);
            assertThat(javaArgs()).as(command).doesNotContain("-XX:TieredStopAtLevel=1").endsWith(command);
        }
        kdcl(Map.of("KDCL_JAVA_OPTS", "-Xmx2g"), "import");
        assertThat(javaArgs()).startsWith("-Xmx2g", "-Dfile.encoding=UTF-8").doesNotContain("-XX:+UseParallelGC");
    }

    @Test
    void javasExitStatusReachesTheCaller() throws Exception {
        // Wine reports 1 for any native program it started, so here java.exe is Wine's own cmd.exe, told through
        // KDCL_JAVA_OPTS (which replaces the Java options) to exit with a given status.
        Path cmdAsJava = dir.resolve("cmd-jdk/bin/java.exe");
        Files.createDirectories(cmdAsJava.getParent());
        Files.copy(prefix.resolve("drive_c/windows/system32/cmd.exe"), cmdAsJava);
        Map<String, String> env = new java.util.HashMap<>(Map.of("JAVA_HOME", windows(cmdAsJava.getParent().getParent())));
        env.put("KDCL_JAVA_OPTS", "/c exit 7");
        assertThat(kdcl(env, "export", "--format", "pdf").exit()).isEqualTo(7);
        env.put("KDCL_JAVA_OPTS", "/c exit 0");
        assertThat(kdcl(env, "export", "--format", "json").exit()).isZero();
    }

    @Test
    void buildsOnlyWhenTheJarIsMissingAndStopsWhenTheBuildFails() throws Exception {
        // a jar that exists is used as it is (this Wine has no PowerShell to compare the sources' times)
        Files.writeString(project.resolve("mvnw.cmd"), "@echo off\r\necho maven ran>\"%~dp0maven.txt\"\r\nexit /b 3\r\n");
        kdcl(Map.of(), "status");
        assertThat(project.resolve("maven.txt")).doesNotExist();
        assertThat(javaArgs()).endsWith("status");

        Files.delete(project.resolve("target/kdcl-hub.jar"));
        Files.deleteIfExists(argsFile);
        Result failed = kdcl(Map.of(), "status");
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.err()).contains("kdcl: building").contains("the build failed");
        assertThat(project.resolve("maven.txt")).exists();
        assertThat(argsFile).doesNotExist();

        Files.writeString(project.resolve("mvnw.cmd"), "@echo off\r\necho %*>\"%~dp0maven.txt\"\r\n"
                + "type nul > \"%~dp0target\\kdcl-hub.jar\"\r\n");
        kdcl(Map.of(), "status");
        assertThat(Files.readString(project.resolve("maven.txt")).trim()).isEqualTo("-B -q -DskipTests package");
        assertThat(javaArgs()).endsWith("status");
    }

    // ---- running it ----------------------------------------------------------------------------

    private record Result(int exit, String out, String err) {
    }

    private Result kdcl(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(wine, "cmd", "/c", "kdcl.cmd"));
        command.addAll(List.of(args));
        Map<String, String> all = new java.util.HashMap<>(env);
        all.putIfAbsent("JAVA_HOME", windows(stubJava.getParent().getParent()));
        return run(command, project, all);
    }

    private List<String> javaArgs() throws IOException {
        return Files.readAllLines(argsFile, StandardCharsets.UTF_8);
    }

    /** The path as Wine's Windows programs see it (drive Z: is the Unix root). */
    private static String windows(Path p) {
        return "Z:" + p.toAbsolutePath().toString().replace('/', '\\');
    }

    private static Result run(List<String> command, Path cwd, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("KDCL_JAVA_OPTS");
        pb.environment().remove("DISPLAY"); // no windows: Wine would offer to install Mono and Gecko
        pb.environment().put("WINEPREFIX", prefix.toString());
        pb.environment().put("WINEDEBUG", "-all");
        pb.environment().putAll(env);
        Path out = Files.createTempFile(cwd, "out", ".txt");
        Path err = Files.createTempFile(cwd, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("Wine did not finish: " + command);
        }
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.ISO_8859_1),
                Files.readString(err, StandardCharsets.ISO_8859_1));
        Files.delete(out);
        Files.delete(err);
        return r;
    }
}
