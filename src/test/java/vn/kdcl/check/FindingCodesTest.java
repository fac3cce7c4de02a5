package vn.kdcl.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kdcl.check.PlanWorkbooks.clean;
import static vn.kdcl.check.PlanWorkbooks.withBudget;
import static vn.kdcl.check.PlanWorkbooks.withCriterion;
import static vn.kdcl.check.PlanWorkbooks.withLead;
import static vn.kdcl.check.PlanWorkbooks.withPeriod;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.check.PlanWorkbooks.Book;
import vn.kdcl.ingest.read.InfoField;
import vn.kdcl.ingest.read.ReadLimits;
import vn.kdcl.ingest.read.WorkbookReader;

/**
 * Every finding code produced while reading and checking one workbook (CONTRACT.md "Finding codes"):
 * one test that makes it fire, located at the offending cell with a message naming the offending and
 * the expected value, and one near-miss that must stay quiet. Workbooks are written with the
 * product's template writer and edited the way schools edit them.
 */
class FindingCodesTest {

    static final String INFO = "Thông tin trường";
    static final String RESULTS = "Kết quả tiêu chí";
    static final String PLAN = "Kế hoạch cải tiến";
    static final String FUNDING = "Kinh phí";

    @TempDir
    Path dir;

    private int n;

    Pipeline.Result run(Book b) {
        return Pipeline.run(b.write(dir.resolve("book" + (++n) + ".xlsx")));
    }

    static void assertFinding(Finding f, String code, Severity severity, String sheet, String cell, String... inMessage) {
        assertThat(f.code()).isEqualTo(code);
        assertThat(f.severity()).as("severity of " + f).isEqualTo(severity);
        assertThat(f.sheet()).as("sheet of " + f).isEqualTo(sheet);
        assertThat(f.cell()).as("cell of " + f).isEqualTo(cell);
        if (inMessage.length > 0) {
            assertThat(f.message()).contains(inMessage);
        }
    }

    /** TT17 with Mức 3 reached by the first four criteria that have it (seed 004: 4/19). */
    static Book fourOfNineteen() {
        Book b = clean("TT17/2018");
        int k = 0;
        for (var c : b.catalogue.criteria()) {
            if (c.hasLevel(3) && k++ < 4) {
                b.mark(c.code(), true, true, true);
            }
        }
        return b.info(InfoField.COUNT_LEVEL3, "4/19");
    }

    @Nested
    class FileLevel {

        @Test
        void file001FiresOnAZeroByteFile() throws Exception {
            Pipeline.Result r = Pipeline.run(Files.write(dir.resolve("ke-hoach.xlsx"), new byte[0]));
            assertThat(r.codes()).containsExactly("FILE-001");
            assertFinding(r.only("FILE-001"), "FILE-001", Severity.ERROR, null, null, "ke-hoach.xlsx");
        }

        @Test
        void file001FiresOnAPdfNamedXlsx() throws Exception {
            Path pdf = Files.write(dir.resolve("scan.xlsx"), "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(Pipeline.run(pdf).codes()).containsExactly("FILE-001");
        }

        @Test
        void file001QuietForAWorkbookWithTheWrongExtension() throws Exception {
            Path saved = clean("TT17/2018").write(dir.resolve("plan.xlsx"));
            Path renamed = Files.move(saved, dir.resolve("plan.xls"));
            assertThat(Pipeline.run(renamed).findings()).isEmpty();
        }

        @Test
        void file002FiresOnAPasswordProtectedWorkbook() throws Exception {
            Path plain = clean("TT17/2018").write(dir.resolve("plain.xlsx"));
            Path secret = vn.kdcl.ingest.read.TestBooks.encrypt(plain, dir.resolve("mat-khau.xlsx"), "123456");
            Pipeline.Result r = Pipeline.run(secret);
            assertThat(r.codes()).containsExactly("FILE-002");
            assertFinding(r.only("FILE-002"), "FILE-002", Severity.ERROR, null, null, "mat-khau.xlsx", "mật khẩu");
        }

        @Test
        void file002QuietForSheetProtectionWithAPassword() {
            // Protecting a sheet against edits is not encryption: the file opens without a password.
            Book b = clean("TT17/2018").edit(wb -> wb.getSheet(PLAN).protectSheet("123456"));
            assertThat(run(b).findings()).isEmpty();
        }

        @Test
        void file006FiresAboveTheSizeLimit() {
            Path file = clean("TT17/2018").write(dir.resolve("to.xlsx"));
            ReadLimits small = new ReadLimits(4_000, 200L << 20, 100, 1L << 20, 2_000, 20_000, 16_000_000);
            var o = new WorkbookReader(small).read(file);
            assertThat(o.findings()).hasSize(1);
            assertFinding(o.findings().get(0), "FILE-006", Severity.ERROR, null, null, "to.xlsx", "vượt giới hạn");
        }

        @Test
        void file006QuietJustBelowTheSizeLimit() throws Exception {
            Path file = clean("TT17/2018").write(dir.resolve("vua.xlsx"));
            ReadLimits exact = new ReadLimits(Files.size(file), 200L << 20, 100, 1L << 20, 2_000, 20_000, 16_000_000);
            var o = new WorkbookReader(exact).read(file);
            assertThat(o.findings()).isEmpty();
        }

        @Test
        void file007FiresWhenTheResultsSheetIsMissing() {
            Book b = clean("TT17/2018").edit(wb -> wb.removeSheetAt(wb.getSheetIndex(RESULTS)));
            Pipeline.Result r = run(b);
            assertThat(r.codes()).containsExactly("FILE-007");
            assertThat(r.only("FILE-007").severity()).isEqualTo(Severity.ERROR);
            assertThat(r.only("FILE-007").message()).contains(RESULTS);
        }

        @Test
        void file007QuietWhenTheResultsSheetIsRenamed() {
            Book b = clean("TT17/2018").edit(wb -> wb.setSheetName(wb.getSheetIndex(RESULTS), "KQ TDG"));
            assertThat(run(b).findings()).isEmpty();
        }

        @Test
        void file008FiresOnTcvn3Text() {
            Book b = clean("TT17/2018").set(PLAN, "E2", "Tæ chøc tËp huÊn cho gi¸o viªn tr−êng");
            Pipeline.Result r = run(b);
            assertThat(r.codes()).containsExactly("FILE-008");
            assertFinding(r.only("FILE-008"), "FILE-008", Severity.WARNING, PLAN, "E2", "TCVN3", "Tæ chøc");
        }

        @Test
        void file008QuietOnUnicodeTextWithDashesAndSymbols() {
            Book b = clean("TT17/2018").set(PLAN, "E2", "Tổ chức tập huấn − bồi dưỡng ≥ 2 lần/năm cho giáo viên trường");
            assertThat(run(b).findings()).isEmpty();
        }
    }

    @Nested
    class School {

        @Test
        void sch001FiresWhenTheSchoolCodeIsBlank() {
            Pipeline.Result r = run(clean("TT17/2018").info(InfoField.SCHOOL_CODE, null));
            assertThat(r.codes()).containsExactly("SCH-001");
            assertFinding(r.only("SCH-001"), "SCH-001", Severity.ERROR, INFO, "B2", "Mã trường");
        }

        @Test
        void sch001QuietForANumericSchoolCode() {
            Pipeline.Result r = run(clean("TT17/2018").info(InfoField.SCHOOL_CODE, 79001234));
            assertThat(r.findings()).isEmpty();
            assertThat(r.built().submission().school().code()).isEqualTo("79001234");
        }

        @Test
        void sch004FiresOnSeed004sYearTypo() {
            Pipeline.Result r = run(clean("TT17/2018").info(InfoField.SCHOOL_YEAR, "2003-2024"));
            assertThat(r.codes()).containsExactly("SCH-004");
            assertFinding(r.only("SCH-004"), "SCH-004", Severity.ERROR, INFO, "B9", "2003-2024", "2024-2025");
        }

        @Test
        void sch004QuietForAYearWithSpacesAndAnEnDash() {
            Pipeline.Result r = run(clean("TT17/2018").info(InfoField.SCHOOL_YEAR, "Năm học 2024 – 2025"));
            assertThat(r.findings()).isEmpty();
            assertThat(r.built().submission().schoolYear()).isEqualTo("2024-2025");
        }

        @Test
        void sch005FiresWhenTheSchoolTypeIsNotAssessedByTheCircular() {
            Pipeline.Result r = run(clean("TT17/2018").info(InfoField.SCHOOL_TYPE, "THPT"));
            assertFinding(r.only("SCH-005"), "SCH-005", Severity.WARNING, INFO, "B11", "THPT", "TT17/2018");
        }

        @Test
        void sch005QuietForAnEthnicBoardingPrimarySchool() {
            assertThat(run(clean("TT17/2018").info(InfoField.SCHOOL_TYPE, "PTDTBT Tiểu học")).findings()).isEmpty();
        }
    }

    @Nested
    class Criteria {

        @Test
        void crt001FiresOnACodeTheCircularLacks() {
            Pipeline.Result r = run(clean("TT17/2018").mark("6.1", true, true, null));
            assertFinding(r.only("CRT-001"), "CRT-001", Severity.WARNING, RESULTS, "B29", "6.1", "TT17/2018",
                    "27 tiêu chí");
        }

        @Test
        void crt001QuietForCodesWrittenAsText() {
            Book b = clean("TT17/2018").set(RESULTS, "B2", "Tiêu chí 1.1.").set(RESULTS, "B3", "TC 1.2");
            assertThat(run(b).findings()).isEmpty();
        }

        @Test
        void crt002FiresWhenACriterionRowIsDeleted() {
            int row = PlanWorkbooks.criterionRow(PlanWorkbooks.catalogue("TT17/2018"), "3.2");
            Book b = clean("TT17/2018").edit(wb -> {
                Sheet s = wb.getSheet(RESULTS);
                s.shiftRows(row, s.getLastRowNum(), -1);
            });
            Pipeline.Result r = run(b);
            assertFinding(r.only("CRT-002"), "CRT-002", Severity.WARNING, RESULTS, null, "3.2",
                    "TT17/2018 có 27 tiêu chí");
        }

        @Test
        void crt002QuietWhenRowsAreInAnotherOrder() {
            // Criteria 1.1 and 1.2 swapped: all 27 still present.
            Book b = clean("TT17/2018").set(RESULTS, "B2", "1.2").set(RESULTS, "B3", "1.1");
            assertThat(run(b).codes()).doesNotContain("CRT-002", "CRT-005");
        }

        @Test
        void crt003FiresWhenMuc2IsMetButMuc1IsNot() {
            Pipeline.Result r = run(clean("TT17/2018").set(RESULTS, "D2", "Không đạt"));
            assertFinding(r.only("CRT-003"), "CRT-003", Severity.WARNING, RESULTS, "E2", "1.1", "Mức 2", "Mức 1");
        }

        @Test
        void crt003QuietWhenMuc3IsMetWithAllLowerLevels() {
            Book b = clean("TT17/2018").mark("1.1", true, true, true).info(InfoField.COUNT_LEVEL3, "1/19");
            assertThat(run(b).findings()).isEmpty();
        }

        @Test
        void crt004FiresWhenMuc3IsMarkedForACriterionWithoutMuc3() {
            // TT17 criterion 1.2 has Mức 1 and Mức 2 only; the template's "—" was overwritten.
            Pipeline.Result r = run(clean("TT17/2018").set(RESULTS, "F3", "Đạt"));
            assertFinding(r.only("CRT-004"), "CRT-004", Severity.WARNING, RESULTS, "F3", "1.2", "Mức 3", "\"Đạt\"");
        }

        @Test
        void crt004QuietForDashOrBlankWhereTheLevelDoesNotExist() {
            Book b = clean("TT17/2018").set(RESULTS, "F3", "-").set(RESULTS, "F4", null);
            assertThat(run(b).findings()).isEmpty();
        }

        @Test
        void crt005FiresOnACriterionListedTwice() {
            Book b = clean("TT17/2018").edit(wb -> {
                Sheet s = wb.getSheet(RESULTS);
                int last = s.getLastRowNum() + 1;
                PlanWorkbooks.set(s, "A" + (last + 1), 2);
                PlanWorkbooks.set(s, "B" + (last + 1), "2.1");
                PlanWorkbooks.set(s, "D" + (last + 1), "Đạt");
                PlanWorkbooks.set(s, "E" + (last + 1), "Đạt");
            });
            Pipeline.Result r = run(b);
            int first = PlanWorkbooks.criterionRow(b.catalogue, "2.1");
            assertFinding(r.only("CRT-005"), "CRT-005", Severity.WARNING, RESULTS, "B29", "2.1", "B" + first);
        }

        @Test
        void crt005QuietForAStandardHeadingRowAboveItsCriteria() {
            Book b = clean("TT17/2018").edit(wb -> {
                Sheet s = wb.getSheet(RESULTS);
                s.shiftRows(1, s.getLastRowNum(), 1);
                PlanWorkbooks.set(s, "A2", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường");
            });
            assertThat(run(b).findings()).isEmpty();
        }

        @Test
        void crt006FiresOnAResultThatIsNotDatOrKhongDat() {
            Pipeline.Result r = run(clean("TT17/2018").set(RESULTS, "E5", "Đang hoàn thiện"));
            assertFinding(r.only("CRT-006"), "CRT-006", Severity.WARNING, RESULTS, "E5", "Đang hoàn thiện", "1.4",
                    "\"Đạt\"", "\"Không đạt\"");
        }

        @Test
        void crt006QuietForTheUsualWaysOfWritingDat() {
            Book b = clean("TT17/2018").set(RESULTS, "D2", "x").set(RESULTS, "E2", "✓").set(RESULTS, "D4", "đạt")
                    .set(RESULTS, "E4", "ĐẠT").set(RESULTS, "F5", "Không Đạt").set("Mức 4", "C2", "không đạt");
            assertThat(run(b).findings()).isEmpty();
        }
    }

    @Nested
    class Summary {

        @Test
        void sum001FiresWhenTheDeclaredCountDiffersFromTheTable() {
            Pipeline.Result r = run(clean("TT17/2018").info(InfoField.COUNT_LEVEL2, "26/27"));
            assertThat(r.codes()).containsExactly("SUM-001");
            assertFinding(r.only("SUM-001"), "SUM-001", Severity.WARNING, INFO, "B15", "26", "27/27");
        }

        @Test
        void sum001QuietForABareNumberOrAFractionWithAPercentage() {
            Book b = clean("TT17/2018").info(InfoField.COUNT_LEVEL1, 27).info(InfoField.COUNT_LEVEL2, "27/27 (100%)");
            assertThat(run(b).findings()).isEmpty();
        }

        @Test
        void sum002FiresOnAWrongPercentage() {
            Pipeline.Result r = run(fourOfNineteen().info(InfoField.COUNT_LEVEL3, "4/19 (21,5%)"));
            assertThat(r.codes()).containsExactly("SUM-002");
            assertFinding(r.only("SUM-002"), "SUM-002", Severity.WARNING, INFO, "B16",
                    "Tỷ lệ khai báo 21,50% nhưng 4/19 = 21,05%");
        }

        @Test
        void sum002QuietForRoundedOrTruncatedPercentagesWithEitherDecimalMark() {
            for (String declared : new String[] {"4/19 (21,05%)", "4/19 (21.05%)", "4/19 - 21,1%", "4/19 = 21%",
                    "4/19 (21,0%)"}) {
                assertThat(run(fourOfNineteen().info(InfoField.COUNT_LEVEL3, declared)).findings()).as(declared).isEmpty();
            }
        }

        @Test
        void sum003FiresWhenTheDeclaredLevelIsHigherThanTheRulesGive() {
            Pipeline.Result r = run(fourOfNineteen().info(InfoField.DECLARED_LEVEL, "Mức 3"));
            assertThat(r.codes()).containsExactly("SUM-003");
            assertFinding(r.only("SUM-003"), "SUM-003", Severity.WARNING, INFO, "B12", "Mức 3", "Mức 2", "TT17/2018");
        }

        @Test
        void sum003QuietForSeed004sMuc2WrittenAsANumber() {
            // 27/27, 27/27, 4/19, 0/5 is Mức 2 (seed 004).
            assertThat(run(fourOfNineteen().info(InfoField.DECLARED_LEVEL, 2)).findings()).isEmpty();
        }

        @Test
        void sum004FiresOnACountAboveTheCriteriaOfTheCircular() {
            Pipeline.Result r = run(clean("TT18/2018").info(InfoField.COUNT_LEVEL1, "34/36"));
            assertFinding(r.only("SUM-004"), "SUM-004", Severity.WARNING, INFO, "B14", "34/36", "TT18/2018", "28");
        }

        @Test
        void sum004QuietWhenEveryCriterionIsCounted() {
            assertThat(run(clean("TT18/2018").info(InfoField.COUNT_LEVEL1, "28/28 tiêu chí")).findings()).isEmpty();
        }
    }

    @Nested
    class Plan {

        @Test
        void pln001FiresOnATaskForAnUnknownCriterion() {
            Pipeline.Result r = run(clean("TT17/2018").editTask(1, t -> withCriterion(t, "6.2")));
            assertFinding(r.only("PLN-001"), "PLN-001", Severity.WARNING, PLAN, "B3", "6.2", "TT17/2018");
        }

        @Test
        void pln001QuietForCriterionTextAndMuc4References() {
            Book b = clean("TT17/2018").editTask(0, t -> withCriterion(t, "Tiêu chí 1.1.")).editTask(1,
                    t -> withCriterion(t, "TC 2.1"));
            b.task(PlanWorkbooks.task("M4.3", "Xây dựng thư viện điện tử", "Hiệu trưởng", "Quý 2/2025", "", "", ""));
            assertThat(run(b).findings()).isEmpty();
        }

        @Test
        void pln002FiresForACriterionBelowMuc2WithoutATask() {
            Book b = clean("TT17/2018").mark("3.2", true, false, false).info(InfoField.COUNT_LEVEL2, "26/27")
                    .info(InfoField.DECLARED_LEVEL, "Mức 1");
            Pipeline.Result r = run(b);
            assertThat(r.codes()).containsExactly("PLN-002");
            int row = PlanWorkbooks.criterionRow(b.catalogue, "3.2");
            assertFinding(r.only("PLN-002"), "PLN-002", Severity.WARNING, RESULTS, "B" + row, "3.2", "Mức 1",
                    "cần Mức 2");
        }

        @Test
        void pln002FiresBelowTheTargetLevelOnlyForCriteriaThatHaveIt() {
            Book b = clean("TT17/2018").info(InfoField.TARGET_LEVEL, "Mức 3");
            Pipeline.Result r = run(b);
            // 19 criteria have Mức 3; 1.1 has a task; 2.1 has a task. The 8 without Mức 3 are at their top.
            assertThat(r.of("PLN-002")).hasSize(17).allSatisfy(f -> assertThat(f.message()).contains("cần Mức 3"));
            assertThat(r.of("PLN-002")).extracting(Finding::cell).doesNotContain("B2", "B3", "B" + PlanWorkbooks
                    .criterionRow(b.catalogue, "2.1"));
        }

        @Test
        void pln002QuietWhenTheWeakCriterionHasATaskWrittenAsText() {
            Book b = clean("TT17/2018").mark("3.2", true, false, false).info(InfoField.COUNT_LEVEL2, "26/27")
                    .info(InfoField.DECLARED_LEVEL, "Mức 1")
                    .task(PlanWorkbooks.task("TC 3.2", "Sửa chữa phòng học", "Hiệu trưởng", "Quý 1/2025", "", "", ""));
            assertThat(run(b).findings()).isEmpty();
        }

        @Test
        void pln003FiresOnATaskAfterTheSchoolYear() {
            Pipeline.Result r = run(clean("TT17/2018").editTask(0, t -> withPeriod(t, "Tháng 10/2025", "")));
            assertThat(r.codes()).containsExactly("PLN-003");
            assertFinding(r.only("PLN-003"), "PLN-003", Severity.WARNING, PLAN, "H2", "Tháng 10/2025", "01/10/2025",
                    "năm học 2024-2025", "01/09/2024", "31/08/2025");
        }

        @Test
        void pln003QuietAtTheEdgesOfTheYearAndInsideThePlanPeriod() {
            Book b = clean("TT17/2018").editTask(0, t -> withPeriod(t, "Tháng 9/2024", "Tháng 8/2025"))
                    .editTask(1, t -> withPeriod(t, "Cả năm", ""));
            assertThat(run(b).findings()).isEmpty();
            Book plan = clean("TT17/2018").info(InfoField.PLAN_PERIOD, "2021-2026")
                    .editTask(0, t -> withPeriod(t, "Tháng 10/2025", ""));
            assertThat(run(plan).findings()).isEmpty();
        }

        @Test
        void pln004FiresOnAPeriodThatIsNotUnderstood() {
            Pipeline.Result r = run(clean("TT17/2018").editTask(1, t -> withPeriod(t, "Khi có kinh phí", "")));
            assertThat(r.codes()).containsExactly("PLN-004");
            assertFinding(r.only("PLN-004"), "PLN-004", Severity.WARNING, PLAN, "H3", "Khi có kinh phí", "Tháng 10/2024");
        }

        @Test
        void pln004QuietForUsualPeriodWordings() {
            Book b = clean("TT17/2018").editTask(0, t -> withPeriod(t, "Thường xuyên", ""))
                    .editTask(1, t -> withPeriod(t, "Học kỳ II", ""))
                    .task(PlanWorkbooks.task("1.1", "Tổ chức kỷ niệm", "Tổng phụ trách", "Dịp 20/11, 26/3", "", "", ""))
                    .task(PlanWorkbooks.task("2.1", "Tập huấn", "Hiệu trưởng", java.time.LocalDate.of(2024, 11, 5),
                            java.time.LocalDate.of(2024, 11, 30), "", ""));
            assertThat(run(b).findings()).isEmpty();
        }

        @Test
        void pln005FiresWhenTheEndIsBeforeTheStart() {
            Pipeline.Result r = run(clean("TT17/2018").editTask(0, t -> withPeriod(t, "Tháng 3/2025", "Tháng 11/2024")));
            assertThat(r.codes()).containsExactly("PLN-005");
            assertFinding(r.only("PLN-005"), "PLN-005", Severity.WARNING, PLAN, "I2", "30/11/2024", "01/03/2025");
        }

        @Test
        void pln005QuietWhenStartAndEndAreTheSameMonth() {
            assertThat(run(clean("TT17/2018").editTask(0, t -> withPeriod(t, "Tháng 3/2025", "Tháng 3/2025")))
                    .findings()).isEmpty();
        }

        @Test
        void pln006FiresOnATaskWithoutALead() {
            Pipeline.Result r = run(clean("TT17/2018").editTask(1, t -> withLead(t, null)));
            assertThat(r.codes()).containsExactly("PLN-006");
            assertFinding(r.only("PLN-006"), "PLN-006", Severity.WARNING, PLAN, "F3", "Bồi dưỡng năng lực quản lý");
        }

        @Test
        void pln006QuietForLeadAndPartnersInOneCell() {
            assertThat(run(clean("TT17/2018").editTask(1, t -> withLead(t, "Phó hiệu trưởng; các tổ trưởng")))
                    .findings()).isEmpty();
        }

        @Test
        void pln007FiresOnABudgetThatIsNotUnderstood() {
            Pipeline.Result r = run(clean("TT17/2018").editTask(1, t -> withBudget(t, "theo dự toán được duyệt", "Xã hội hóa")));
            assertFinding(r.only("PLN-007"), "PLN-007", Severity.WARNING, PLAN, "J3", "theo dự toán được duyệt",
                    "81 triệu đồng");
        }

        @Test
        void pln007QuietForNumbersAndUsualMoneyWordings() {
            Book b = clean("TT17/2018").editTask(0, t -> withBudget(t, 81_000_000, "Ngân sách nhà nước"))
                    .editTask(1, t -> withBudget(t, "0,02 tỷ đồng", "Xã hội hóa"))
                    .task(PlanWorkbooks.task("1.1", "Họp hội đồng", "Hiệu trưởng", "Tháng 9/2024", "", "Không", ""));
            assertThat(run(b).findings()).isEmpty();
        }

        @Test
        void pln008FiresOnMoneyWithoutASource() {
            Pipeline.Result r = run(clean("TT17/2018").editTask(0, t -> withBudget(t, "81 triệu đồng", null)));
            assertThat(r.codes()).containsExactly("PLN-008");
            assertFinding(r.only("PLN-008"), "PLN-008", Severity.INFO, PLAN, "K2", "81.000.000 đồng");
        }

        @Test
        void pln008QuietWhenTheSourceIsInTheMoneyText() {
            assertThat(run(clean("TT17/2018").editTask(1, t -> withBudget(t, "Xã hội hóa 20 tr", null))).findings())
                    .isEmpty();
        }
    }

    @Nested
    class Funding {

        @Test
        void fin001FiresWhenTheFundingSheetDisagreesWithThePlan() {
            Pipeline.Result r = run(clean("TT17/2018").set(FUNDING, "D2", "90.000.000"));
            assertFinding(r.only("FIN-001"), "FIN-001", Severity.WARNING, FUNDING, "D2", "110.000.000 đồng",
                    "101.000.000 đồng");
        }

        @Test
        void fin001QuietWhenTheFundingSheetWritesTheSameAmountsDifferently() {
            Book b = clean("TT17/2018").set(FUNDING, "D2", "81 triệu").set(FUNDING, "D3", 20_000_000);
            assertThat(run(b).findings()).isEmpty();
        }

        @Test
        void fin002FiresWhenTheDeclaredTotalIsWrong() {
            Pipeline.Result r = run(clean("TT17/2018").info(InfoField.TOTAL_BUDGET, "120 triệu đồng"));
            assertThat(r.codes()).containsExactly("FIN-002");
            assertFinding(r.only("FIN-002"), "FIN-002", Severity.WARNING, INFO, "B18", "120 triệu đồng",
                    "101.000.000 đồng");
        }

        @Test
        void fin002QuietForTheTotalInAnotherNotation() {
            assertThat(run(clean("TT17/2018").info(InfoField.TOTAL_BUDGET, "101.000.000 đ")).findings()).isEmpty();
            assertThat(run(clean("TT17/2018").info(InfoField.TOTAL_BUDGET, 101_000_000)).findings()).isEmpty();
        }

        @Test
        void fin003FiresOnAnAmountAbove100Ty() {
            Book b = clean("TT17/2018").editTask(0, t -> withBudget(t, "150 tỷ đồng", "Ngân sách nhà nước"));
            Pipeline.Result r = run(b);
            assertFinding(r.only("FIN-003"), "FIN-003", Severity.WARNING, PLAN, "J2", "150 tỷ đồng",
                    "150.000.000.000 đồng", "100 tỷ");
        }

        @Test
        void fin003QuietForSeed004sThreeTy() {
            Book b = clean("TT17/2018").editTask(0, t -> withBudget(t, "3 tỷ đồng", "tham mưu UBND huyện"))
                    .set(FUNDING, "D2", "3.000.000.000").info(InfoField.TOTAL_BUDGET, "3,02 tỷ");
            assertThat(run(b).findings()).isEmpty();
        }
    }

}
