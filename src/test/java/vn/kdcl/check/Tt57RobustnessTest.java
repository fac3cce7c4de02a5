package vn.kdcl.check;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TT57 reading paths (one-sheet cutting, priority issues, monitoring, money in resources, progress) under
 * damaged plans: cells shuffled, blanked, merged at random, junk text and numbers where labels were. Whatever the
 * damage, the file is read or rejected with findings: never an exception. Seeds are fixed, so a failure repeats.
 */
class Tt57RobustnessTest {

    private static final List<String> JUNK = List.of("", " ", "Tiêu chí", "TC", "Mức 2", "Đạt", "Không đạt", "%", "150%",
            "Ngân sách , , tỷ", "1,5,3 triệu", "Tiêu chí 99.99", "Cuối học kỳ I", "V. KẾ HOẠCH CẢI TIẾN", "TT",
            "Nguồn lực bảo đảm", "Mức độ thực hiện", "Thời điểm", "Kết quả thực hiện", "Nội dung cải tiến", "=",
            "Tr\u2212êng", "12/13/2027", "Từ 5/2027 đến 9/2026", "x".repeat(5000), "Hoàn thành", "Tiêu chuẩn 9");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void damagedPlansAreReadOrRejectedWithFindingsNeverAnError(int seed) throws Exception {
        Random rnd = new Random(seed);
        Tt57Workbooks.Plan plan = Tt57Workbooks.sound();
        Path file = seed % 2 == 0 ? Tt57Workbooks.oneSheet(plan, dir.resolve("one.xlsx"))
                : Tt57Workbooks.multiSheet(plan, dir.resolve("multi.xlsx"));
        Path damaged = dir.resolve("damaged-" + seed + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            for (int i = 0; i < 40; i++) {
                Sheet s = wb.getSheetAt(rnd.nextInt(wb.getNumberOfSheets()));
                int r = rnd.nextInt(Math.max(1, s.getLastRowNum() + 3));
                int c = rnd.nextInt(13);
                Row row = s.getRow(r) != null ? s.getRow(r) : s.createRow(r);
                switch (rnd.nextInt(4)) {
                    case 0 -> row.createCell(c).setCellValue(JUNK.get(rnd.nextInt(JUNK.size())));
                    case 1 -> row.createCell(c).setCellValue(rnd.nextInt(3) == 0 ? -1e12 : rnd.nextDouble() * 100);
                    case 2 -> {
                        if (row.getCell(c) != null) {
                            row.removeCell(row.getCell(c));
                        }
                    }
                    default -> {
                        try {
                            s.addMergedRegion(new CellRangeAddress(r, r + rnd.nextInt(3), c, c + 1 + rnd.nextInt(3)));
                        } catch (IllegalStateException | IllegalArgumentException overlapping) {
                            // POI refuses overlapping merges; a school's Excel would too
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(damaged)) {
                wb.write(out);
            }
        }
        Pipeline.Result r = Pipeline.run(damaged);
        assertThat(r.findings()).allSatisfy(f -> {
            assertThat(f.code()).matches("[A-Z]{3,4}-\\d{3}");
            assertThat(f.message()).isNotBlank();
        });
        if (r.built() == null || r.built().submission() == null) {
            assertThat(r.findings()).as("a rejected file says why").anyMatch(f -> f.severity() == Severity.ERROR);
        }
    }
}
