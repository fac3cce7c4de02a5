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
                // files 2k and 2k+1: one school's "Kế hoạch k.xlsx" in two folders; every tenth file without a code
                String code = i % 10 == 9 ? null : "7900" + (i / 2);
                rows.add(new RunFiles.Row("inbox/" + (i % 2) + "/Kế hoạch " + (i / 2) + ".xlsx", sha, status, code,
                        "2024-2025", findings));
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
            // school 79001's "Kế hoạch 1.xlsx" of folders 0 and 1 both want feedback: kept apart by their hash
            assertThat(home.feedback().resolve("79001_Kế hoạch 1_" + sha(2).substring(0, 8) + ".phan-hoi.xlsx")).exists();
            assertThat(home.feedback().resolve("79001_Kế hoạch 1_" + sha(3).substring(0, 8) + ".phan-hoi.xlsx")).exists();
            // of the two "Kế hoạch 0.xlsx" only the first wants feedback: the school code and its own name
            assertThat(home.feedback().resolve("79000_Kế hoạch 0.phan-hoi.xlsx")).exists();
            // file 9 has no school code: its hash tells it apart from other schools' "Kế hoạch 4.xlsx"
            assertThat(home.feedback().resolve("Kế hoạch 4_" + sha(9).substring(0, 8) + ".phan-hoi.xlsx")).exists();
        }
    }

    @Test
    void schoolsSendingTheSameFileNameOnDifferentNightsKeepTheirOwnFeedback() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        try (AppContext app = AppContext.start(home)) {
            RunFiles runFiles = app.bean(RunFiles.class);
            FeedbackService feedback = app.bean(FeedbackService.class);
            String[][] nights = {
                    {"night1", "79000001", "Lỗi ở trường A"},
                    {"night2", "79000002", "Lỗi ở trường B"},
                    {"night3", "79000001", "Trường A gửi lại, còn lỗi"},
                    {"night4", null, "Tệp không đọc được"},
                    {"night5", null, "Một tệp khác không đọc được"}};
            for (int n = 0; n < nights.length; n++) {
                String run = nights[n][0];
                runFiles.startRun(run, Instant.parse("2024-09-14T01:00:00Z").plusSeconds(86_400L * n), null,
                        home.inbox().toString());
                runFiles.insertAll(run, List.of(new RunFiles.Row("inbox/KHCTCL.xlsx", sha(100 + n), "REJECTED",
                        nights[n][1], null, List.of(Finding.error("FILE-001", null, null, nights[n][2])))));
                assertThat(feedback.writeForRun(run).written()).hasSize(1);
            }

            try (Stream<Path> s = Files.list(home.feedback())) {
                assertThat(s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                        "79000001_KHCTCL.phan-hoi.xlsx", "79000002_KHCTCL.phan-hoi.xlsx",
                        "KHCTCL_" + sha(103).substring(0, 8) + ".phan-hoi.xlsx",
                        "KHCTCL_" + sha(104).substring(0, 8) + ".phan-hoi.xlsx");
            }
            // each night's mail-out list is kept beside the workbooks
            try (Stream<Path> s = Files.list(home.feedback().resolve("danh-sach"))) {
                assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                        "night1.xlsx", "night2.xlsx", "night3.xlsx", "night4.xlsx", "night5.xlsx");
            }
            // school A's resubmission replaced its own feedback, not school B's
            assertThat(FeedbackSamples.text(home.feedback().resolve("79000001_KHCTCL.phan-hoi.xlsx")))
                    .contains("Trường A gửi lại, còn lỗi").doesNotContain("Lỗi ở trường A");
            assertThat(FeedbackSamples.text(home.feedback().resolve("79000002_KHCTCL.phan-hoi.xlsx")))
                    .contains("Lỗi ở trường B");
        }
    }

    @Test
    void aNameThatHasTheCodeAlreadyKeepsItOnce() {
        assertThat(FeedbackService.name(row("inbox/79000001_KHCTCL.xlsx", "79000001"))).isEqualTo("79000001_KHCTCL");
        // a feedback workbook the school corrected and sent back: its next feedback replaces the first
        assertThat(FeedbackService.name(row("inbox/79000001_KHCTCL.phan-hoi.xlsx", "79000001")))
                .isEqualTo("79000001_KHCTCL");
        assertThat(FeedbackService.name(row("inbox/Trường A/Kế hoạch.xlsx", "79000001")))
                .isEqualTo("79000001_Kế hoạch");
        // the code in another case, or only as a part of a longer number
        assertThat(FeedbackService.name(row("inbox/db-th-001 kh.xlsx", "DB-TH-001"))).isEqualTo("db-th-001 kh");
        assertThat(FeedbackService.name(row("inbox/KH_790000011.xlsx", "79000001"))).isEqualTo("79000001_KH_790000011");
        // a code typed with characters a file name cannot hold
        assertThat(FeedbackService.name(row("inbox/kh.xlsx", "79/000 01"))).isEqualTo("79-000-01_kh");
    }

    private static RunFiles.Row row(String file, String code) {
        return new RunFiles.Row(file, sha(1), "REJECTED", code, null, List.of());
    }
}
