package vn.kdcl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.cli.KdclCommand;
import vn.kdcl.home.KdclHome;
import vn.kdcl.registry.Registry;
import vn.kdcl.registry.RegistryEntry;

/**
 * A unit (a commune since 7/2025) that has not sent a single plan still has its row in the province roll-up,
 * with all its schools missing: the province officer sees whom to chase, not only who answered.
 */
class ProvinceUnitsWithoutPlansTest {

    private static final String YEAR = "2024-2025";
    private static final String U1 = "Phòng GD&ĐT huyện Điện Biên";
    private static final String SILENT = "UBND xã Nà Nhạn";

    @TempDir
    Path dir;

    @Test
    void aUnitWithoutAnyPlanHasItsRowInTheProvinceRollUp() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("data")).create();
        ReportWorkbooks.write(ReportWorkbooks.school("TT17/2018", "T-001", "Trường Tiểu học Thanh Xương", "Tiểu học", U1,
                Set.of(), 4, List.of(ReportWorkbooks.task("3.1", "Xây dựng nhà vệ sinh", "81 triệu đồng", "Ngân sách nhà nước"))),
                "TT17/2018", home.inbox().resolve("a.xlsx"));
        new Registry(List.of(
                new RegistryEntry("T-001", "Trường Tiểu học Thanh Xương", "Tiểu học", U1, "Điện Biên"),
                new RegistryEntry("N-001", "Trường Mầm non Nà Nhạn", "Mầm non", SILENT, "Điện Biên"),
                new RegistryEntry("N-002", "Trường Tiểu học Nà Nhạn", "Tiểu học", SILENT, "Điện Biên")))
                .write(home.root().resolve("registry.xlsx"), Instant.parse("2024-09-01T00:00:00Z"));

        assertThat(KdclCommand.execute("--home", home.root().toString(), "import")).isZero();
        assertThat(KdclCommand.execute("--home", home.root().toString(), "report")).isZero();

        Path year = home.reports().resolve(YEAR);
        assertThat(PdfText.of(year.resolve("province.pdf"))).contains(U1, SILENT);
        List<String> silent = unitRow(year.resolve("province.xlsx"), SILENT);
        // Đơn vị, Số trường, …, Chưa nộp (7th column)
        assertThat(silent).startsWith(SILENT, "0");
        assertThat(silent.get(6)).isEqualTo("2");
        assertThat(unitRow(year.resolve("province.xlsx"), U1).get(1)).isEqualTo("1");
        // the province-wide list of schools to chase, unit by unit
        try (Workbook wb = WorkbookFactory.create(year.resolve("province.xlsx").toFile(), null, true)) {
            DataFormatter format = new DataFormatter();
            List<String> missing = new ArrayList<>();
            wb.getSheet("Chưa nộp").forEach(row -> missing.add(format.formatCellValue(row.getCell(0)) + " | "
                    + format.formatCellValue(row.getCell(1))));
            assertThat(missing).containsExactly("Đơn vị quản lý | Mã trường", SILENT + " | N-001", SILENT + " | N-002");
        }
        // the unit has no reports of its own: nothing to summarise
        assertThat(year.resolve("UBND-xa-Na-Nhan")).doesNotExist();
    }

    private static List<String> unitRow(Path xlsx, String unit) throws Exception {
        DataFormatter format = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            Sheet units = wb.getSheet("Đơn vị");
            for (Row row : units) {
                if (row.getCell(0) != null && unit.equals(format.formatCellValue(row.getCell(0)))) {
                    List<String> cells = new ArrayList<>();
                    row.forEach(c -> cells.add(format.formatCellValue(c)));
                    return cells;
                }
            }
        }
        throw new AssertionError(unit + " not in " + xlsx);
    }
}
