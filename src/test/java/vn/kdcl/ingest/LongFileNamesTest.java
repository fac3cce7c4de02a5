package vn.kdcl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.cli.AppContext;
import vn.kdcl.home.FileNames;
import vn.kdcl.home.KdclHome;

/**
 * A file name near the disk's 255-byte limit (ninety Vietnamese letters) must not stop the run when kdcl adds to
 * it: ".why.txt" beside a rejected file, "_1a2b3c4d" for a taken name, " (2)" among duplicates, the feedback's suffix.
 */
class LongFileNamesTest {

    @TempDir
    Path dir;

    @Test
    void namesNearTheLimitAreShortenedWhereKdclAddsToThem() throws Exception {
        // a name of 253 bytes: a legal file, but nothing can be added to it
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        String stem = "";
        for (char c : "Kế hoạch cải tiến chất lượng trường tiểu học ".repeat(6).toCharArray()) {
            if (FileNames.bytes(stem + c + ".xlsx") > 253) {
                break;
            }
            stem += c;
        }
        String name = stem + ".xlsx";
        Path sound = dir.resolve("sound.xlsx");
        SampleWorkbooks.write(SampleWorkbooks.heMuong("DB-TH-001", "13/9/2023"), "TT17/2018", sound);
        for (String folder : List.of("a", "b", "c")) {
            put(home, folder, name, Files.readAllBytes(sound)); // the same plan three times: two duplicates
        }
        put(home, "d", name, "không phải sổ tính".getBytes());
        put(home, "e", name, "một tệp hỏng khác".getBytes()); // its rejected/ name is taken: the hash is added

        RunReport report;
        try (AppContext app = AppContext.start(home)) {
            report = app.bean(ImportService.class).run(home.inbox());
        }

        assertThat(report.files()).extracting(RunReport.FileEntry::status).containsExactlyInAnyOrder(
                "ACCEPTED", "SKIPPED_DUPLICATE", "SKIPPED_DUPLICATE", "REJECTED", "REJECTED");
        assertThat(names(home.inbox())).isEmpty();
        assertThat(names(home.archive().resolve("duplicates"))).hasSize(2).anyMatch(n -> n.endsWith("… (2).xlsx"));
        List<String> rejected = names(home.rejected());
        assertThat(rejected).hasSize(4).filteredOn(n -> n.endsWith(FileLifecycle.WHY)).hasSize(2);
        assertThat(rejected).anyMatch(n -> n.matches(".*…_[0-9a-f]{8}\\.xlsx"));
        // feedback for the accepted plan (its code first) and both rejected files (their hash), each name shortened
        assertThat(names(home.feedback())).filteredOn(n -> n.contains(".phan-hoi.")).hasSize(3).allMatch(n -> n.endsWith("….phan-hoi.xlsx")
                || n.matches(".*…_[0-9a-f]{8}\\.phan-hoi\\.xlsx")).anyMatch(n -> n.startsWith("DB-TH-001_"));
        for (Path d : List.of(home.archive(), home.archive().resolve("duplicates"), home.rejected(), home.feedback())) {
            assertThat(names(d)).allMatch(n -> FileNames.bytes(n) <= FileNames.MAX_BYTES);
        }
    }

    @Test
    void aZipWithLongNamesIsUnpackedAndFiledAway() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        Path sound = dir.resolve("sound.xlsx");
        SampleWorkbooks.write(SampleWorkbooks.heMuong("DB-TH-001", "13/9/2023"), "TT17/2018", sound);
        // Windows allows 255 letters per name, 750 bytes of UTF-8 here; the archive's own name is near the limit too
        String entry = "Trường Tiểu học ".repeat(25) + ".xlsx";
        String zipStem = "";
        for (char c : "Hồ sơ gửi phòng giáo dục ".repeat(12).toCharArray()) {
            if (FileNames.bytes(zipStem + c + ".zip") > 253) {
                break;
            }
            zipStem += c;
        }
        Path zip = home.inbox().resolve(zipStem + ".zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("Trường A/" + entry));
            Files.copy(sound, out);
            out.closeEntry();
        }
        Files.setLastModifiedTime(zip, FileTime.from(Instant.parse("2023-09-20T08:00:00Z")));

        RunReport report;
        try (AppContext app = AppContext.start(home)) {
            report = app.bean(ImportService.class).run(home.inbox());
        }

        assertThat(report.files()).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo("ACCEPTED");
            assertThat(Path.of(f.file()).getFileName().toString()).endsWith("….xlsx").startsWith("Trường Tiểu học");
        });
        assertThat(names(home.archive().resolve("zips"))).singleElement()
                .satisfies(n -> assertThat(FileNames.bytes(n)).isLessThanOrEqualTo(FileNames.MAX_BYTES))
                .asString().endsWith("….zip");
    }

    private static void put(KdclHome home, String folder, String name, byte[] content) throws Exception {
        Path f = home.inbox().resolve(folder).resolve(name);
        Files.createDirectories(f.getParent());
        Files.write(f, content);
        Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2023-09-20T08:00:00Z")));
    }

    private static List<String> names(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
