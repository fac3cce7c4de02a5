package vn.kdcl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.cli.AppContext;
import vn.kdcl.home.KdclHome;

/** A file nested deeper than its name can be stored is left in the inbox with a reason; the run goes on. */
class LongPathTest {

    @TempDir
    Path dir;

    @Test
    void filesWithPathsTooLongToStoreAreLeftInPlaceAndTheRestIsImported() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        Path inbox = home.inbox();
        SampleWorkbooks.write(SampleWorkbooks.heMuong("DB-TH-001", "13/9/2023"), "TT17/2018", inbox.resolve("ngan.xlsx"));
        // two different deep folders ending alike: their shortened names must still differ
        Path deep = inbox;
        for (int i = 0; i < 6; i++) {
            deep = deep.resolve(("Phong GD va DT huyen Dien Bien Dong thu muc " + i + " ").repeat(4).strip());
        }
        Path deepA = deep.resolve("a").resolve("ke hoach.xlsx");
        Path deepB = deep.resolve("b").resolve("ke hoach.xlsx");
        for (Path p : List.of(deepA, deepB)) {
            Files.createDirectories(p.getParent());
            SampleWorkbooks.write(SampleWorkbooks.heMuong("DB-TH-002", "13/9/2023"), "TT17/2018", p);
        }
        assertThat(home.root().relativize(deepA).toString().length()).isGreaterThan(StorageLimits.FILE_NAME);

        for (int run = 1; run <= 2; run++) {
            RunReport report;
            try (AppContext app = AppContext.start(home)) {
                report = app.bean(ImportService.class).run(inbox);
            }
            List<RunReport.FileEntry> ignored = report.files().stream()
                    .filter(f -> f.status().equals(FileStatus.IGNORED.name())).toList();
            assertThat(ignored).as("run %d", run).hasSize(2);
            assertThat(ignored).allSatisfy(f -> {
                assertThat(f.file().length()).isLessThanOrEqualTo(StorageLimits.FILE_NAME);
                assertThat(f.file()).startsWith("inbox/Phong GD").endsWith("/ke hoach.xlsx");
                assertThat(f.findings()).singleElement().satisfies(x -> {
                    assertThat(x.code()).isEqualTo("FILE-003");
                    assertThat(x.message()).contains("ke hoach.xlsx").contains("quá 1000 ký tự");
                });
            });
            assertThat(ignored.get(0).file()).isNotEqualTo(ignored.get(1).file());
            if (run == 1) {
                assertThat(report.files()).filteredOn(f -> f.file().equals("inbox/ngan.xlsx"))
                        .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo("ACCEPTED"));
            } else {
                assertThat(report.files()).hasSize(2); // the short one was archived by the first run
            }
            assertThat(deepA).exists();
            assertThat(deepB).exists();
        }
    }
}
