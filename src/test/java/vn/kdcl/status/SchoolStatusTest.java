package vn.kdcl.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.cli.AppContext;
import vn.kdcl.home.KdclHome;
import vn.kdcl.ingest.ImportService;
import vn.kdcl.ingest.SampleWorkbooks;
import vn.kdcl.registry.Registry;
import vn.kdcl.registry.RegistryEntry;

/** {@code kdcl status --school}: what an officer looks up when a school calls to ask about its file. */
class SchoolStatusTest {

    @TempDir
    Path dir;

    private static String printed(StatusService status, String query) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        status.printSchool(new PrintStream(bytes, true, StandardCharsets.UTF_8), query);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listsEveryVersionAndTheFilesRejectedBeforeTheirCodeWasRead() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        new Registry(List.of(
                new RegistryEntry("DB-TH-001", "Trường PTDTBT Tiểu học xã Hẹ Muông", "Tiểu học", "Phòng GD&ĐT huyện Điện Biên", "Điện Biên"),
                new RegistryEntry("DB-TH-002", "Trường Tiểu học Hẹ Muông 2", "Tiểu học", "Phòng GD&ĐT huyện Điện Biên", "Điện Biên"),
                new RegistryEntry("DB-MN-003", "Trường Mầm non Hoa Ban", "Mầm non", "Phòng GD&ĐT huyện Điện Biên", "Điện Biên")))
                .write(home.root().resolve("registry.xlsx"), Instant.parse("2024-09-01T00:00:00Z"));
        Path first = home.inbox().resolve("ke-hoach.xlsx");
        SampleWorkbooks.write(SampleWorkbooks.heMuong("DB-TH-001", "13/9/2023"), "TT17/2018", first);
        Files.setLastModifiedTime(first, FileTime.from(Instant.parse("2023-09-13T08:00:00Z")));
        Path second = home.inbox().resolve("ke-hoach (sửa).xlsx");
        SampleWorkbooks.write(SampleWorkbooks.heMuong("DB-TH-001", "20/9/2023"), "TT17/2018", second);
        Files.setLastModifiedTime(second, FileTime.from(Instant.parse("2023-09-20T08:00:00Z")));
        Files.writeString(home.inbox().resolve("KHCTCL_DB-TH-001_mat-khau.xlsx"), "%PDF-1.4 không phải sổ tính");
        // another school's code that merely begins with this one's
        Files.writeString(home.inbox().resolve("KHCTCL_DB-TH-0010.xlsx"), "cũng không phải sổ tính");

        try (AppContext app = AppContext.start(home)) {
            app.bean(ImportService.class).run(home.inbox());
            StatusService status = app.bean(StatusService.class);

            String byCode = printed(status, "db-th-001");
            assertThat(byCode).startsWith("Trường DB-TH-001 — Trường PTDTBT Tiểu học xã Hẹ Muông (Phòng GD&ĐT huyện Điện Biên)");
            assertThat(byCode).containsSubsequence("Năm học 2023-2024:",
                    "phiên bản 2 · ĐANG DÙNG · nhận", "tệp inbox/ke-hoach (sửa).xlsx → archive/DB-TH-001_2023-2024_",
                    "phiên bản 1 · đã thay thế · nhận", "tệp inbox/ke-hoach.xlsx → archive/DB-TH-001_2023-2024_",
                    "Tệp bị từ chối trước khi đọc được mã trường, có mã hoặc tên trường trong tên tệp:",
                    "BỊ TỪ CHỐI", "rejected/KHCTCL_DB-TH-001_mat-khau.xlsx", "lý do: [FILE-001]",
                    // the rejected file's feedback: no code could be read, but its name has it
                    "Phản hồi để gửi trường (thư mục " + home.feedback() + "):", "KHCTCL_DB-TH-001_mat-khau_");
            assertThat(status.feedbackFor("DB-TH-001")).extracting(f -> f.getFileName().toString()).containsExactly(
                    "DB-TH-001_ke-hoach (sửa).phan-hoi.xlsx", "DB-TH-001_ke-hoach.phan-hoi.xlsx",
                    "KHCTCL_DB-TH-001_mat-khau_d8d1aa36.phan-hoi.xlsx");
            assertThat(status.feedbackFor("DB-TH-002")).isEmpty();
            assertThat(byCode).doesNotContain("KHCTCL_DB-TH-0010");

            ByteArrayOutputStream overview = new ByteArrayOutputStream();
            Files.writeString(home.inbox().resolve("~$ke-hoach.xlsx"), "lock");
            status.print(new PrintStream(overview, true, StandardCharsets.UTF_8), null);
            assertThat(overview.toString(StandardCharsets.UTF_8))
                    .contains("Chờ nhập (inbox): 0 tệp · Đã nhập (archive): 2 · Bị từ chối (rejected): 2");

            // by a part of the name, without accents: one school, or the choice
            assertThat(printed(status, "ptdtbt tieu hoc xa he muong")).startsWith("Trường DB-TH-001 — ");
            assertThat(printed(status, "He Muong")).startsWith("Có 2 trường khớp với “He Muong”")
                    .contains("DB-TH-001  Trường PTDTBT Tiểu học xã Hẹ Muông (đang dùng hồ sơ năm học 2023-2024)",
                            "DB-TH-002  Trường Tiểu học Hẹ Muông 2 (chưa có hồ sơ được nhận)");
            assertThat(printed(status, "hoa ban")).contains("Trường DB-MN-003 — Trường Mầm non Hoa Ban",
                    "Chưa nhận được hồ sơ nào của trường này.").doesNotContain("Phản hồi");
            assertThat(printed(status, "Sơn Ca")).startsWith("Không tìm thấy trường nào có mã hoặc tên “Sơn Ca”");
        }
    }

    @Test
    void aMissingSchoolThatSentARejectedFileIsShownWithThatFile() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        String unit = "Phòng GD&ĐT huyện Điện Biên";
        new Registry(List.of(
                new RegistryEntry("DB-TH-001", "Trường PTDTBT Tiểu học xã Hẹ Muông", "Tiểu học", unit, "Điện Biên"),
                new RegistryEntry("DB-MN-003", "Trường Mầm non Hoa Ban Sam Mứn", "Mầm non", unit, "Điện Biên"),
                new RegistryEntry("DB-MN-004", "Trường Mầm non Nà Tấu", "Mầm non", unit, "Điện Biên", "0215 3826 004",
                        "mnnatau@dienbien.edu.vn"),
                new RegistryEntry("DB-MN-005", "Trường Mầm non Thanh Luông", "Mầm non", unit, "Điện Biên"),
                new RegistryEntry("NN-TH-001", "Trường Tiểu học Nà Nhạn", "Tiểu học", "UBND xã Nà Nhạn", "Điện Biên"),
                new RegistryEntry("NT-TH-001", "Trường Tiểu học Nà Tấu", "Tiểu học", "UBND xã Nà Tấu", "Điện Biên")))
                .write(home.root().resolve("registry.xlsx"), Instant.parse("2024-09-01T00:00:00Z"));
        Path plan = home.inbox().resolve("ke-hoach.xlsx");
        SampleWorkbooks.write(SampleWorkbooks.heMuong("DB-TH-001", "13/9/2023"), "TT17/2018", plan);
        Files.setLastModifiedTime(plan, FileTime.from(Instant.parse("2023-09-13T08:00:00Z")));
        // unreadable files: no code inside, the school's name (without accents) in the file's name
        Files.writeString(home.inbox().resolve("Truong-Mam-non-Hoa-Ban-Sam-Mun_2023-2024.xlsx"), "không phải sổ tính");
        Files.writeString(home.inbox().resolve("KH 2022-2023 - Mầm non Thanh Luông.xlsx"), "năm khác");

        try (AppContext app = AppContext.start(home)) {
            app.bean(ImportService.class).run(home.inbox());
            StatusService status = app.bean(StatusService.class);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            status.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), "2023-2024");
            String overview = bytes.toString(StandardCharsets.UTF_8);

            assertThat(overview).contains(unit + ": 1/4 trường đã nộp; 1 trường đã gửi nhưng tệp bị từ chối")
                    .contains("- DB-MN-003  Trường Mầm non Hoa Ban Sam Mứn — đã gửi, bị từ chối: "
                            + "rejected/Truong-Mam-non-Hoa-Ban-Sam-Mun_2023-2024.xlsx [FILE-001]")
                    // the registry's phone and e-mail, to chase a school that sent nothing
                    .contains("- DB-MN-004  Trường Mầm non Nà Tấu (ĐT 0215 3826 004, mnnatau@dienbien.edu.vn)\n")
                    // a file naming another school year is not this year's
                    .contains("- DB-MN-005  Trường Mầm non Thanh Luông\n");

            assertThat(overview).contains("UBND xã Nà Nhạn: 0/1 trường đã nộp");

            // one unit, typed without accents or as its folder name under reports/
            for (String typed : List.of("phong gd dt huyen dien bien", "Phong-GD-DT-huyen-Dien-Bien", "huyen dien bien")) {
                ByteArrayOutputStream one = new ByteArrayOutputStream();
                status.print(new PrintStream(one, true, StandardCharsets.UTF_8), "2023-2024", typed);
                assertThat(one.toString(StandardCharsets.UTF_8)).contains(unit + ": 1/4 trường đã nộp")
                        .doesNotContain("Nà Nhạn");
            }
            ByteArrayOutputStream none = new ByteArrayOutputStream();
            status.print(new PrintStream(none, true, StandardCharsets.UTF_8), "2023-2024", "xa khong co");
            assertThat(none.toString(StandardCharsets.UTF_8)).contains("Sổ đăng ký không có đơn vị “xa khong co”. Các đơn vị: "
                    + unit + "; UBND xã Nà Nhạn; UBND xã Nà Tấu.");
            // words that two units share name neither
            ByteArrayOutputStream two = new ByteArrayOutputStream();
            status.print(new PrintStream(two, true, StandardCharsets.UTF_8), "2023-2024", "ubnd xa");
            assertThat(two.toString(StandardCharsets.UTF_8)).contains("Có 2 đơn vị khớp với “ubnd xa”. Các đơn vị: "
                    + "UBND xã Nà Nhạn; UBND xã Nà Tấu.").doesNotContain("trường đã nộp");
            ByteArrayOutputStream words = new ByteArrayOutputStream();
            status.print(new PrintStream(words, true, StandardCharsets.UTF_8), "2023-2024", "xa na tau");
            assertThat(words.toString(StandardCharsets.UTF_8)).contains("UBND xã Nà Tấu: 0/1 trường đã nộp")
                    .doesNotContain("Nà Nhạn");

            assertThat(printed(status, "hoa ban sam mun")).contains("Trường DB-MN-003 — Trường Mầm non Hoa Ban Sam Mứn",
                    "Tệp bị từ chối trước khi đọc được mã trường, có mã hoặc tên trường trong tên tệp:",
                    "rejected/Truong-Mam-non-Hoa-Ban-Sam-Mun_2023-2024.xlsx", "lý do: [FILE-001]");
            assertThat(printed(status, "DB-MN-005")).contains("KH 2022-2023 - Mầm non Thanh Luông.xlsx");
            assertThat(printed(status, "DB-MN-004")).contains("Chưa nhận được hồ sơ nào của trường này.");
        }
    }
}
