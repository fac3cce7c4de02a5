package vn.kdcl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.kdcl.ingest.read.CellValue;

class PeriodParserTest {

    private final PeriodParser parser = new PeriodParser();

    /** Columns: text | school year of the plan | start | end | kind. "⏎" is a line break inside the cell. */
    @ParameterizedTest(name = "[{1}] {0} → {2}..{3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            Tháng 10/2022                      | 2021 | 2022-10-01 | 2022-10-31 | MONTH
            Tháng⏎10/2022                      | 2021 | 2022-10-01 | 2022-10-31 | MONTH
            Tháng⏎9/2021                       | 2021 | 2021-09-01 | 2021-09-30 | MONTH
            Tháng⏎8/2021                       | 2021 | 2021-08-01 | 2021-08-31 | MONTH
            Tháng⏎5/2022                       | 2021 | 2022-05-01 | 2022-05-31 | MONTH
            10/2022                            | 2022 | 2022-10-01 | 2022-10-31 | MONTH
            6/2025                             | 2024 | 2025-06-01 | 2025-06-30 | MONTH
            01/2025                            | 2024 | 2025-01-01 | 2025-01-31 | MONTH
            Tháng 10 năm 2023                  | 2023 | 2023-10-01 | 2023-10-31 | MONTH
            Tháng 2/2024                       | 2023 | 2024-02-01 | 2024-02-29 | MONTH
            Tháng 10                           | 2024 | 2024-10-01 | 2024-10-31 | MONTH
            Tháng 3                            | 2024 | 2025-03-01 | 2025-03-31 | MONTH
            'Tháng 9, 10/2023'                 | 2023 | 2023-09-01 | 2023-10-31 | MONTH
            Tháng⏎⏎ 8/2022                     | 2022 | 2022-08-01 | 2022-08-31 | MONTH
            Tháng⏎⏎9->10/2022                  | 2022 | 2022-09-01 | 2022-10-31 | MONTH
            Tháng⏎⏎11->12 /2022                | 2022 | 2022-11-01 | 2022-12-31 | MONTH
            Tháng⏎⏎ 1->2/2023                  | 2022 | 2023-01-01 | 2023-02-28 | MONTH
            Tháng⏎⏎3-> 4/2023                  | 2022 | 2023-03-01 | 2023-04-30 | MONTH
            Tháng⏎⏎5->⏎⏎6/2023                 | 2022 | 2023-05-01 | 2023-06-30 | MONTH
            9→10/2022                          | 2022 | 2022-09-01 | 2022-10-31 | MONTH
            Tháng 11/2024 - 1/2025             | 2024 | 2024-11-01 | 2025-01-31 | RANGE
            Tháng 9 đến tháng 5/2022           | 2021 | 2021-09-01 | 2022-05-31 | MONTH
            9/2022 - 5/2023                    | 2022 | 2022-09-01 | 2023-05-31 | RANGE
            9/2022 – 5/2023                    | 2022 | 2022-09-01 | 2023-05-31 | RANGE
            Từ 8/2023 Đến 5/2024               | 2023 | 2023-08-01 | 2024-05-31 | RANGE
            Từ 8/2023 ⏎⏎Đến ⏎⏎5/2024           | 2023 | 2023-08-01 | 2024-05-31 | RANGE
            từ tháng 9/2023 đến tháng 5/2024   | 2023 | 2023-09-01 | 2024-05-31 | RANGE
            Tháng⏎9/2021⏎⏎đến⏎tháng⏎⏎5/2022    | 2021 | 2021-09-01 | 2022-05-31 | RANGE
            Quý 1/2024                         | 2023 | 2024-01-01 | 2024-03-31 | QUARTER
            Quý ⏎⏎1/2024                       | 2023 | 2024-01-01 | 2024-03-31 | QUARTER
            Quý I/2024                         | 2023 | 2024-01-01 | 2024-03-31 | QUARTER
            Quý IV năm 2024                    | 2024 | 2024-10-01 | 2024-12-31 | QUARTER
            QUÝ II/2025                        | 2024 | 2025-04-01 | 2025-06-30 | QUARTER
            Quý 1                              | 2023 | 2024-01-01 | 2024-03-31 | QUARTER
            Quý 4                              | 2023 | 2023-10-01 | 2023-12-31 | QUARTER
            Năm 2024                           | 2023 | 2024-01-01 | 2024-12-31 | CALENDAR_YEAR
            2026                               | 2024 | 2026-01-01 | 2026-12-31 | CALENDAR_YEAR
            2025                               | 2024 | 2025-01-01 | 2025-12-31 | CALENDAR_YEAR
            2024-2025                          | 2024 | 2024-09-01 | 2025-08-31 | SCHOOL_YEAR
            2023-2024                          | 2024 | 2023-09-01 | 2024-08-31 | SCHOOL_YEAR
            2024 - 2025                        | 2024 | 2024-09-01 | 2025-08-31 | SCHOOL_YEAR
            2024–2025                          | 2024 | 2024-09-01 | 2025-08-31 | SCHOOL_YEAR
            2024-25                            | 2024 | 2024-09-01 | 2025-08-31 | SCHOOL_YEAR
            Năm học 2024-2025                  | 2024 | 2024-09-01 | 2025-08-31 | SCHOOL_YEAR
            Cả năm học 2024-2025               | 2024 | 2024-09-01 | 2025-08-31 | SCHOOL_YEAR
            Từ năm ⏎⏎học 2023-⏎⏎2024           | 2023 | 2023-09-01 | 2024-08-31 | SCHOOL_YEAR
            HK I                               | 2024 | 2024-09-01 | 2025-01-31 | SEMESTER
            HKI                                | 2024 | 2024-09-01 | 2025-01-31 | SEMESTER
            HK1                                | 2024 | 2024-09-01 | 2025-01-31 | SEMESTER
            Học kỳ I                           | 2024 | 2024-09-01 | 2025-01-31 | SEMESTER
            Học kì 1                           | 2024 | 2024-09-01 | 2025-01-31 | SEMESTER
            HK II                              | 2024 | 2025-01-01 | 2025-05-31 | SEMESTER
            HKII                               | 2024 | 2025-01-01 | 2025-05-31 | SEMESTER
            Học kỳ II                          | 2024 | 2025-01-01 | 2025-05-31 | SEMESTER
            HỌC KỲ 2                           | 2024 | 2025-01-01 | 2025-05-31 | SEMESTER
            HK I năm học 2023-2024             | 2024 | 2023-09-01 | 2024-01-31 | SEMESTER
            'HK I, HK II'                      | 2024 | 2024-09-01 | 2025-05-31 | RANGE
            Thường xuyên                       | 2024 | 2024-09-01 | 2025-08-31 | WHOLE_SCHOOL_YEAR
            THƯỜNG XUYÊN                       | 2024 | 2024-09-01 | 2025-08-31 | WHOLE_SCHOOL_YEAR
            Cả năm                             | 2024 | 2024-09-01 | 2025-08-31 | WHOLE_SCHOOL_YEAR
            Cả năm học                         | 2024 | 2024-09-01 | 2025-08-31 | WHOLE_SCHOOL_YEAR
            Hằng tháng                         | 2024 | 2024-09-01 | 2025-08-31 | WHOLE_SCHOOL_YEAR
            Hàng tháng                         | 2024 | 2024-09-01 | 2025-08-31 | WHOLE_SCHOOL_YEAR
            Trong năm học                      | 2024 | 2024-09-01 | 2025-08-31 | WHOLE_SCHOOL_YEAR
            'Dịp 22/12, 30/4, 27/7'            | 2024 | 2024-12-22 | 2025-07-27 | OCCASIONS
            'Địp 22/12, 30/4, 27/7'            | 2024 | 2024-12-22 | 2025-07-27 | OCCASIONS
            Dịp 20/11                          | 2024 | 2024-11-20 | 2024-11-20 | OCCASIONS
            Giai đoạn 2025-2030                | 2024 | 2025-09-01 | 2030-08-31 | PLAN_PERIOD
            Giai đoạn 2021 - 2026              | 2024 | 2021-09-01 | 2026-08-31 | PLAN_PERIOD
            2021-2026                          | 2024 | 2021-09-01 | 2026-08-31 | PLAN_PERIOD
            15/10/2024                         | 2024 | 2024-10-15 | 2024-10-15 | DAY
            15-10-2024                         | 2024 | 2024-10-15 | 2024-10-15 | DAY
            15.10.2024                         | 2024 | 2024-10-15 | 2024-10-15 | DAY
            Ngày 15 tháng 10 năm 2024          | 2024 | 2024-10-15 | 2024-10-15 | DAY
            20/11                              | 2024 | 2024-11-20 | 2024-11-20 | DAY
            Thực hiện từ tháng 9/2023          | 2023 | 2023-09-01 | 2024-08-31 | OPEN_ENDED
            Bắt đầu từ 10/2024                 | 2024 | 2024-10-01 | 2025-08-31 | OPEN_ENDED
            Hoàn thành trong tháng 12/2024     | 2024 | 2024-12-01 | 2024-12-31 | MONTH
            """)
    void readsPeriods(String text, int schoolYear, LocalDate start, LocalDate end, Period.Kind kind) {
        for (String v : Variants.of(text)) {
            Period p = parser.parse(v, new SchoolYear(schoolYear));
            assertThat(p.status()).as(v).isEqualTo(ParseStatus.OK);
            assertThat(p.start()).as(v).isEqualTo(start);
            assertThat(p.end()).as(v).isEqualTo(end);
            assertThat(p.kind()).as(v).isEqualTo(kind);
            assertThat(p.text()).as(v).isEqualTo(v);
        }
    }

    @ParameterizedTest(name = "{0} is not understood")
    @CsvSource(delimiter = '|', textBlock = """
            Khi có kinh phí
            Theo kế hoạch
            Từ năm ⏎⏎học 2013-⏎⏎2024
            Năm học 2003-2024
            Tháng 13/2024
            31/2/2024
            32/12
            Quý 5/2024
            """)
    void keepsTextItCannotRead(String text) {
        for (String v : Variants.of(text)) {
            Period p = parser.parse(v, new SchoolYear(2023));
            assertThat(p.status()).as(v).isEqualTo(ParseStatus.NOT_UNDERSTOOD);
            assertThat(p.start()).isNull();
            assertThat(p.end()).isNull();
            assertThat(p.text()).isEqualTo(v);
        }
    }

    @ParameterizedTest(name = "{0} needs a school year")
    @CsvSource(delimiter = '|', textBlock = """
            HK I
            Thường xuyên
            'Dịp 22/12, 30/4'
            Tháng 10
            Quý 1
            """)
    void relativeExpressionsNeedAContext(String text) {
        assertThat(parser.parse(text, null).status()).isEqualTo(ParseStatus.NOT_UNDERSTOOD);
    }

    @Test
    void occasionsKeepTheirDaysInsideTheSchoolYear() {
        Period p = parser.parse("Địp 22/12, 30/4, 27/7", new SchoolYear(2024));
        assertThat(p.days()).containsExactly(LocalDate.of(2024, 12, 22), LocalDate.of(2025, 4, 30), LocalDate.of(2025, 7, 27));
    }

    @Test
    void blankIsNone() {
        assertThat(parser.parse("", new SchoolYear(2024)).status()).isEqualTo(ParseStatus.NONE);
        assertThat(parser.parse(" \u00A0 ", new SchoolYear(2024)).status()).isEqualTo(ParseStatus.NONE);
        assertThat(parser.parse((String) null, new SchoolYear(2024)).status()).isEqualTo(ParseStatus.NONE);
    }

    @Test
    void wholeYearWordsFallBackToThePlanPeriod() {
        PlanPeriod plan = new PlanPeriod(2021, 2026);
        Period p = parser.parse("Thường xuyên", null, plan);
        assertThat(p.start()).isEqualTo(LocalDate.of(2021, 9, 1));
        assertThat(p.end()).isEqualTo(LocalDate.of(2026, 8, 31));
    }

    @Test
    void realExcelDatesAreDays() {
        LocalDate d = LocalDate.of(2024, 10, 15);
        Period p = parser.parse(new CellValue("15/10/2024", 45580.0, d, "KH", "H5"), new SchoolYear(2024), null);
        assertThat(p.start()).isEqualTo(d);
        assertThat(p.end()).isEqualTo(d);
        assertThat(p.kind()).isEqualTo(Period.Kind.DAY);
        assertThat(p.text()).isEqualTo("15/10/2024");
        assertThat(parser.parse("", d, null, null).text()).isEqualTo("2024-10-15");
    }

    @Test
    void combinesStartAndEndCells() {
        SchoolYear sy = new SchoolYear(2024);
        CellValue start = new CellValue("01/09/2024", 45536.0, LocalDate.of(2024, 9, 1), "KH", "H5");
        CellValue end = new CellValue("Tháng 5/2025", null, null, "KH", "I5");
        Period p = parser.combine(start, end, sy, null);
        assertThat(p.status()).isEqualTo(ParseStatus.OK);
        assertThat(p.start()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(p.end()).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(p.kind()).isEqualTo(Period.Kind.RANGE);
        assertThat(p.text()).isEqualTo("01/09/2024 – Tháng 5/2025");
        assertThat(p.endsBeforeStart()).isFalse();
    }

    @Test
    void combineWithOneFreeTextCellHoldingBoth() {
        SchoolYear sy = new SchoolYear(2023);
        Period p = parser.combine(new CellValue("Từ 8/2023 Đến 5/2024", null, null, "KH", "H5"),
                CellValue.blank("KH", "I5"), sy, null);
        assertThat(p.start()).isEqualTo(LocalDate.of(2023, 8, 1));
        assertThat(p.end()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(p.text()).isEqualTo("Từ 8/2023 Đến 5/2024");
        Period onlyEnd = parser.combine(CellValue.blank("KH", "H5"), new CellValue("HK II", null, null, "KH", "I5"), sy, null);
        assertThat(onlyEnd.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(onlyEnd.end()).isEqualTo(LocalDate.of(2024, 5, 31));
    }

    @Test
    void combineReportsEndBeforeStartAndKeepsWhatItUnderstood() {
        SchoolYear sy = new SchoolYear(2024);
        Period reversed = parser.combine(parser.parse("5/2025", sy), parser.parse("9/2024", sy));
        assertThat(reversed.endsBeforeStart()).isTrue();
        Period half = parser.combine(parser.parse("Khi có kinh phí", sy), parser.parse("5/2025", sy));
        assertThat(half.status()).isEqualTo(ParseStatus.NOT_UNDERSTOOD);
        assertThat(half.start()).isNull();
        assertThat(half.end()).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(half.text()).isEqualTo("Khi có kinh phí – 5/2025");
        assertThat(parser.combine((Period) null, null).status()).isEqualTo(ParseStatus.NONE);
    }

    @Test
    void withinHelpsThePlanCheck() {
        SchoolYear sy = new SchoolYear(2022);
        assertThat(parser.parse("Tháng 10/2022", sy).within(sy.start(), sy.end())).isTrue();
        assertThat(parser.parse("Tháng 10/2023", sy).within(sy.start(), sy.end())).isFalse();
        assertThat(parser.parse("Tháng 10/2023", sy).days()).isEqualTo(List.of());
    }
}
