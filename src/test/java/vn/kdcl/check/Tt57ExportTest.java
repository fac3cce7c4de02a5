package vn.kdcl.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.kdcl.cli.KdclCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A TT57/2026 plan through the real import job and `kdcl export`: the JSON carries the framework, the catalogue,
 * mandatory flags, levels 0–2, the plan form's fields, priority issues and monitoring; the same plan re-sent at the
 * end of term I with its progress filled is version 2, and the first version stays in the history.
 */
class Tt57ExportTest {

    @TempDir
    Path dir;

    @Test
    void exportCarriesTheTt57PlanAndAResentPlanIsANewVersion() throws Exception {
        Path home = dir.resolve("home");
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        Tt57Workbooks.Plan first = Tt57Workbooks.sound();
        first.monitoring.clear();
        first.activities.replaceAll(a -> a.with(8, null));
        Path f1 = Tt57Workbooks.multiSheet(first, inbox.resolve("nguyen-du-thang-9.xlsx"));
        Files.setLastModifiedTime(f1, FileTime.from(Instant.parse("2026-09-20T08:00:00Z")));
        assertThat(KdclCommand.execute("--home", home.toString(), "import")).isZero();

        Path f2 = Tt57Workbooks.multiSheet(Tt57Workbooks.sound().info("Ngày lập", "15/01/2027"),
                inbox.resolve("nguyen-du-cuoi-hk1.xlsx"));
        Files.setLastModifiedTime(f2, FileTime.from(Instant.parse("2027-01-15T08:00:00Z")));
        assertThat(KdclCommand.execute("--home", home.toString(), "import")).isZero();

        Path out = dir.resolve("export.json");
        assertThat(KdclCommand.execute("--home", home.toString(), "export", "--format", "json", "--out",
                out.toString())).isZero();
        JsonNode schools = JsonMapper.builder().build().readTree(Files.readString(out)).get("schools");
        assertThat(schools).hasSize(1);
        JsonNode s = schools.get(0);
        assertThat(s.get("framework").asString()).isEqualTo("TT57");
        assertThat(s.get("catalogue").asString()).isEqualTo("TT57/2026");
        assertThat(s.get("computed").get("level").asInt()).isEqualTo(2);
        assertThat(s.get("submission").get("version").asInt()).isEqualTo(2);
        JsonNode c13 = s.get("criteria").get(2);
        assertThat(c13.get("code").asString()).isEqualTo("1.3");
        assertThat(c13.get("mandatory").asBoolean()).isTrue();
        assertThat(s.get("criteria").get(0).get("mandatory").asBoolean()).isFalse();
        JsonNode task = s.get("tasks").get(0);
        assertThat(task.get("indicator").asString()).startsWith("100% học sinh");
        assertThat(task.get("progress").asString()).isEqualTo("IN_PROGRESS");
        assertThat(task.get("progressText").asString()).isEqualTo("Đang thực hiện");
        assertThat(s.get("funding").get("bySource").get("XA_HOI_HOA").asLong()).isEqualTo(5_000_000L);
        assertThat(s.get("funding").get("total").asLong()).isEqualTo(28_000_000L);
        assertThat(s.get("priorities")).hasSize(2);
        assertThat(s.get("monitoring").get(0).get("moment").asString()).isEqualTo("MID_YEAR");

        String status = vn.kdcl.cli.Captured.out(() -> assertThat(KdclCommand.execute("--home", home.toString(),
                "status", "--school", "79-TT57-001")).isZero());
        assertThat(status).contains("nguyen-du-thang-9.xlsx", "nguyen-du-cuoi-hk1.xlsx");

        Path xlsx = dir.resolve("export.xlsx");
        assertThat(KdclCommand.execute("--home", home.toString(), "export", "--format", "xlsx", "--out",
                xlsx.toString())).isZero();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            assertThat(wb.getSheet("KeHoachTT57").getRow(1).getCell(12).getStringCellValue()).isEqualTo("Đang thực hiện");
            assertThat(wb.getSheet("TheoDoi").getPhysicalNumberOfRows()).isEqualTo(2);
        }
    }

    @Test
    void aMultiLevelSchoolExportsTheLowestResultPerCriterionAndEachSchoolLevel() throws Exception {
        Path home = dir.resolve("home");
        Tt57Workbooks.multiSheet(Tt57Workbooks.multiLevel(),
                Files.createDirectories(home.resolve("inbox")).resolve("th-thcs.xlsx"));
        assertThat(KdclCommand.execute("--home", home.toString(), "import")).isZero();
        Path out = dir.resolve("export.json");
        assertThat(KdclCommand.execute("--home", home.toString(), "export", "--format", "json", "--out",
                out.toString())).isZero();
        JsonNode s = JsonMapper.builder().build().readTree(Files.readString(out)).get("schools").get(0);
        assertThat(s.get("computed").get("level").asInt()).isEqualTo(1);
        assertThat(s.get("criteria")).hasSize(15);
        assertThat(s.get("criteria").valueStream().filter(c -> c.get("code").asString().equals("2.2"))
                .findFirst().orElseThrow().get("level").asInt()).isEqualTo(1);
        assertThat(s.get("criteriaBySchoolLevel")).hasSize(30);
        assertThat(s.get("criteriaBySchoolLevel").get(0).get("schoolLevel").asString()).isEqualTo("TH");
    }
}
