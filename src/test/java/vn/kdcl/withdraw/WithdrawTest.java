package vn.kdcl.withdraw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

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
import vn.kdcl.submission.SubmissionStore;

/** {@code kdcl withdraw}: a file sent by mistake stops counting, and the school's previous file counts again. */
class WithdrawTest {

    @TempDir
    Path dir;

    private static void plan(KdclHome home, String code, String signed, String name, String time) throws Exception {
        Path f = home.inbox().resolve(name);
        SampleWorkbooks.write(SampleWorkbooks.heMuong(code, signed), "TT17/2018", f);
        Files.setLastModifiedTime(f, FileTime.from(Instant.parse(time)));
    }

    private static List<ExportedSchool> export(KdclHome home) {
        try (AppContext app = AppContext.start(home)) {
            return app.bean(ExportService.class).schools(null);
        }
    }

    private static String run(KdclHome home, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = home.root().toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Captured.out(() -> assertThat(KdclCommand.execute(all)).isZero());
    }

    @Test
    void theSchoolsPreviousFileCountsAgainAndNothingIsDeleted() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        plan(home, "DB-TH-001", "13/9/2023", "kh.xlsx", "2023-09-13T08:00:00Z");
        plan(home, "DB-TH-001", "20/9/2023", "kh (sửa).xlsx", "2023-09-20T08:00:00Z");
        Files.writeString(home.inbox().resolve("hong.xlsx"), "không phải sổ tính");
        try (AppContext app = AppContext.start(home)) {
            app.bean(ImportService.class).run(home.inbox());
        }
        ExportedSchool before = export(home).get(0);
        assertThat(before.submission().version()).isEqualTo(2);
        String second = before.submission().storedPath();

        // without --yes it only says what it would do; the start of the content hash names the file too
        assertThat(run(home, "withdraw", second)).contains("Sẽ rút: " + second, "phiên bản 2, ĐANG DÙNG",
                "Chạy lại với --yes");
        assertThat(run(home, "withdraw", before.submission().sha256().substring(0, 8))).contains("Sẽ rút: " + second);
        assertThat(export(home).get(0).submission().version()).isEqualTo(2);

        String done = run(home, "withdraw", "kh (sửa).xlsx", "--yes");

        assertThat(done).contains("Đã rút: " + second, "archive/withdrawn/",
                "Hồ sơ đang dùng của trường DB-TH-001 năm học 2023-2024 bây giờ là phiên bản 1");
        ExportedSchool after = export(home).get(0);
        assertThat(after.submission().version()).isEqualTo(1);
        assertThat(after.submission().file()).isEqualTo("inbox/kh.xlsx");
        assertThat(home.root().resolve(second)).doesNotExist();
        Path withdrawn = home.archive().resolve("withdrawn").resolve(Path.of(second).getFileName());
        assertThat(withdrawn).exists();
        assertThat(run(home, "status", "--school", "DB-TH-001")).contains("ĐÃ RÚT", "archive/withdrawn/");
        assertThat(run(home, "status")).contains("đã rút 1", "Hồ sơ đã rút (archive/withdrawn): 1")
                .contains("Đã nhập (archive): 1");

        // the same content sent again is known; withdrawing the last file leaves the school without one
        Files.copy(withdrawn, home.inbox().resolve("gui-lai.xlsx"));
        try (AppContext app = AppContext.start(home)) {
            RunReport again = app.bean(ImportService.class).run(home.inbox());
            assertThat(again.files()).extracting(RunReport.FileEntry::status).containsExactly("SKIPPED_DUPLICATE");
        }
        assertThat(run(home, "withdraw", "kh.xlsx", "--yes"))
                .contains("Trường DB-TH-001 không còn hồ sơ đang dùng cho năm học 2023-2024");
        assertThat(export(home)).isEmpty();

        // a database built again from the original files keeps the withdrawn ones withdrawn, and knows their content
        assertThat(run(home, "repair", "--from-files")).contains("Hồ sơ đã rút (archive/withdrawn/) vẫn là đã rút: 2/2.");
        assertThat(export(home)).isEmpty();
        try (java.util.stream.Stream<Path> kept = Files.list(home.withdrawn())) {
            assertThat(kept).hasSize(2);
        }
        try (java.util.stream.Stream<Path> archived = Files.list(home.archive())) {
            assertThat(archived.filter(Files::isRegularFile)).as("no copy left behind in archive/").isEmpty();
        }
        Files.copy(withdrawn, home.inbox().resolve("gui-lai-lan-nua.xlsx"));
        try (AppContext app = AppContext.start(home)) {
            RunReport again = app.bean(ImportService.class).run(home.inbox());
            assertThat(again.files()).extracting(RunReport.FileEntry::status).containsExactly("SKIPPED_DUPLICATE");
        }
        assertThat(run(home, "withdraw", "--undo", "kh (sửa).xlsx", "--yes")).contains("(ĐANG DÙNG)");
        assertThat(export(home)).singleElement().satisfies(s -> assertThat(s.submission().version()).isEqualTo(2));
    }

    @Test
    void anUnknownAmbiguousOrRejectedFileIsRefused() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        plan(home, "DB-TH-001", "13/9/2023", "a/kh.xlsx", "2023-09-13T08:00:00Z");
        plan(home, "DB-TH-002", "13/9/2023", "b/kh.xlsx", "2023-09-13T08:00:00Z");
        Files.writeString(home.inbox().resolve("hong.xlsx"), "không phải sổ tính");
        try (AppContext app = AppContext.start(home)) {
            app.bean(ImportService.class).run(home.inbox());
        }
        String root = home.root().toString();
        assertThat(Captured.err(() -> assertThat(KdclCommand.execute("--home", root, "withdraw", "khong-co.xlsx", "--yes"))
                .isEqualTo(1))).contains("Không có hồ sơ nào");
        assertThat(Captured.err(() -> assertThat(KdclCommand.execute("--home", root, "withdraw", "kh.xlsx", "--yes"))
                .isEqualTo(1))).contains("Có 2 hồ sơ khớp", "trường DB-TH-001", "trường DB-TH-002");
        assertThat(Captured.err(() -> assertThat(KdclCommand.execute("--home", root, "withdraw", "hong.xlsx", "--yes"))
                .isEqualTo(1))).contains("đã bị từ chối");
        try (AppContext app = AppContext.start(home)) {
            assertThat(app.bean(SubmissionStore.class).find("inbox/a/kh.xlsx")).singleElement()
                    .satisfies(m -> assertThat(m.state()).isEqualTo("CURRENT"));
        }
        assertThat(export(home)).hasSize(2);
    }

    @Test
    void aWithdrawalIsUndoneAsIfItHadNeverHappened() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        plan(home, "DB-TH-001", "13/9/2023", "kh.xlsx", "2023-09-13T08:00:00Z");
        plan(home, "DB-TH-001", "20/9/2023", "kh (sửa).xlsx", "2023-09-20T08:00:00Z");
        try (AppContext app = AppContext.start(home)) {
            app.bean(ImportService.class).run(home.inbox());
        }
        List<ExportedSchool> before = export(home);
        String second = before.get(0).submission().storedPath();
        String withdrawn = run(home, "withdraw", second, "--yes");
        assertThat(withdrawn).contains("Hoàn tác nếu rút nhầm: ./kdcl withdraw --undo archive/withdrawn/");
        assertThat(export(home).get(0).submission().version()).isEqualTo(1);

        // without --yes nothing changes; the arrival name finds the withdrawn file
        assertThat(run(home, "withdraw", "--undo", "kh (sửa).xlsx")).contains("Sẽ đưa trở lại: archive/withdrawn/",
                "ĐÃ RÚT", "Chạy lại với --yes");
        assertThat(export(home).get(0).submission().version()).isEqualTo(1);

        assertThat(run(home, "withdraw", "--undo", "kh (sửa).xlsx", "--yes")).contains("Đã đưa trở lại: archive/withdrawn/",
                "→ " + second + " (ĐANG DÙNG)", "phiên bản 1 (archive/", "thành bản cũ");
        assertThat(export(home)).isEqualTo(before);
        assertThat(home.root().resolve(second)).exists();
        assertThat(home.archive().resolve("withdrawn")).isEmptyDirectory();
        assertThat(run(home, "status", "--school", "DB-TH-001")).doesNotContain("ĐÃ RÚT").contains("đã thay thế");

        // a file that is not withdrawn has nothing to undo
        String root = home.root().toString();
        assertThat(Captured.err(() -> assertThat(KdclCommand.execute("--home", root, "withdraw", "--undo", second, "--yes"))
                .isEqualTo(1))).contains("chưa bị rút");
    }

    @Test
    void anUndoneFileDoesNotDisplaceANewerOneAndKeepsItsPlaceInTheHistory() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        plan(home, "DB-TH-001", "20/9/2023", "kh.xlsx", "2023-09-20T08:00:00Z");
        try (AppContext app = AppContext.start(home)) {
            app.bean(ImportService.class).run(home.inbox());
        }
        // an older plan arriving later is kept as HISTORY (version 2); withdrawn and restored, it is HISTORY again
        plan(home, "DB-TH-001", "13/9/2023", "kh-cu.xlsx", "2023-09-13T08:00:00Z");
        try (AppContext app = AppContext.start(home)) {
            app.bean(ImportService.class).run(home.inbox());
        }
        run(home, "withdraw", "kh-cu.xlsx", "--yes");
        assertThat(run(home, "withdraw", "--undo", "kh-cu.xlsx", "--yes")).contains("lưu lịch sử",
                "có hồ sơ mới hơn cho năm học 2023-2024, hồ sơ đó vẫn là hồ sơ đang dùng");
        assertThat(state(home, "kh-cu.xlsx")).isEqualTo("HISTORY");

        // the file in use withdrawn, a newer one arrives, then the withdrawal is undone: the newer one stays in use
        run(home, "withdraw", "kh.xlsx", "--yes");
        plan(home, "DB-TH-001", "27/9/2023", "kh-moi.xlsx", "2023-09-27T08:00:00Z");
        try (AppContext app = AppContext.start(home)) {
            app.bean(ImportService.class).run(home.inbox());
        }
        assertThat(run(home, "withdraw", "--undo", "kh.xlsx", "--yes")).contains("đã thay thế");
        assertThat(state(home, "kh.xlsx")).isEqualTo("SUPERSEDED");
        assertThat(state(home, "kh-moi.xlsx")).isEqualTo("CURRENT");
        assertThat(export(home).get(0).submission().version()).isEqualTo(3);
    }

    @Test
    void aNameSentAgainNamesTheOneFileTheActionAppliesTo() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        plan(home, "DB-TH-001", "13/9/2023", "kh.xlsx", "2023-09-13T08:00:00Z");
        try (AppContext app = AppContext.start(home)) {
            app.bean(ImportService.class).run(home.inbox());
        }
        run(home, "withdraw", "kh.xlsx", "--yes");
        // the school sends its corrected plan under the same name
        plan(home, "DB-TH-001", "20/9/2023", "kh.xlsx", "2023-09-20T08:00:00Z");
        try (AppContext app = AppContext.start(home)) {
            app.bean(ImportService.class).run(home.inbox());
        }
        assertThat(run(home, "withdraw", "--undo", "kh.xlsx")).contains("Sẽ đưa trở lại: archive/withdrawn/", "phiên bản 1");
        assertThat(run(home, "withdraw", "kh.xlsx")).contains("Sẽ rút: archive/DB-TH-001_2023-2024_", "phiên bản 2");
    }

    private static String state(KdclHome home, String name) {
        try (AppContext app = AppContext.start(home)) {
            return app.bean(SubmissionStore.class).find(name).get(0).state();
        }
    }
}
