package vn.kdcl.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.cli.AppContext;
import vn.kdcl.home.KdclHome;
import vn.kdcl.ingest.ImportService;
import vn.kdcl.ingest.RunReport;
import vn.kdcl.ingest.read.InfoField;

/**
 * The codes only the import job gives (FILE-003, FILE-004, FILE-005, SUB-001, SUB-002), each with a
 * near-miss, in one application context and two runs (a context start costs seconds).
 */
class ImportJobFindingsTest {

    @TempDir
    Path dir;

    @Test
    void jobLevelCodesFireAndNearMissesStayQuiet() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        Path inbox = home.inbox();
        Path v1 = write(PlanWorkbooks.clean("TT17/2018").info(InfoField.PREPARED_ON, "10/10/2024"), inbox.resolve("v1.xlsx"),
                "2024-10-10T08:00:00Z");

        RunReport first;
        RunReport second;
        try (AppContext app = AppContext.start(home)) {
            ImportService importer = app.bean(ImportService.class);
            first = importer.run(inbox);

            // Second run: a newer version (SUB-001), an older one (SUB-002), a copy of v1 (FILE-005), a
            // workbook with the same school but another year (near-miss of SUB-001/002), a lock file (FILE-003),
            // a file named like a lock file but not one (near-miss), and a file still being copied (FILE-004).
            write(PlanWorkbooks.clean("TT17/2018").info(InfoField.PREPARED_ON, "20/10/2024"), inbox.resolve("v2.xlsx"),
                    "2024-10-20T08:00:00Z");
            write(PlanWorkbooks.clean("TT17/2018").info(InfoField.PREPARED_ON, "01/10/2024"), inbox.resolve("v0.xlsx"),
                    "2024-10-01T08:00:00Z");
            write(PlanWorkbooks.clean("TT17/2018").info(InfoField.SCHOOL_YEAR, "2023-2024"), inbox.resolve("other-year.xlsx"),
                    "2023-10-01T08:00:00Z");
            Path copy = Files.copy(dir.resolve("v1.xlsx.keep"), inbox.resolve("ban sao v1.xlsx"));
            Files.setLastModifiedTime(copy, FileTime.from(Instant.parse("2024-10-11T08:00:00Z")));
            Files.writeString(inbox.resolve("~$v2.xlsx"), "lock");
            write(PlanWorkbooks.clean("TT19/2018"), inbox.resolve("tmp-mam-non.xlsx"), "2024-10-05T08:00:00Z");
            Path growing = inbox.resolve("dang-chep.xlsx");
            AtomicBoolean stop = new AtomicBoolean();
            Thread copier = new Thread(() -> {
                try (OutputStream out = Files.newOutputStream(growing, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                    while (!stop.get()) {
                        out.write(new byte[512]);
                        out.flush();
                        Thread.sleep(50);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            copier.start();
            Thread.sleep(200);
            try {
                second = importer.run(inbox);
            } finally {
                stop.set(true);
                copier.join();
            }
        }

        assertThat(entry(first, "inbox/v1.xlsx").status()).isEqualTo("ACCEPTED");
        assertThat(codes(first, "inbox/v1.xlsx")).isEmpty();

        assertThat(entry(second, "inbox/v2.xlsx").status()).isEqualTo("ACCEPTED");
        assertThat(codes(second, "inbox/v2.xlsx")).containsExactly("SUB-001");
        assertFinding(one(second, "inbox/v2.xlsx"), "SUB-001", Severity.INFO, "79-TT17-001", "2024-2025");

        assertThat(codes(second, "inbox/v0.xlsx")).containsExactly("SUB-002");
        assertFinding(one(second, "inbox/v0.xlsx"), "SUB-002", Severity.WARNING, "79-TT17-001", "2024-2025");

        assertThat(entry(second, "inbox/other-year.xlsx").status()).isEqualTo("ACCEPTED");
        // (its 2024 tasks are outside 2023-2024: PLN-003, but it neither supersedes nor is superseded)
        assertThat(codes(second, "inbox/other-year.xlsx")).containsExactly("PLN-003");

        assertThat(entry(second, "inbox/ban sao v1.xlsx").status()).isEqualTo("SKIPPED_DUPLICATE");
        assertThat(codes(second, "inbox/ban sao v1.xlsx")).containsExactly("FILE-005");
        assertFinding(one(second, "inbox/ban sao v1.xlsx"), "FILE-005", Severity.INFO, "giống hệt");

        assertThat(entry(second, "inbox/~$v2.xlsx").status()).isEqualTo("IGNORED");
        assertThat(codes(second, "inbox/~$v2.xlsx")).containsExactly("FILE-003");
        assertFinding(one(second, "inbox/~$v2.xlsx"), "FILE-003", Severity.INFO, "~$v2.xlsx");

        assertThat(entry(second, "inbox/tmp-mam-non.xlsx").status()).isEqualTo("ACCEPTED");
        assertThat(codes(second, "inbox/tmp-mam-non.xlsx")).isEmpty();

        assertThat(entry(second, "inbox/dang-chep.xlsx").status()).isEqualTo("DEFERRED");
        assertThat(codes(second, "inbox/dang-chep.xlsx")).containsExactly("FILE-004");
        assertFinding(one(second, "inbox/dang-chep.xlsx"), "FILE-004", Severity.INFO, "lần chạy sau");
        // The near-miss of FILE-004: the finished files of the same run were not deferred.
        assertThat(second.files()).filteredOn(f -> f.status().equals("DEFERRED")).hasSize(1);
    }

    private Path write(PlanWorkbooks.Book b, Path file, String modified) throws Exception {
        b.write(file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(modified)));
        if (file.getFileName().toString().equals("v1.xlsx")) {
            Files.copy(file, dir.resolve("v1.xlsx.keep"));
        }
        return file;
    }

    private static void assertFinding(Finding f, String code, Severity severity, String... inMessage) {
        assertThat(f.code()).isEqualTo(code);
        assertThat(f.severity()).isEqualTo(severity);
        assertThat(f.message()).contains(inMessage);
    }

    private static RunReport.FileEntry entry(RunReport report, String file) {
        return report.files().stream().filter(f -> f.file().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError(file + " not in " + report.files()));
    }

    private static List<String> codes(RunReport report, String file) {
        return entry(report, file).findings().stream().map(Finding::code).toList();
    }

    private static Finding one(RunReport report, String file) {
        List<Finding> fs = entry(report, file).findings();
        assertThat(fs).hasSize(1);
        return fs.get(0);
    }
}
