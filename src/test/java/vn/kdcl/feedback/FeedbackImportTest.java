package vn.kdcl.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.cli.AppContext;
import vn.kdcl.home.KdclHome;
import vn.kdcl.ingest.ImportService;
import vn.kdcl.ingest.RunReport;
import vn.kdcl.ingest.read.InfoField;

/** The feedback step inside the real import job: which files get feedback, and the switch that turns it off. */
class FeedbackImportTest {

    @TempDir
    Path dir;

    private static void inbox(KdclHome home) throws Exception {
        Path inbox = home.inbox();
        // Clean: the plan's tasks lie inside the 2023-2024 school year.
        write(FeedbackSamples.school("DB-TH-001", "Từ 9/2023"), inbox.resolve("sach.xlsx"));
        // Faulty: task 2 starts before the school year (PLN-003 on H3).
        write(withContact(FeedbackSamples.school("DB-TH-002", "Từ 8/2023")), inbox.resolve("PGD/loi thoi gian.xlsx"));
        Files.write(inbox.resolve("rong.xlsx"), new byte[0]);
        Files.setLastModifiedTime(inbox.resolve("rong.xlsx"), FileTime.from(Instant.parse("2023-09-14T08:00:00Z")));
    }

    /** The plan's "Thông tin trường" with the person to write back to. */
    private static vn.kdcl.template.SchoolSubmissionData withContact(vn.kdcl.template.SchoolSubmissionData data) {
        Map<InfoField, Object> info = new java.util.EnumMap<>(data.info());
        info.put(InfoField.PREPARER, "Lò Thị Hương");
        info.put(InfoField.PHONE, "0912 345 678");
        info.put(InfoField.EMAIL, "c1hemuong@dienbien.edu.vn");
        return new vn.kdcl.template.SchoolSubmissionData(info, data.criteria(), data.level4(), data.tasks(), data.funding());
    }

    private static void write(vn.kdcl.template.SchoolSubmissionData data, Path file) throws Exception {
        FeedbackSamples.WRITER.write(FeedbackSamples.tt17(), data, file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2023-09-14T08:00:00Z")));
    }

    private static List<String> feedbackFiles(KdclHome home) throws Exception {
        try (Stream<Path> s = Files.list(home.feedback())) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void importWritesFeedbackForFaultyFilesOnly() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        inbox(home);

        RunReport report;
        String summary;
        try (AppContext app = AppContext.start(home)) {
            report = app.bean(ImportService.class).run(home.inbox());
            summary = summary(app, report);
        }
        // the console names the workbooks the officer sends back, and the list to send them by
        Path list = home.feedback().resolve("danh-sach").resolve(report.runId() + ".xlsx");
        assertThat(report.feedback()).isEqualTo(new RunReport.Feedback(2, 0,
                List.of("DB-TH-002_loi thoi gian.phan-hoi.xlsx", "rong_e3b0c442.phan-hoi.xlsx"), list.toString()));
        assertThat(summary).containsSubsequence("Phản hồi gửi trường (2 tệp .phan-hoi): " + home.feedback(),
                "  DB-TH-002_loi thoi gian.phan-hoi.xlsx", "  rong_e3b0c442.phan-hoi.xlsx",
                "Danh sách gửi (trường, đơn vị, người lập, điện thoại, email): " + list);
        // one line per workbook: the school, the result, the file to attach and whom to write to
        assertThat(FeedbackSamples.text(list)).containsSubsequence(
                "Phản hồi cần gửi các trường — lần nhập " + report.runId(), "Mã trường", "Tệp phản hồi cần gửi", "Email",
                "1", "DB-TH-002", "2023-2024", "loi thoi gian.xlsx", "DB-TH-002_loi thoi gian.phan-hoi.xlsx",
                "Lò Thị Hương", "0912 345 678", "c1hemuong@dienbien.edu.vn",
                "2", "rong.xlsx", "Bị từ chối", "rong_e3b0c442.phan-hoi.xlsx");
        try (Workbook wb = WorkbookFactory.create(list.toFile(), null, true)) {
            assertThat(wb.getSheetAt(0).getRow(4).getCell(9).getHyperlink().getAddress())
                    .isEqualTo("../DB-TH-002_loi%20thoi%20gian.phan-hoi.xlsx");
        }

        Map<String, RunReport.FileEntry> files = report.files().stream()
                .collect(Collectors.toMap(RunReport.FileEntry::file, f -> f));
        assertThat(files.get("inbox/sach.xlsx").status()).isEqualTo("ACCEPTED");
        assertThat(files.get("inbox/sach.xlsx").findings()).isEmpty();
        assertThat(files.get("inbox/PGD/loi thoi gian.xlsx").status()).isEqualTo("ACCEPTED");
        assertThat(files.get("inbox/PGD/loi thoi gian.xlsx").findings()).extracting(f -> f.code() + "@" + f.cell())
                .contains("PLN-003@H3");
        assertThat(files.get("inbox/rong.xlsx").status()).isEqualTo("REJECTED");

        // the school code first; the empty file has none, its hash (of no bytes) tells it apart instead
        assertThat(feedbackFiles(home)).containsExactly("DB-TH-002_loi thoi gian.phan-hoi.xlsx",
                "rong_e3b0c442.phan-hoi.xlsx");
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(
                Files.readAllBytes(home.feedback().resolve("DB-TH-002_loi thoi gian.phan-hoi.xlsx"))))) {
            assertThat(wb.getSheetName(0)).isEqualTo("Phản hồi");
            assertThat(wb.getSheet("Kế hoạch cải tiến").getRow(2).getCell(7).getCellComment().getString().getString())
                    .contains("[PLN-003]");
        }
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(
                Files.readAllBytes(home.feedback().resolve("rong_e3b0c442.phan-hoi.xlsx"))))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
        }
        // The archived original is the school's file as sent, without feedback.
        try (Stream<Path> archived = Files.list(home.archive())) {
            for (Path p : archived.filter(Files::isRegularFile).toList()) {
                try (Workbook wb = WorkbookFactory.create(p.toFile(), null, true)) {
                    assertThat(wb.getSheetIndex("Phản hồi")).isEqualTo(-1);
                }
            }
        }
    }

    @Test
    void theListNamesTheSchoolOfAnUnreadableFileByItsFileName() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        new vn.kdcl.registry.Registry(List.of(new vn.kdcl.registry.RegistryEntry("DB-TH-009", "Trường Tiểu học Nà Nhạn",
                "Tiểu học", "UBND xã Mường Phăng", "Điện Biên", "0215 3820 009", "thnanhan@dienbien.edu.vn")))
                .write(home.root().resolve("registry.xlsx"), Instant.parse("2024-09-01T00:00:00Z"));
        Files.writeString(home.inbox().resolve("Truong-Tieu-hoc-Na-Nhan_2024-2025.xlsx"), "bị hỏng khi gửi thư");

        RunReport report;
        try (AppContext app = AppContext.start(home)) {
            report = app.bean(ImportService.class).run(home.inbox());
        }
        assertThat(FeedbackSamples.text(Path.of(report.feedback().list()))).containsSubsequence("DB-TH-009",
                "Trường Tiểu học Nà Nhạn", "UBND xã Mường Phăng", "Truong-Tieu-hoc-Na-Nhan_2024-2025.xlsx",
                "Bị từ chối", "0215 3820 009", "thnanhan@dienbien.edu.vn",
                "Không đọc được mã trong tệp; mã và tên trường đoán theo tên tệp");
    }

    @Test
    void feedbackCanBeTurnedOff() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        Files.writeString(home.root().resolve("kdcl.properties"), "kdcl.feedback.enabled=false\n");
        inbox(home);

        try (AppContext app = AppContext.start(home)) {
            RunReport report = app.bean(ImportService.class).run(home.inbox());
            assertThat(report.files()).extracting(RunReport.FileEntry::status).contains("ACCEPTED", "REJECTED");
            assertThat(report.feedback()).isNull();
            assertThat(summary(app, report)).doesNotContain("Phản hồi");
        }

        assertThat(feedbackFiles(home)).isEmpty();
    }

    @Test
    void aLongListOfFeedbackIsShortenedAndFailuresAreCounted() {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        List<String> names = java.util.stream.IntStream.range(0, RunReport.FEEDBACK_LISTED)
                .mapToObj(i -> "790000%02d_KHCTCL.phan-hoi.xlsx".formatted(i)).toList();
        RunReport report = new RunReport("run", null, null, List.of(), List.of(), new RunReport.Feedback(25, 2, names, null), List.of());
        try (AppContext app = AppContext.start(home)) {
            assertThat(summary(app, report)).containsSubsequence("Phản hồi gửi trường (25 tệp .phan-hoi)",
                    "  79000000_KHCTCL.phan-hoi.xlsx", "  79000019_KHCTCL.phan-hoi.xlsx", "  … và 5 tệp khác",
                    "  ! 2 tệp phản hồi không ghi được (chi tiết trong " + home.logs().resolve("kdcl.log") + ")");
        }
    }

    private static String summary(AppContext app, RunReport report) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        app.bean(ImportService.class).printSummary(report,
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
