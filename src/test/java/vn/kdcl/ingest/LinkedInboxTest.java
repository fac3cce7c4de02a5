package vn.kdcl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.cli.AppContext;
import vn.kdcl.home.KdclHome;

/**
 * An inbox that is a symbolic link to a shared or synchronised folder (a Samba share, a Drive folder): before, the
 * scan took the link itself for one file it must not open, and nothing was imported.
 */
class LinkedInboxTest {

    @TempDir
    Path dir;

    @Test
    void anInboxLinkedToAnotherFolderIsImportedButLinksInsideItAreNotFollowed() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        Path shared = Files.createDirectories(dir.resolve("shared/Kế hoạch"));
        Path plan = shared.resolve("Phòng GD/kh.xlsx");
        Files.createDirectories(plan.getParent());
        SampleWorkbooks.write(SampleWorkbooks.heMuong("DB-TH-001", "13/9/2023"), "TT17/2018", plan);
        Files.setLastModifiedTime(plan, FileTime.from(Instant.parse("2023-09-20T08:00:00Z")));
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.xlsx"), "không thuộc hộp thư");
        Files.createSymbolicLink(shared.resolve("lien-ket.xlsx"), elsewhere);
        Files.delete(home.inbox());
        Files.createSymbolicLink(home.inbox(), shared);

        RunReport report;
        try (AppContext app = AppContext.start(home)) {
            report = app.bean(ImportService.class).run(home.inbox());
        }

        assertThat(report.files()).extracting(f -> f.file() + " " + f.status()).containsExactlyInAnyOrder(
                "inbox/Phòng GD/kh.xlsx ACCEPTED", "inbox/lien-ket.xlsx IGNORED");
        try (Stream<Path> archived = Files.list(home.archive())) {
            assertThat(archived.filter(Files::isRegularFile)).singleElement().asString().contains("DB-TH-001_2023-2024_");
        }
        assertThat(plan).doesNotExist();
        assertThat(elsewhere).exists();
        assertThat(Files.isSymbolicLink(home.inbox())).isTrue();
    }
}
