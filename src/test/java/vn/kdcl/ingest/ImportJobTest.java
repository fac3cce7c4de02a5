package vn.kdcl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.cli.AppContext;
import vn.kdcl.export.ExportService;
import vn.kdcl.export.ExportedSchool;
import vn.kdcl.home.KdclHome;

/** The whole import job on a real H2 file database: statuses, values, versions, file moves, idempotence. */
class ImportJobTest {

    @TempDir
    Path dir;

    @Test
    void importsNormalisesVersionsAndIsIdempotent() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        Path inbox = home.inbox();
        Path first = inbox.resolve("PGD Dien Bien/he_muong_v1.xlsx");
        Files.createDirectories(first.getParent());
        SampleWorkbooks.write(SampleWorkbooks.heMuong("DB-TH-001", "13/9/2023"), "TT17/2018", first);
        Files.setLastModifiedTime(first, FileTime.from(Instant.parse("2023-09-13T08:00:00Z")));
        Path second = inbox.resolve("he_muong_v2.xlsx");
        SampleWorkbooks.write(SampleWorkbooks.heMuong("DB-TH-001", "20/9/2023"), "TT17/2018", second);
        Files.setLastModifiedTime(second, FileTime.from(Instant.parse("2023-09-20T08:00:00Z")));
        Files.copy(first, inbox.resolve("copy of v1.xlsx"));
        Files.setLastModifiedTime(inbox.resolve("copy of v1.xlsx"), FileTime.from(Instant.parse("2023-09-14T08:00:00Z")));
        Files.write(inbox.resolve("empty.xlsx"), new byte[0]);
        Files.setLastModifiedTime(inbox.resolve("empty.xlsx"), FileTime.from(Instant.parse("2023-09-14T08:00:00Z")));
        Files.writeString(inbox.resolve("~$he_muong_v2.xlsx"), "lock");

        RunReport report;
        List<ExportedSchool> exported;
        try (AppContext app = AppContext.start(home)) {
            report = app.bean(ImportService.class).run(inbox);
            exported = app.bean(ExportService.class).schools(null);
        }

        Map<String, String> status = report.files().stream()
                .collect(Collectors.toMap(RunReport.FileEntry::file, RunReport.FileEntry::status));
        assertThat(status).containsEntry("inbox/PGD Dien Bien/he_muong_v1.xlsx", "ACCEPTED")
                .containsEntry("inbox/he_muong_v2.xlsx", "ACCEPTED")
                .containsEntry("inbox/copy of v1.xlsx", "SKIPPED_DUPLICATE")
                .containsEntry("inbox/empty.xlsx", "REJECTED")
                .containsEntry("inbox/~$he_muong_v2.xlsx", "IGNORED");
        assertThat(codes(report, "inbox/empty.xlsx")).containsExactly("FILE-001");
        assertThat(codes(report, "inbox/he_muong_v2.xlsx")).contains("SUB-001");
        assertThat(Files.exists(home.runs().resolve(report.runId() + ".json"))).isTrue();

        assertThat(exported).hasSize(1);
        ExportedSchool s = exported.get(0);
        assertThat(s.code()).isEqualTo("DB-TH-001");
        assertThat(s.schoolType()).isEqualTo("TH");
        assertThat(s.framework()).isEqualTo("TT17");
        assertThat(s.schoolYear()).isEqualTo("2023-2024");
        assertThat(s.computed()).isEqualTo(new ExportedSchool.Counts(2, 27, 27, 4, 0));
        assertThat(s.declared()).isEqualTo(new ExportedSchool.Counts(2, 27, 27, 4, 0));
        assertThat(s.submission().version()).isEqualTo(2);
        assertThat(s.submission().file()).isEqualTo("inbox/he_muong_v2.xlsx");
        assertThat(s.criteria()).hasSize(27);
        assertThat(s.level4()).hasSize(5).allMatch(l -> !l.met());
        assertThat(s.tasks()).extracting(ExportedSchool.TaskEntry::criterion).containsExactly("1.1", "3.1", "M4.2");
        ExportedSchool.TaskEntry t1 = s.tasks().get(0);
        assertThat(t1.amount()).isEqualTo(81_000_000L);
        assertThat(t1.amountText()).isEqualTo("81 triệu đồng");
        assertThat(t1.source()).isEqualTo("NSNN");
        assertThat(t1.start()).hasToString("2024-01-01");
        assertThat(t1.end()).hasToString("2024-03-31");
        ExportedSchool.TaskEntry t2 = s.tasks().get(1);
        assertThat(t2.amount()).isEqualTo(3_000_000_000L);
        assertThat(t2.lead()).isEqualTo("Phó hiệu trưởng");
        assertThat(t2.partners()).isEqualTo("tổ trưởng");
        assertThat(t2.start()).hasToString("2023-08-01");
        assertThat(t2.end()).hasToString("2024-05-31");
        assertThat(s.tasks().get(2).source()).isEqualTo("XA_HOI_HOA");
        assertThat(s.funding().total()).isEqualTo(3_431_000_000L);
        assertThat(s.funding().bySource()).containsEntry("NSNN", 3_081_000_000L).containsEntry("XA_HOI_HOA", 350_000_000L);
        // Seed 004's task "Từ 8/2023" starts before the 2023-2024 school year: PLN-003.
        assertThat(s.findings()).extracting(f -> f.code() + "@" + f.cell()).contains("PLN-003@H3");
        assertThat(s.findings()).extracting(f -> f.code()).doesNotContain("SUM-001", "SUM-002", "SUM-003", "CRT-002");

        // Files left the inbox for their recorded places.
        try (Stream<Path> left = Files.walk(inbox)) {
            assertThat(left.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList())
                    .containsExactly("~$he_muong_v2.xlsx");
        }
        assertThat(Files.list(home.archive()).map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx")))
                .allMatch(n -> n.startsWith("DB-TH-001_2023-2024_")).hasSize(2);
        assertThat(home.rejected().resolve("empty.xlsx")).exists();
        assertThat(Files.readString(home.rejected().resolve("empty.xlsx.why.txt"))).contains("FILE-001");
        assertThat(home.archive().resolve("duplicates/copy of v1.xlsx")).exists();

        // A second run changes nothing.
        try (AppContext app = AppContext.start(home)) {
            RunReport again = app.bean(ImportService.class).run(inbox);
            assertThat(again.files()).extracting(RunReport.FileEntry::status).containsOnly("IGNORED");
            assertThat(app.bean(ExportService.class).schools(null)).isEqualTo(exported);
        }
    }

    /** All of a mailbox's attachments downloaded as one zip: its workbooks are imported in the same run. */
    @Test
    void workbooksInAZipArchiveAreImportedAndTheArchiveIsKept() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        Path a = dir.resolve("a.xlsx");
        Path b = dir.resolve("b.xlsx");
        SampleWorkbooks.write(SampleWorkbooks.heMuong("DB-TH-001", "13/9/2023"), "TT17/2018", a);
        SampleWorkbooks.write(SampleWorkbooks.heMuong("DB-TH-002", "13/9/2023"), "TT17/2018", b);
        Path zip = home.inbox().resolve("Tải xuống tệp đính kèm.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, Path> e : Map.of("Hẹ Muông/KHCTCL.xlsx", a, "Trường 2/KHCTCL.xlsx", b,
                    "Trường 2/Tờ trình.pdf", a).entrySet()) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                out.write(Files.readAllBytes(e.getValue()));
                out.closeEntry();
            }
        }
        Files.setLastModifiedTime(zip, FileTime.from(Instant.parse("2024-10-01T08:00:00Z")));

        RunReport report;
        try (AppContext app = AppContext.start(home)) {
            report = app.bean(ImportService.class).run(home.inbox());
            assertThat(app.bean(ExportService.class).schools(null)).extracting(ExportedSchool::code)
                    .containsExactly("DB-TH-001", "DB-TH-002");
        }
        assertThat(report.files()).extracting(f -> f.file() + " " + f.status()).containsExactlyInAnyOrder(
                "inbox/Tải xuống tệp đính kèm/Hẹ Muông/KHCTCL.xlsx ACCEPTED",
                "inbox/Tải xuống tệp đính kèm/Trường 2/KHCTCL.xlsx ACCEPTED");
        // the officer's summary says where the archive's workbooks went
        assertThat(report.unpacked()).singleElement().asString().startsWith("inbox/Tải xuống tệp đính kèm.zip → "
                + "inbox/Tải xuống tệp đính kèm/ (2 sổ tính; tệp nén lưu ở archive/zips/");
        java.io.ByteArrayOutputStream summary = new java.io.ByteArrayOutputStream();
        try (AppContext app = AppContext.start(home)) {
            app.bean(ImportService.class).printSummary(report,
                    new java.io.PrintStream(summary, true, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(summary.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Đã giải nén:      inbox/Tải xuống tệp đính kèm.zip → ");
        try (Stream<Path> zips = Files.list(home.archive().resolve("zips"))) {
            assertThat(zips.map(p -> p.getFileName().toString()).toList()).singleElement().asString()
                    .endsWith("_Tải xuống tệp đính kèm.zip");
        }
        try (Stream<Path> left = Files.walk(home.inbox())) {
            assertThat(left.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList())
                    .singleElement().asString().startsWith(".kdcl-unpacked-");
        }
        // nothing left to do, and the marker is no file of the run; the overview counts the archive apart
        try (AppContext app = AppContext.start(home)) {
            assertThat(app.bean(ImportService.class).run(home.inbox()).files()).isEmpty();
            java.io.ByteArrayOutputStream overview = new java.io.ByteArrayOutputStream();
            app.bean(vn.kdcl.status.StatusService.class).print(
                    new java.io.PrintStream(overview, true, java.nio.charset.StandardCharsets.UTF_8), null);
            assertThat(overview.toString(java.nio.charset.StandardCharsets.UTF_8))
                    .contains("Chờ nhập (inbox): 0 tệp · Đã nhập (archive): 2 · Bị từ chối (rejected): 0")
                    .contains("Tệp nén đã giải nén (archive/zips): 1");
        }
    }

    /** LibreOffice's own format: the same plan saved as .ods imports to the same values and findings. */
    @Test
    void anOdsFileImportsAsItsXlsxTwinAndIsArchivedAsOds() throws Exception {
        List<ExportedSchool> exported = new java.util.ArrayList<>();
        for (String ext : List.of("xlsx", "ods")) {
            KdclHome home = new KdclHome(dir.resolve(ext)).create();
            Path xlsx = dir.resolve("he_muong." + ext + ".source.xlsx");
            SampleWorkbooks.write(SampleWorkbooks.heMuong("DB-TH-001", "13/9/2023"), "TT17/2018", xlsx);
            Path file = home.inbox().resolve("he_muong." + ext);
            if (ext.equals("ods")) {
                try (org.apache.poi.ss.usermodel.Workbook wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(xlsx.toFile())) {
                    vn.kdcl.ingest.read.OdsBooks.write(wb, file);
                }
            } else {
                Files.copy(xlsx, file);
            }
            try (AppContext app = AppContext.start(home)) {
                RunReport report = app.bean(ImportService.class).run(home.inbox());
                assertThat(report.files()).extracting(RunReport.FileEntry::status).containsExactly("ACCEPTED");
                exported.addAll(app.bean(ExportService.class).schools(null));
            }
            try (Stream<Path> archived = Files.list(home.archive())) {
                assertThat(archived.map(p -> p.getFileName().toString()).toList())
                        .singleElement().asString().startsWith("DB-TH-001_2023-2024_").endsWith("." + ext);
            }
            // PLN-003 asks for feedback: for .ods it is the list alone, as .xlsx
            assertThat(home.feedback().resolve("DB-TH-001_he_muong.phan-hoi.xlsx")).exists();
        }
        ExportedSchool fromXlsx = exported.get(0);
        ExportedSchool fromOds = exported.get(1);
        assertThat(fromOds.tasks()).hasSize(3);
        assertThat(fromOds.findings()).extracting(f -> f.code() + "@" + f.cell()).contains("PLN-003@H3");
        assertThat(fromOds).usingRecursiveComparison().ignoringFields("submission").isEqualTo(fromXlsx);
    }

    @Test
    void placesEveryFileOnceWhenManyAreMovedAtOnceAndCopiesShareANameAndAContent() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        Path inbox = home.inbox();
        Instant t = Instant.parse("2023-09-13T08:00:00Z");
        int schools = 40;
        for (int i = 0; i < schools; i++) {
            Path f = inbox.resolve("to" + (i % 4) + "/ke-hoach-" + i + ".xlsx");
            Files.createDirectories(f.getParent());
            SampleWorkbooks.write(SampleWorkbooks.heMuong("DB-TH-%03d".formatted(i), "13/9/2023"), "TT17/2018", f);
            Files.setLastModifiedTime(f, FileTime.from(t.plusSeconds(i)));
        }
        // three copies of one plan under the same name in three folders, and two broken files of one content
        for (int k = 0; k < 3; k++) {
            Path copy = inbox.resolve("gui-lai-" + k + "/ke-hoach-7.xlsx");
            Files.createDirectories(copy.getParent());
            Files.copy(inbox.resolve("to3/ke-hoach-7.xlsx"), copy);
            Files.setLastModifiedTime(copy, FileTime.from(t.plusSeconds(100 + k)));
        }
        for (int k = 0; k < 2; k++) {
            Path broken = inbox.resolve("gui-lai-" + k + "/hong.xlsx");
            Files.writeString(broken, "không phải sổ tính");
            Files.setLastModifiedTime(broken, FileTime.from(t.plusSeconds(200 + k)));
        }

        RunReport report;
        try (AppContext app = AppContext.start(home)) {
            report = app.bean(ImportService.class).run(inbox);
        }

        assertThat(report.files()).extracting(RunReport.FileEntry::status)
                .filteredOn("ACCEPTED"::equals).hasSize(schools);
        try (Stream<Path> left = Files.walk(inbox)) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
        try (Stream<Path> archived = Files.walk(home.archive())) {
            List<String> names = archived.filter(Files::isRegularFile).map(p -> home.archive().relativize(p).toString()).toList();
            assertThat(names).filteredOn(n -> n.startsWith("DB-TH-")).hasSize(schools);
            assertThat(names).filteredOn(n -> n.startsWith("duplicates")).containsExactlyInAnyOrder(
                    "duplicates/ke-hoach-7.xlsx", "duplicates/ke-hoach-7 (2).xlsx", "duplicates/ke-hoach-7 (3).xlsx",
                    "duplicates/hong.xlsx");
        }
        try (Stream<Path> rejected = Files.walk(home.rejected())) {
            // the first broken file takes the rejected place with its reason; its copy is kept with the duplicates
            assertThat(rejected.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("hong.xlsx", "hong.xlsx.why.txt");
        }
    }

    private static List<String> codes(RunReport report, String file) {
        return report.files().stream().filter(f -> f.file().equals(file)).flatMap(f -> f.findings().stream())
                .map(f -> f.code()).toList();
    }
}
