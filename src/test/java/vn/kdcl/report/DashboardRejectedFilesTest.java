package vn.kdcl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.cli.AppContext;
import vn.kdcl.home.KdclHome;
import vn.kdcl.ingest.ImportService;
import vn.kdcl.registry.Registry;
import vn.kdcl.registry.RegistryEntry;

/**
 * The dashboard's count of rejected files: a file rejected before its school code and year could be read counts
 * for the school and year its name names, and as "chưa rõ" only when the name does not tell both.
 */
class DashboardRejectedFilesTest {

    private static final String UNIT = "Phòng GD&ĐT huyện Điện Biên";
    private static final String YEAR = "2024-2025";

    @TempDir
    Path dir;

    @Test
    void aRejectedFileCountsForTheSchoolAndYearItsNameNames() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        ReportWorkbooks.write(ReportWorkbooks.school("TT17/2018", "T-001", "Trường Tiểu học Thanh Xương", "Tiểu học", UNIT,
                Set.of(), 4, List.of(ReportWorkbooks.task("3.1", "Xây dựng nhà vệ sinh", "81 triệu đồng", "Ngân sách nhà nước"))),
                "TT17/2018", home.inbox().resolve("a.xlsx"));
        Registry registry = new Registry(List.of(
                new RegistryEntry("T-001", "Trường Tiểu học Thanh Xương", "Tiểu học", UNIT, "Điện Biên"),
                new RegistryEntry("T-002", "Trường Tiểu học Ẳng Nưa", "Tiểu học", UNIT, "Điện Biên"),
                new RegistryEntry("T-003", "Trường Tiểu học Nà Nhạn", "Tiểu học", UNIT, "Điện Biên")));
        registry.write(home.root().resolve("registry.xlsx"), Instant.parse("2024-09-01T00:00:00Z"));
        // unreadable files: nothing inside tells the school or the year
        Files.writeString(home.inbox().resolve("Truong-Tieu-hoc-Na-Nhan_2024-2025.xlsx"), "không phải sổ tính");
        Files.writeString(home.inbox().resolve("Truong Tieu hoc Na Nhan 2023-2024.xlsx"), "năm trước");
        Files.writeString(home.inbox().resolve("KH - Trường Tiểu học Ẳng Nưa.xlsx"), "không rõ năm học");
        Files.writeString(home.inbox().resolve("hong.xlsx"), "không rõ trường");

        try (AppContext app = AppContext.start(home)) {
            app.bean(ImportService.class).run(home.inbox());
            Dashboard d = app.bean(ReportDataService.class).dashboard(new UnitYear(YEAR, UNIT), registry);
            Map<String, Integer> statuses = new HashMap<>();
            d.statuses().forEach(s -> statuses.put(s.label(), s.count()));

            assertThat(statuses).containsEntry(ReportDataService.STATUS_REJECTED, 1)
                    .containsEntry(ReportDataService.STATUS_REJECTED_ONLY, 1)
                    // the file naming no year and the one naming no school; the 2023-2024 file is that year's
                    .containsEntry(ReportDataService.STATUS_UNATTRIBUTED, 2)
                    .containsEntry(ReportDataService.STATUS_MISSING, 2);
            // section 8: who has not sent a plan, and who sent one that was rejected
            assertThat(d.missingSchools()).extracting(Dashboard.MissingSchool::code, Dashboard.MissingSchool::note)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("T-002", null),
                            org.assertj.core.groups.Tuple.tuple("T-003", "Đã gửi, tệp bị từ chối"));
            Dashboard previous = app.bean(ReportDataService.class).dashboard(new UnitYear("2023-2024", UNIT), registry);
            assertThat(previous.statuses()).filteredOn(s -> s.label().equals(ReportDataService.STATUS_REJECTED))
                    .singleElement().satisfies(s -> assertThat(s.count()).isEqualTo(1));
        }
    }
}
