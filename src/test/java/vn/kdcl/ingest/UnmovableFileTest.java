package vn.kdcl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.cli.AppContext;
import vn.kdcl.home.KdclHome;

/**
 * A file that cannot be moved out of the inbox right now (open in Excel on Windows, a folder that cannot be
 * written) no longer stops the place step, and with it feedback and the run report: its data is stored, the other
 * files are moved, the summary says so, and the next run moves it.
 */
class UnmovableFileTest {

    @TempDir
    Path dir;

    private static Path plan(Path file, String code, String signed) throws Exception {
        Files.createDirectories(file.getParent());
        SampleWorkbooks.write(SampleWorkbooks.heMuong(code, signed), "TT17/2018", file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2023-09-20T08:00:00Z")));
        return file;
    }

    @Test
    void aFileThatCannotBeMovedStaysForTheNextRunAndTheOthersGoOn() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        Path first = plan(home.inbox().resolve("a.xlsx"), "DB-TH-001", "13/9/2023");
        byte[] content = Files.readAllBytes(first);
        try (AppContext app = AppContext.start(home)) {
            app.bean(ImportService.class).run(home.inbox());
        }
        // the same plan sent again must go to archive/duplicates/, which a file of that name now blocks
        Path again = home.inbox().resolve("b/lai.xlsx");
        Files.createDirectories(again.getParent());
        Files.write(again, content);
        Files.writeString(home.archive().resolve("duplicates"), "không phải thư mục");
        Path other = plan(home.inbox().resolve("c.xlsx"), "DB-TH-002", "13/9/2023");

        RunReport report;
        String summary;
        try (AppContext app = AppContext.start(home)) {
            ImportService imports = app.bean(ImportService.class);
            report = imports.run(home.inbox());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            imports.printSummary(report, new PrintStream(out, true, StandardCharsets.UTF_8));
            summary = out.toString(StandardCharsets.UTF_8);
        }

        assertThat(report.files()).extracting(f -> f.file() + " " + f.status()).containsExactlyInAnyOrder(
                "inbox/b/lai.xlsx SKIPPED_DUPLICATE", "inbox/c.xlsx ACCEPTED");
        assertThat(report.unmoved()).containsExactly("inbox/b/lai.xlsx");
        assertThat(summary).contains("! inbox/b/lai.xlsx: đã nhập nhưng chưa chuyển được khỏi hộp thư đến");
        assertThat(again).exists();
        assertThat(other).doesNotExist();

        Files.delete(home.archive().resolve("duplicates"));
        try (AppContext app = AppContext.start(home)) {
            RunReport next = app.bean(ImportService.class).run(home.inbox());
            assertThat(next.unmoved()).isEmpty();
        }
        assertThat(again).doesNotExist();
        assertThat(home.archive().resolve("duplicates/lai.xlsx")).hasBinaryContent(content);
    }
}
