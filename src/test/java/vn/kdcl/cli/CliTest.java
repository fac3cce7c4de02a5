package vn.kdcl.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
    void usageErrorsAndHelpAreInVietnamese() {
        String command = Captured.err(() -> assertThat(KdclCommand.execute("expot", "--format", "json")).isEqualTo(2));
        assertThat(command).contains("Lỗi cú pháp: không có lệnh “expot”.", "Có phải ý bạn là: export",
                "Xem hướng dẫn: kdcl --help");
        String missing = Captured.err(() -> assertThat(KdclCommand.execute("export")).isEqualTo(2));
        assertThat(missing).contains("Lỗi cú pháp: thiếu tùy chọn --format=json|csv|xlsx.", "Xem hướng dẫn: kdcl export --help");
        String option = Captured.err(() -> assertThat(KdclCommand.execute("export", "--format", "json", "--bogus")).isEqualTo(2));
        assertThat(option).contains("Lỗi cú pháp: không có tùy chọn “--bogus”.");
        String twice = Captured.err(() -> assertThat(KdclCommand.execute("export", "--format", "json", "--format", "csv"))
                .isEqualTo(2));
        assertThat(twice).contains("Lỗi cú pháp: tùy chọn --format=json|csv|xlsx được ghi hai lần.");
        String value = Captured.err(() -> assertThat(KdclCommand.execute("demo", "--schools", "abc")).isEqualTo(2));
        assertThat(value).contains("Lỗi cú pháp: “abc” không phải giá trị hợp lệ của tùy chọn --schools=N.");
        String none = Captured.err(() -> assertThat(KdclCommand.execute()).isEqualTo(2));
        assertThat(none).contains("Lỗi cú pháp: thiếu lệnh");
        for (String err : java.util.List.of(command, missing, option, twice, value, none)) {
            assertThat(err).doesNotContain("Usage", "Unknown", "Missing", "Invalid", "Did you mean");
        }

        for (String[] help : new String[][] {{"--help"}, {"import", "--help"}, {"help", "report"}, {"help", "help"}}) {
            String out = Captured.out(() -> assertThat(KdclCommand.execute(help)).isZero());
            assertThat(out).as(String.join(" ", help)).contains("Cách dùng: kdcl", "Tùy chọn:", "Hiện hướng dẫn này rồi thoát.")
                    .doesNotContain("Usage:", "Show this help", "Print version", "Display help", "Folder for", "The COMMAND");
        }
        assertThat(Captured.out(() -> KdclCommand.execute("--help"))).contains("Lệnh:", "Thư mục chứa mọi thứ kdcl ghi ra");
    }

    @Test
    void foldersAndFilesThatAreNotThereAreSaidInVietnamese() throws Exception {
        Path file = Files.writeString(dir.resolve("data"), "not a folder");
        String homeIsFile = Captured.err(() -> assertThat(KdclCommand.execute("--home", file.toString(), "status"))
                .isEqualTo(2));
        assertThat(homeIsFile).contains("thư mục dữ liệu " + file + " là một tệp, không phải thư mục");
        String underFile = Captured.err(() -> assertThat(KdclCommand.execute("--home", file.resolve("kdcl").toString(),
                "status")).isEqualTo(1));
        assertThat(underFile).contains("Lỗi: " + file.resolve("kdcl")).contains("một phần của đường dẫn là tệp");
        Path missing = dir.resolve("danh-sach.xlsx");
        String noRegistry = Captured.err(() -> assertThat(KdclCommand.execute("templates", "--out", dir.resolve("t").toString(),
                "--registry", missing.toString())).isEqualTo(1));
        assertThat(noRegistry).contains("Lỗi: không có tệp hoặc thư mục " + missing + ".");
    }

    @Test
    void anInboxThatIsNotAFolderOrTooLongIsAUsageErrorNotAnEmptyRun() throws Exception {
        String home = dir.resolve("home").toString();
        String missing = Captured.err(() -> assertThat(KdclCommand.execute("--home", home, "import", "--inbox",
                dir.resolve("hop-thu").toString())).isEqualTo(2));
        assertThat(missing).contains("--inbox: không có thư mục " + dir.resolve("hop-thu"));
        Path file = Files.writeString(dir.resolve("a.xlsx"), "x");
        String notFolder = Captured.err(() -> assertThat(KdclCommand.execute("--home", home, "import", "--inbox",
                file.toString())).isEqualTo(2));
        assertThat(notFolder).contains("đó là một tệp, không phải thư mục");
        Path deep = dir;
        while (deep.toString().length() <= 1000) {
            deep = deep.resolve("thu-muc-".repeat(25));
        }
        Files.createDirectories(deep);
        Path tooLong = deep;
        String longPath = Captured.err(() -> assertThat(KdclCommand.execute("--home", home, "import", "--inbox",
                tooLong.toString())).isEqualTo(2));
        assertThat(longPath).contains("quá 1000 ký tự");
        // nothing was started: no run report, no database
        assertThat(dir.resolve("home/runs")).doesNotExist();
    }

    @Test
    void demoImportExportRoundTripAndSecondImporterIsTurnedAway() throws Exception {
        String home = dir.resolve("home").toString();
        assertThat(KdclCommand.execute("--home", home, "demo", "--schools", "25", "--seed", "7")).isZero();
        assertThat(Files.list(dir.resolve("home/inbox")).count()).isPositive();

        try (HomeLock held = HomeLock.acquire(new KdclHome(Path.of(home)))) {
            String err = Captured.err(() -> assertThat(KdclCommand.execute("--home", home, "import")).isEqualTo(1));
            assertThat(err).contains("Một lần chạy kdcl khác");
        }
        String first = Captured.out(() -> assertThat(KdclCommand.execute("--home", home, "import")).isZero());
        assertThat(first).containsPattern("Phản hồi gửi trường \\(\\d+ tệp \\.phan-hoi\\)");
        // the demo's lock file stays in the inbox and is ignored again: nothing for the schools this time
        String second = Captured.out(() -> assertThat(KdclCommand.execute("--home", home, "import")).isZero());
        assertThat(second).contains("Bỏ qua:").doesNotContain("Phản hồi gửi trường").doesNotContain("  ! ");

        String status = Captured.out(() -> assertThat(KdclCommand.execute("--home", home, "status")).isZero());
        assertThat(status).containsPattern("bắt đầu \\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}  xong  nhập \\d+, từ chối \\d+")
                .contains("Hồ sơ theo năm học:").contains("Trường chưa có hồ sơ được chấp nhận");

        String json = Captured.out(() -> assertThat(KdclCommand.execute("--home", home, "export", "--format", "json")).isZero());
        assertThat(json).startsWith("{").contains("\"schools\"").contains("\"computed\"");
        // one unit, typed without accents or as its folder name; an unknown one lists the units there are
        String unitJson = Captured.out(() -> assertThat(KdclCommand.execute("--home", home, "export", "--format", "json",
                "--unit", "phong gd dt huyen dien bien")).isZero());
        assertThat(unitJson).contains("\"unit\" : \"Phòng GD&ĐT huyện Điện Biên\"").doesNotContain("\"unit\" : \"UBND");
        assertThat(Captured.out(() -> KdclCommand.execute("--home", home, "export", "--format", "json", "--unit",
                "Phong-GD-DT-huyen-Dien-Bien"))).isEqualTo(unitJson);
        String unknownUnit = Captured.err(() -> assertThat(KdclCommand.execute("--home", home, "export", "--format", "json",
                "--unit", "huyện Không Có")).isZero());
        assertThat(unknownUnit).contains("Không có đơn vị nào tên “huyện Không Có”", "Phòng GD&ĐT huyện Điện Biên  (Phong-GD-DT-huyen-Dien-Bien)");
        Path xlsx = dir.resolve("out.xlsx");
        assertThat(KdclCommand.execute("--home", home, "export", "--format", "xlsx", "--out", xlsx.toString())).isZero();
        assertThat(Files.size(xlsx)).isPositive();
        Path csv = dir.resolve("csv");
        assertThat(KdclCommand.execute("--home", home, "export", "--format", "csv", "--out", csv.toString())).isZero();
        assertThat(Files.readString(csv.resolve("Truong.csv"), StandardCharsets.UTF_8)).startsWith("\uFEFFMã trường,");
    }

    /**
     * cron and systemd start jobs without LANG; Java then cannot even list a file named in Vietnamese.
     * The launcher sets LC_ALL=C.UTF-8 for such environments: with it the import works, without it the
     * officer is told why instead of only "Malformed input".
     */
    @Test
    void vietnameseFileNamesNeedAUtf8LocaleAndTheErrorSaysSo() throws Exception {
        Path home = dir.resolve("cron-home");
        assertThat(KdclCommand.execute("--home", home.toString(), "demo", "--schools", "3", "--seed", "2")).isZero();
        try (var names = Files.list(home.resolve("inbox"))) {
            assertThat(names.map(p -> p.getFileName().toString())).anyMatch(n -> !n.matches("\\p{ASCII}*"));
        }

        Child c = kdclUnder("C", home, "import");
        assertThat(c.exit()).as(c.out()).isEqualTo(1);
        assertThat(c.out()).contains("Malformed input").contains("LANG=C.UTF-8");

        Child utf8 = kdclUnder("C.UTF-8", home, "import");
        assertThat(utf8.exit()).as(utf8.out()).isZero();
        assertThat(utf8.out()).contains("Đã nhập:");
    }

    private record Child(int exit, String out) {
    }

    private static Child kdclUnder(String locale, Path home, String... args) throws Exception {
        var cmd = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-Dfile.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), vn.kdcl.KdclApplication.class.getName(),
                "--home", home.toString()));
        cmd.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
        pb.environment().put("LC_ALL", locale);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        return new Child(p.exitValue(), out);
    }
}
