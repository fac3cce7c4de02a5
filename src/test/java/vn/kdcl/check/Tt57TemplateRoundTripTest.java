package vn.kdcl.check;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.cli.KdclCommand;
import vn.kdcl.submission.Submission;
import vn.kdcl.template.Tt57Labels;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TT57 template as a school fills it: cells typed into the blank workbook `kdcl templates` writes, then the file
 * saved again by LibreOffice (which recalculates the formulas and rewrites the workbook its own way), both imported
 * with the level of the count rule, the tasks, the money and the progress.
 */
class Tt57TemplateRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void aTemplateFilledInAndSavedByLibreOfficeImportsWithTheRightLevelTasksMoneyAndProgress() throws Exception {
        Path templates = dir.resolve("templates");
        assertThat(KdclCommand.execute("--home", dir.resolve("home").toString(), "templates", "--out",
                templates.toString())).isZero();
        Path blank;
        try (var files = Files.list(templates)) {
            blank = files.filter(p -> p.getFileName().toString().contains("TT57") && p.toString().endsWith("THCS.xlsx"))
                    .findFirst().orElseThrow();
        }
        Path filled = fill(blank, dir.resolve("ke-hoach-thcs.xlsx"));
        check(Pipeline.run(filled));

        Path office = Files.createDirectories(dir.resolve("libreoffice"));
        String soffice = List.of("/usr/bin/soffice", "/usr/bin/libreoffice").stream().filter(p -> Files.isExecutable(Path.of(p)))
                .findFirst().orElse(null);
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) not installed: the re-saved copy is not checked");
        Process p = new ProcessBuilder(soffice, "--headless", "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", office.toString(), filled.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        Path resaved = office.resolve(filled.getFileName());
        assertThat(resaved).as(Files.readString(dir.resolve("soffice.log"))).exists();
        check(Pipeline.run(resaved));
    }

    private static void check(Pipeline.Result r) {
        assertThat(r.built()).as(r.findings().toString()).isNotNull();
        Submission s = r.built().submission();
        assertThat(r.findings()).as(r.findings().toString()).isEmpty();
        assertThat(s.catalogueId()).isEqualTo("TT57/2026");
        assertThat(s.computed().level()).isEqualTo(1); // 4.2 (mandatory) at Mức 1 only: not Mức 2
        assertThat(s.computed().count1()).isEqualTo(15);
        assertThat(s.computed().count2()).isEqualTo(14);
        assertThat(s.tasks()).extracting(Submission.PlanTask::criterion).containsExactly("4.2", "1.4");
        assertThat(s.tasks().get(0).amount()).isEqualTo(45_000_000L);
        assertThat(s.funding()).hasSize(2);
        assertThat(s.tasks()).extracting(t -> t.form().progress()).containsExactly("IN_PROGRESS", "DONE");
        assertThat(s.monitoring()).singleElement().satisfies(m -> assertThat(m.moment()).isEqualTo("MID_YEAR"));
        assertThat(s.priorities()).singleElement().satisfies(x -> assertThat(x.criteria()).isEqualTo("4.2"));
    }

    /** Types a school's answers into the template, cell by cell, as an officer would in a spreadsheet. */
    private static Path fill(Path blank, Path target) throws Exception {
        try (InputStream in = Files.newInputStream(blank); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet info = wb.getSheet(Tt57Labels.SHEET_INFO);
            set(info, "Mã trường", "86-THCS-014");
            set(info, "Tên trường", "Trường THCS Lê Lợi");
            set(info, "Đơn vị quản lý", "UBND xã Tân Phú");
            set(info, "Mức tự đánh giá", "Mức 1");
            set(info, "Số tiêu chí đạt Mức 1", "15");
            set(info, "Số tiêu chí đạt Mức 2", "14");
            Sheet results = wb.getSheet(Tt57Labels.SHEET_RESULTS);
            int col1 = Tt57Labels.RESULTS_HEADERS.indexOf("Mức 1");
            for (Row row : results) {
                if (row.getRowNum() == 0 || row.getCell(1) == null) {
                    continue;
                }
                String code = row.getCell(1).getStringCellValue();
                row.getCell(col1, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("Đạt");
                row.getCell(col1 + 1, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                        .setCellValue(code.equals("4.2") ? "Không đạt" : "Đạt");
            }
            row(wb.getSheet(Tt57Labels.SHEET_ISSUES), 1, "1", "4", "4.2", "Sân chơi chưa an toàn",
                    "Thiếu camera và rào chắn", "Kinh phí hạn chế");
            Sheet plan = wb.getSheet(Tt57Labels.SHEET_PLAN);
            row(plan, 1, "1", "Tiêu chí 4.2: Môi trường giáo dục an toàn", "Sân trường an toàn",
                    "Lắp camera, sửa rào chắn", "100% khu vực sân có camera", "Tháng 11/2026 - 3/2027",
                    "Phó hiệu trưởng", "Ngân sách 40 triệu; phụ huynh đóng góp 5 triệu", "Biên bản nghiệm thu",
                    "Đang thực hiện");
            row(plan, 2, "2", "TC 1.4 - Tự đánh giá, cải tiến", "Công khai kết quả", "Đăng kết quả tự đánh giá",
                    "Công khai trước 15/6/2027", "Tháng 6/2027", "Thư ký hội đồng", "Nhân lực hiện có",
                    "Đường dẫn", "Hoàn thành");
            row(wb.getSheet(Tt57Labels.SHEET_MONITORING), 1, "1", "Cuối học kỳ I", "Tiến độ lắp camera",
                    "Đã lắp 6/10 camera", "", "Hiệu trưởng");
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
        return target;
    }

    private static void set(Sheet info, String label, String value) {
        for (Row r : info) {
            if (r.getCell(0) != null && label.equals(r.getCell(0).getStringCellValue())) {
                r.getCell(1, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(value);
                return;
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static void row(Sheet sheet, int r, String... values) {
        Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            row.getCell(c, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(values[c]);
        }
    }
}
