package vn.kdcl.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.check.Finding;
import vn.kdcl.cli.AppContext;
import vn.kdcl.home.KdclHome;
import vn.kdcl.ingest.RunFiles;

/** A run longer than one page of files: every file that wants feedback gets exactly one workbook. */
class FeedbackPagesTest {

    @TempDir
    Path dir;

    /** A distinct 64-hex-digit hash per file, distinct in its first 8 digits too (they tell same names apart). */
    private static String sha(int i) {
        return String.format("%08x", i * 2_654_435_761L & 0xffffffffL) + "ab".repeat(28);
    }

    @Test
    void everyWantedFileOfAManyPageRunGetsOneWorkbook() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        try (AppContext app = AppContext.start(home)) {
            RunFiles runFiles = app.bean(RunFiles.class);
            runFiles.startRun("run", Instant.parse("2024-09-14T01:00:00Z"), null, home.inbox().toString());
            List<RunFiles.Row> rows = new ArrayList<>();
            for (int i = 0; i < 460; i++) {
                // rejected files want feedback; accepted ones only with a finding other than SUB-001
                String status = i % 3 == 0 ? "REJECTED" : "ACCEPTED";
                List<Finding> findings = i % 3 == 1 ? List.of(Finding.info("SUB-001", null, null, "Thay thế bản trước."))
                        : List.of(Finding.error("FILE-001", null, null, "Tệp số " + i + " không đọc được."));
                String sha = sha(i);
                rows.add(new RunFiles.Row("inbox/" + (i % 2) + "/Kế hoạch " + (i / 2) + ".xlsx", sha, status, null,
                        null, findings));
            }
            runFiles.insertAll("run", rows);

            FeedbackService.Summary summary = app.bean(FeedbackService.class).writeForRun("run");

            long wanted = rows.stream().filter(FeedbackService::wanted).count();
            assertThat(wanted).as("more than one page of 200").isGreaterThan(300);
            assertThat(summary.failed()).isZero();
            assertThat(summary.written()).hasSize((int) wanted).doesNotHaveDuplicates();
            try (Stream<Path> s = Files.list(home.feedback())) {
                assertThat(s.filter(p -> p.toString().endsWith(".phan-hoi.xlsx")).count()).isEqualTo(wanted);
            }
            // "Kế hoạch 1.xlsx" of folders 0 and 1 both want feedback: kept apart by their hash
            assertThat(home.feedback().resolve("Kế hoạch 1_" + sha(2).substring(0, 8) + ".phan-hoi.xlsx")).exists();
            assertThat(home.feedback().resolve("Kế hoạch 1_" + sha(3).substring(0, 8) + ".phan-hoi.xlsx")).exists();
            // of the two "Kế hoạch 0.xlsx" only the first wants feedback: its own name
            assertThat(home.feedback().resolve("Kế hoạch 0.phan-hoi.xlsx")).exists();
        }
    }
}
