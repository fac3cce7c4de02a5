package vn.kdcl.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchoolYearTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-2025                | 2024
            2024 - 2025              | 2024
            2024–2025                | 2024
            2024—2025                | 2024
            2024/2025                | 2024
            Năm học 2024-2025        | 2024
            NĂM HỌC 2023-2024        | 2023
            Năm học 2021 – 2022      | 2021
            Năm học 2022 - 2023      | 2022
            năm học 2021-⏎⏎2022      | 2021
            2024-25                  | 2024
            1999-00                  | 1999
            Kế hoạch năm học 2023 - 2024; | 2023
            """)
    void parsesSchoolYears(String text, int start) {
        for (String v : Variants.of(text)) {
            assertThat(SchoolYear.parse(v)).as(v).contains(new SchoolYear(start));
            assertThat(SchoolYear.isValid(v)).as(v).isTrue();
            assertThat(SchoolYear.read(v).text()).isEqualTo(v);
        }
    }

    @ParameterizedTest(name = "{0} is not a school year ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            2003-2024           | NOT_CONSECUTIVE
            2013-2024           | NOT_CONSECUTIVE
            Năm học 2003-2024   | NOT_CONSECUTIVE
            2021-2026           | NOT_CONSECUTIVE
            2025-2024           | NOT_CONSECUTIVE
            2024                | NOT_UNDERSTOOD
            Năm học             | NOT_UNDERSTOOD
            ''                  | BLANK
            """)
    void rejectsOtherText(String text, SchoolYear.Reading.Status status) {
        SchoolYear.Reading r = SchoolYear.read(text);
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.value()).isNull();
        assertThat(SchoolYear.isValid(text)).isFalse();
        assertThat(SchoolYear.parse(text)).isEmpty();
        assertThat(SchoolYear.isMalformedPair(text)).isEqualTo(status == SchoolYear.Reading.Status.NOT_CONSECUTIVE);
    }

    @Test
    void typoOfSeed004KeepsTheYearsFound() {
        SchoolYear.Reading r = SchoolYear.read("2013-2024");
        assertThat(r.firstYear()).isEqualTo(2013);
        assertThat(r.secondYear()).isEqualTo(2024);
        assertThat(r.text()).isEqualTo("2013-2024");
    }

    @Test
    void runsFromFirstSeptemberToThirtyFirstAugust() {
        SchoolYear y = new SchoolYear(2024);
        assertThat(y.start()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(y.end()).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(y.label()).isEqualTo("2024-2025");
        assertThat(y.contains(LocalDate.of(2025, 8, 31))).isTrue();
        assertThat(y.contains(LocalDate.of(2024, 8, 31))).isFalse();
        assertThat(SchoolYear.containing(LocalDate.of(2025, 1, 15))).isEqualTo(y);
        assertThat(SchoolYear.containing(LocalDate.of(2024, 9, 1))).isEqualTo(y);
        assertThat(SchoolYear.isValid(2024, 2025)).isTrue();
        assertThat(SchoolYear.isValid(2003, 2024)).isFalse();
        assertThatThrownBy(() -> new SchoolYear(203)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} → {1}..{2}")
    @CsvSource(delimiter = '|', textBlock = """
            2021-2026               | 2021-09-01 | 2026-08-31
            Giai đoạn 2021-2026     | 2021-09-01 | 2026-08-31
            2021 - 2026             | 2021-09-01 | 2026-08-31
            Giai đoạn 2025–2030     | 2025-09-01 | 2030-08-31
            GIAI ĐOẠN 2020-2025     | 2020-09-01 | 2025-08-31
            """)
    void parsesPlanPeriods(String text, LocalDate start, LocalDate end) {
        for (String v : Variants.of(text)) {
            PlanPeriod p = PlanPeriod.parse(v).orElseThrow();
            assertThat(p.start()).isEqualTo(start);
            assertThat(p.end()).isEqualTo(end);
        }
    }

    @Test
    void planPeriodRejectsImplausibleSpansAndContainsItsYears() {
        assertThat(PlanPeriod.parse("2003-2024")).isEmpty();
        assertThat(PlanPeriod.parse("2026-2021")).isEmpty();
        assertThat(PlanPeriod.parse("Giai đoạn")).isEmpty();
        PlanPeriod p = PlanPeriod.parse("Giai đoạn 2021-2026").orElseThrow();
        assertThat(p.contains(new SchoolYear(2025))).isTrue();
        assertThat(p.contains(new SchoolYear(2026))).isFalse();
        assertThat(p.label()).isEqualTo("2021-2026");
    }
}
