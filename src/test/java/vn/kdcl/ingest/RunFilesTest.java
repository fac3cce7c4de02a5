package vn.kdcl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.check.Finding;
import vn.kdcl.cli.AppContext;
import vn.kdcl.home.KdclHome;

/** A run walked page by page gives every row once, in processing order, with its findings. */
class RunFilesTest {

    @TempDir
    Path dir;

    @Test
    void forEachRowWalksTheWholeRunInOrderAcrossPages() {
        KdclHome home = new KdclHome(dir.resolve("home")).create();
        try (AppContext app = AppContext.start(home)) {
            RunFiles runFiles = app.bean(RunFiles.class);
            List<RunFiles.Row> inserted = new ArrayList<>();
            for (String runId : List.of("other-run", "run")) {
                runFiles.startRun(runId, Instant.parse("2026-11-25T05:00:00Z"), null, "inbox");
                List<RunFiles.Row> rows = new ArrayList<>();
                // 450 rows: two full pages and a part; names sort differently from the processing order
                for (int i = 0; i < 450; i++) {
                    List<Finding> findings = i % 7 == 0 ? List.of(Finding.warning("PLN-001", "Kế hoạch cải tiến",
                            "B" + (i + 4), "Nhiệm vụ số " + i + " gắn với tiêu chí không có.")) : List.of();
                    rows.add(new RunFiles.Row(runId + "/" + (999 - i) + ".xlsx", null, "PENDING", null, null, findings));
                }
                runFiles.insertAll(runId, rows);
                if (runId.equals("run")) {
                    inserted.addAll(rows);
                }
            }
            List<RunFiles.Row> walked = new ArrayList<>();
            runFiles.forEachRow("run", walked::add);

            assertThat(walked).hasSize(450).isEqualTo(inserted);
            assertThat(runFiles.entries("run")).extracting(RunReport.FileEntry::file)
                    .isEqualTo(inserted.stream().map(RunFiles.Row::file).toList());
            assertThat(walked.get(0).file()).isEqualTo("run/999.xlsx");
            assertThat(walked.get(449).file()).isEqualTo("run/550.xlsx");
            assertThat(walked.get(7).findings()).singleElement()
                    .satisfies(f -> assertThat(f.message()).isEqualTo("Nhiệm vụ số 7 gắn với tiêu chí không có."));

            List<RunFiles.Row> none = new ArrayList<>();
            runFiles.forEachRow("no-such-run", none::add);
            assertThat(none).isEmpty();
        }
    }
}
