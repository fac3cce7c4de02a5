package vn.kdcl.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.cli.AppContext;
import vn.kdcl.cli.Captured;
import vn.kdcl.cli.KdclCommand;
import vn.kdcl.export.ExportService;
import vn.kdcl.export.ExportedSchool;
import vn.kdcl.home.KdclHome;
import vn.kdcl.ingest.ImportService;
import vn.kdcl.ingest.RunReport;
import vn.kdcl.ingest.SampleWorkbooks;

/** {@code kdcl repair}: the database rebuilt from its rows keeps every school, version and finding. */
class DatabaseRepairTest {

    @TempDir
    Path dir;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-10-01T03:04:05Z"), ZoneOffset.UTC);

    private static void school(KdclHome home, String code, String signed, String name) throws Exception {
        Path f = home.inbox().resolve(name);
        SampleWorkbooks.write(SampleWorkbooks.heMuong(code, signed), "TT17/2018", f);
        Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2023-09-20T08:00:00Z")));
    }

    /** Two schools, one of them with a replaced version, and a rejected file. */
    private static KdclHome imported(Path root) throws Exception {
        KdclHome home = new KdclHome(root).create();
        school(home, "DB-TH-001", "13/9/2023", "a.xlsx");
        school(home, "DB-TH-002", "13/9/2023", "b.xlsx");
        Files.writeString(home.inbox().resolve("hong.xlsx"), "không phải sổ tính");
        try (AppContext app = AppContext.start(home)) {
            app.bean(ImportService.class).run(home.inbox());
        }
        school(home, "DB-TH-001", "20/9/2023", "a (sửa).xlsx");
        Files.setLastModifiedTime(home.inbox().resolve("a (sửa).xlsx"), FileTime.from(Instant.parse("2023-09-21T08:00:00Z")));
        try (AppContext app = AppContext.start(home)) {
            app.bean(ImportService.class).run(home.inbox());
        }
        return home;
    }

    /** Both file headers gone (a power cut while H2 rewrote them): H2 refuses to open the file, its rows unread. */
    private static void damageHeaders(KdclHome home) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(home.db().resolve("kdcl.mv.db").toFile(), "rw")) {
            f.write(new byte[8192]);
        }
    }

    private static List<ExportedSchool> export(KdclHome home) {
        try (AppContext app = AppContext.start(home)) {
            return app.bean(ExportService.class).schools(null);
        }
    }

    @Test
    void aRebuiltDatabaseHoldsTheSameDataAndKeepsWorking() throws Exception {
        KdclHome home = imported(dir.resolve("data"));
        List<ExportedSchool> before = export(home);
        byte[] old = Files.readAllBytes(home.db().resolve("kdcl.mv.db"));

        DatabaseRepair.Result result = new DatabaseRepair(home, CLOCK).repair();

        assertThat(result.kept()).isEqualTo(home.db().resolve("ban-cu-20241001-030405"));
        // the file as it was before H2 opened it
        assertThat(result.kept().resolve("kdcl.mv.db")).hasBinaryContent(old);
        assertThat(result.script()).isEqualTo(result.kept().resolve("kdcl.sql.gz")).isNotEmptyFile();
        // three accepted versions and the rejected file; each TT17 plan has 27 criterion results
        assertThat(result.rows()).containsEntry("submission", 4L).containsEntry("school", 2L)
                .containsEntry("criterion_result", 81L);
        assertThat(export(home)).usingRecursiveFieldByFieldElementComparator().isEqualTo(before);

        // the rebuilt indexes and identity work: known content is a duplicate, a new version gets the next id
        Files.copy(home.archive().resolve(Files.list(home.archive()).filter(Files::isRegularFile)
                .map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow()), home.inbox().resolve("lai.xlsx"));
        school(home, "DB-TH-002", "27/9/2023", "b (sửa).xlsx");
        Files.setLastModifiedTime(home.inbox().resolve("b (sửa).xlsx"), FileTime.from(Instant.parse("2023-09-27T08:00:00Z")));
        try (AppContext app = AppContext.start(home)) {
            RunReport report = app.bean(ImportService.class).run(home.inbox());
            assertThat(report.files()).extracting(f -> f.file() + " " + f.status()).containsExactlyInAnyOrder(
                    "inbox/lai.xlsx SKIPPED_DUPLICATE", "inbox/b (sửa).xlsx ACCEPTED");
        }
        assertThat(export(home)).hasSize(2).filteredOn(s -> s.code().equals("DB-TH-002")).singleElement()
                .satisfies(s -> assertThat(s.submission().version()).isEqualTo(2));
    }

    @Test
    void aFileH2CannotOpenIsLeftAsItIsWithAMessage() throws Exception {
        KdclHome home = imported(dir.resolve("data"));
        Path file = home.db().resolve("kdcl.mv.db");
        damageHeaders(home);
        byte[] damaged = Files.readAllBytes(file);

        assertThatThrownBy(() -> new DatabaseRepair(home, CLOCK).repair())
                .hasMessageContaining("Không đọc được dữ liệu trong " + file)
                .hasMessageContaining("tệp không bị thay đổi")
                .hasMessageContaining("từ bản sao lưu gần nhất")
                .hasMessageContaining(home.archive().toString())
                .hasMessageContaining("kdcl repair --from-files");
        assertThat(file).hasBinaryContent(damaged);
    }

    private static List<String> listing(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p) + " " + timeOf(p)).sorted().toList();
        }
    }

    private static String timeOf(Path p) {
        try {
            return Files.getLastModifiedTime(p).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anUnreadableDatabaseIsBuiltAgainFromTheSchoolsOriginalFiles() throws Exception {
        KdclHome home = imported(dir.resolve("data"));
        List<ExportedSchool> before = export(home);
        List<String> archive = listing(home.archive());
        List<String> rejected = listing(home.rejected());
        List<String> feedback = listing(home.feedback());
        assertThat(archive).hasSize(3);
        assertThat(rejected).hasSize(2); // the file and its .why.txt
        damageHeaders(home);

        String out = Captured.out(() -> assertThat(KdclCommand.execute("--home", home.root().toString(), "repair",
                "--from-files")).isZero());

        assertThat(out).contains("Cơ sở dữ liệu cũ được chuyển vào " + home.db().resolve("ban-cu-"),
                "nhập lại 4 tệp gốc từ archive/ và rejected/", "Đã nhập:           3", "Bị từ chối:        1",
                "Đã dựng cơ sở dữ liệu mới từ các tệp gốc");
        // the same schools, versions, criteria, tasks, funding and findings; only the names files arrived under differ
        assertThat(export(home)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("submission.file")
                .isEqualTo(before);
        // which the run reports in runs/ give back, in the staging folder
        assertThat(export(home)).extracting(s -> s.submission().file().replaceFirst("^inbox/khoi-phuc-[0-9-]+/", "inbox/"))
                .isEqualTo(before.stream().map(s -> s.submission().file()).toList());
        // every original back where it was, with its time; no feedback written again; the inbox empty
        assertThat(listing(home.archive())).isEqualTo(archive);
        assertThat(listing(home.rejected())).isEqualTo(rejected);
        assertThat(listing(home.feedback())).isEqualTo(feedback);
        try (Stream<Path> inbox = Files.list(home.inbox())) {
            assertThat(inbox).isEmpty();
        }
        try (Stream<Path> kept = Files.list(home.db())) {
            assertThat(kept.filter(p -> p.getFileName().toString().startsWith("ban-cu-"))).singleElement()
                    .satisfies(p -> assertThat(p.resolve("kdcl.mv.db")).exists());
        }
    }

    @Test
    void theCommandSaysWhatItDidAndRefusesAnotherDatabase() throws Exception {
        KdclHome home = imported(dir.resolve("data"));

        String out = Captured.out(() -> assertThat(KdclCommand.execute("--home", home.root().toString(), "repair")).isZero());

        assertThat(out).contains("Đã dựng lại cơ sở dữ liệu " + home.db().resolve("kdcl.mv.db"),
                "4 tệp đã nhận (hồ sơ), 81 kết quả tiêu chí", "Tệp cũ và bản kịch bản dữ liệu được giữ ở "
                        + home.db().resolve("ban-cu-"), "./kdcl nightly");
        try (Stream<Path> kept = Files.list(home.db())) {
            assertThat(kept.filter(p -> p.getFileName().toString().startsWith("ban-cu-"))).singleElement()
                    .satisfies(p -> assertThat(p.resolve("kdcl.mv.db")).exists());
        }

        Files.writeString(home.root().resolve("kdcl.properties"),
                "spring.datasource.url=jdbc:postgresql://localhost:5432/kdcl\n");
        String err = Captured.err(() -> assertThat(KdclCommand.execute("--home", home.root().toString(), "repair")).isEqualTo(2));
        assertThat(err).contains("chỉ dựng lại cơ sở dữ liệu H2 mặc định", "jdbc:postgresql://localhost:5432/kdcl",
                "pg_dump");
    }

    @Test
    void aDatabaseInUseIsNotTouched() throws Exception {
        KdclHome home = imported(dir.resolve("data"));
        // kdcl serve in another process holds the database open (within one JVM, H2 would share it instead)
        Path out = dir.resolve("serve.out");
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                vn.kdcl.KdclApplication.class.getName(), "--home", home.root().toString(), "serve")
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            long end = System.currentTimeMillis() + 60_000;
            while (!(Files.exists(out) && Files.readString(out).contains("đang chờ lịch chạy"))) {
                assertThat(serve.isAlive()).as("kdcl serve is running").isTrue();
                assertThat(System.currentTimeMillis()).as("kdcl serve started within a minute").isLessThan(end);
                Thread.sleep(50);
            }
            assertThatThrownBy(() -> new DatabaseRepair(home, CLOCK).repair())
                    .hasMessageContaining("đang được một chương trình kdcl khác sử dụng");
            List<String> archive = listing(home.archive());
            String err = Captured.err(() -> assertThat(KdclCommand.execute("--home", home.root().toString(), "repair",
                    "--from-files")).isEqualTo(1));
            assertThat(err).contains("đang được một chương trình kdcl khác sử dụng", "--from-files");
            assertThat(listing(home.archive())).isEqualTo(archive);
        } finally {
            serve.destroyForcibly().waitFor();
        }
        try (Stream<Path> db = Files.list(home.db())) {
            assertThat(db.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("ban-cu-"));
        }
        assertThat(export(home)).hasSize(2);
    }

    @Test
    void theCommandExplainsAFileItCannotReadWithoutAdvisingItself() throws Exception {
        KdclHome home = imported(dir.resolve("data"));
        damageHeaders(home);
        String err = Captured.err(() -> assertThat(KdclCommand.execute("--home", home.root().toString(), "repair")).isEqualTo(1));
        assertThat(err).contains("Lỗi: Không đọc được dữ liệu trong", "kdcl repair --from-files")
                .doesNotContain("Hãy chạy: ./kdcl repair —");
    }

    @Test
    void sameArrivalNamesOfDifferentSchoolsStayApartAndAnUnreadableRunReportIsSkipped() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        for (String code : List.of("DB-TH-001", "DB-TH-002")) {
            school(home, code, "13/9/2023", "KHCTCL.xlsx");
            try (AppContext app = AppContext.start(home)) {
                app.bean(ImportService.class).run(home.inbox());
            }
        }
        Files.writeString(home.runs().resolve("20991231-000000-broken.json"), "{\"runId\": \"x\", \"files\": [{\"file\"");
        Files.delete(home.db().resolve("kdcl.mv.db"));

        RebuildFromFiles rebuild = new RebuildFromFiles(home, CLOCK);
        assertThat(rebuild.arrivalNames()).hasSize(2).containsValue("inbox/KHCTCL.xlsx");
        RebuildFromFiles.Prepared prepared = rebuild.prepare();
        try (AppContext app = AppContext.start(home, "--kdcl.feedback.enabled=false")) {
            app.bean(ImportService.class).run(home.inbox());
        }
        rebuild.cleanUp(prepared);

        assertThat(export(home)).extracting(s -> s.code() + " " + s.submission().file()).containsExactlyInAnyOrder(
                "DB-TH-001 inbox/khoi-phuc-20241001-030405/KHCTCL.xlsx",
                "DB-TH-002 inbox/khoi-phuc-20241001-030405/2/KHCTCL.xlsx");
        assertThat(home.inbox().resolve("khoi-phuc-20241001-030405")).doesNotExist();
    }

    @Test
    void originalsStagedByAnInterruptedRebuildGoBackWhereTheDatabaseSays() throws Exception {
        KdclHome home = imported(dir.resolve("data"));
        List<String> archive = listing(home.archive());
        List<String> rejected = listing(home.rejected());
        List<ExportedSchool> before = export(home);
        // the state a rebuild killed after staging leaves: the originals in the inbox, the database still in use
        Path staging = home.inbox().resolve("khoi-phuc-20241001-030405");
        for (Path f : new RebuildFromFiles(home, CLOCK).originals()) {
            Path target = staging.resolve(home.root().relativize(f));
            Files.createDirectories(target.getParent());
            Files.move(f, target);
        }

        try (AppContext app = AppContext.start(home)) {
            RunReport report = app.bean(ImportService.class).run(home.inbox());
            assertThat(report.files()).extracting(RunReport.FileEntry::status).containsOnly("SKIPPED_DUPLICATE");
        }

        assertThat(listing(home.archive())).isEqualTo(archive);
        assertThat(listing(home.rejected())).isEqualTo(rejected);
        assertThat(export(home)).usingRecursiveFieldByFieldElementComparator().isEqualTo(before);
    }

    @Test
    void nothingToRepairInANewHome() {
        KdclHome home = new KdclHome(dir.resolve("empty")).create();
        assertThatThrownBy(() -> new DatabaseRepair(home, CLOCK).repair())
                .hasMessageContaining("Chưa có cơ sở dữ liệu").hasMessageContaining("không có gì để sửa");
    }
}
