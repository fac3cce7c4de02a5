package vn.kdcl.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.cli.AppContext;
import vn.kdcl.cli.KdclCommand;
import vn.kdcl.home.KdclHome;
import vn.kdcl.ingest.read.InfoField;
import vn.kdcl.report.ReportDataService;
import vn.kdcl.report.SchoolSummary;
import vn.kdcl.report.UnitYear;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One school's 2025-2026 plan (TT18/2018 as amended by TT22/2024) and its 2026-2027 plan (TT57/2026): the 2026-2027
 * summary shows both years' school levels side by side, each counted against its own circular's criteria.
 */
class YearsSideBySideTest {

    @TempDir
    Path dir;

    @Test
    void theSummaryShowsEachYearsLevelUnderItsOwnCircular() throws Exception {
        Path home = dir.resolve("home");
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        PlanWorkbooks.Book old = PlanWorkbooks.clean("TT18/2018");
        old.info(InfoField.SCHOOL_CODE, "79-TT57-001").info(InfoField.SCHOOL_YEAR, "2025-2026")
                .info(InfoField.CIRCULAR, "TT18/2018+TT22/2024").info(InfoField.UNIT, "Sở GD&ĐT thành phố Cần Thơ")
                .info(InfoField.PLAN_PERIOD, "2025-2030");
        old.write(inbox.resolve("nguyen-du-2025-2026.xlsx"));
        Tt57Workbooks.multiSheet(Tt57Workbooks.sound(), inbox.resolve("nguyen-du-2026-2027.xlsx"));
        assertThat(KdclCommand.execute("--home", home.toString(), "import")).isZero();

        try (AppContext app = AppContext.start(new KdclHome(home))) {
            ReportDataService data = app.bean(ReportDataService.class);
            UnitYear now = data.unitYears("2026-2027", null).get(0);
            SchoolSummary s = data.schoolSummaries(now).get(0);
            List<String> years = s.years();
            assertThat(years).hasSize(2);
            assertThat(years.get(0)).startsWith("2025-2026 (TT18/2018+TT22/2024): Mức ").contains("đạt Mức 3");
            assertThat(years.get(1)).startsWith("2026-2027 (TT57/2026): Mức 2").contains("15/15 đạt Mức 1", "13/15 đạt Mức 2")
                    .doesNotContain("Mức 3");
            assertThat(s.levelReasonText()).contains("không tương ứng một-một");

            // the summary prints both years and the review of term I (mục VI of the plan form)
            assertThat(s.monitoring()).singleElement()
                    .satisfies(m -> assertThat(m.result()).isEqualTo("Hoàn thành họp phụ huynh học kỳ I"));
            vn.kdcl.report.ReportService reports = app.bean(vn.kdcl.report.ReportService.class);
            Path pdf = dir.resolve("summary.pdf");
            reports.renderer().exportPdf(List.of(reports.schoolSummary(s)), pdf, "t");
            String text = vn.kdcl.report.PdfText.of(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Theo dõi, đánh giá thực hiện kế hoạch", "Hoàn thành họp phụ huynh học kỳ I",
                    "2025-2026 (TT18/2018+TT22/2024)");
        }
    }
}
