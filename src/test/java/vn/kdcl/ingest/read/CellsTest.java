package vn.kdcl.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.kdcl.text.TextSamples;
import vn.kdcl.text.VietText;

class CellsTest {

    @Test
    void cleansExactlyLikeVietText() throws Exception {
        List<String> samples = TextSamples.withSeedsAndNfd(List.of("Hiệu trưởng", " Hiệu trưởng", "Hiệu  trưởng", "Hiệu trưởng\u00A0",
                "a\nb", "a \nb", "a\n b", "\nab", "ab\n", "a\tb", "a\r\nb", "“Mã trường” – 2024", "x\u2003y", "\u2003x",
                "Tr−êng Hµ Néi", "e\u0301", "A\u030A", "\u1E9B\u0323", "中文 Привет", "\u00C5", "\u212B", ""), true);
        for (String s : samples) {
            assertThat(Cells.clean(s)).as("clean of [%s]", s).isEqualTo(VietText.clean(s));
        }
    }

    @Test
    void refsAndNumbers() {
        assertThat(Cells.ref(0, 0)).isEqualTo("A1");
        assertThat(Cells.ref(11, 27)).isEqualTo("AB12");
        assertThat(Cells.ref(0, 100)).isEqualTo("CW1");
        assertThat(Cells.numberText(81_000_000)).isEqualTo("81000000");
        assertThat(Cells.numberText(1.5)).isEqualTo("1.5");
        assertThat(Cells.numberText(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    }

    @Test
    void aWrittenReferenceIsReusedOnlyWhenItIsExactlyTheCells() {
        assertThat(Cells.isRef("A1", 0, 0)).isTrue();
        assertThat(Cells.isRef("AB12", 11, 27)).isTrue();
        assertThat(Cells.isRef("AB12", 11, 1)).isFalse();
        assertThat(Cells.isRef("B12", 11, 27)).isFalse();
        assertThat(Cells.isRef("AB13", 11, 27)).isFalse();
        assertThat(Cells.isRef("ab12", 11, 27)).as("lower case is read but not kept").isFalse();
        assertThat(Cells.isRef("$AB$12", 11, 27)).isFalse();
        assertThat(Cells.isRef("AB012", 11, 27)).isFalse();
        assertThat(Cells.isRef("AB", 11, 27)).isFalse();
        assertThat(Cells.isRef("AB12x", 11, 27)).isFalse();
        assertThat(Cells.isRef("CW1", 0, 100)).as("beyond the columns read").isFalse();
    }

    @Test
    void wholeNumbersAreReadWithoutParseDoubleAndAgreeWithIt() {
        for (String s : List.of("0", "7", "45536", "81000000", "999999999999999")) {
            assertThat(XlsxLoader.wholeNumber(s)).isEqualTo((long) Double.parseDouble(s));
            assertThat(Cells.numberText(XlsxLoader.wholeNumber(s))).isEqualTo(s);
        }
        for (String s : List.of("", "007", "1.5", "1e5", "-3", " 12", "1000000000000000", "12a", ".0", "1.00", "5.0E7",
                "007.0", "1.0.0")) {
            assertThat(XlsxLoader.wholeNumber(s)).as(s).isEqualTo(-1);
        }
    }

    @Test
    void wholeNumbersWrittenWithPointZeroAreWholeToo() {
        // POI and other libraries write Double.toString: "45536.0" where Excel writes "45536"
        for (String s : List.of("0.0", "1.0", "45536.0", "9999999.0")) {
            assertThat(XlsxLoader.wholeNumber(s)).as(s).isEqualTo((long) Double.parseDouble(s));
        }
    }

    @Test
    void excelDatesAgreeWithPoiForEveryDayAndBothWindows() {
        for (boolean date1904 : new boolean[] {false, true}) {
            for (int serial = 0; serial <= 110_000; serial++) {
                assertThat(Cells.excelDate(serial, date1904)).as("%d (1904: %s)", serial, date1904)
                        .isEqualTo(org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(serial, date1904).toLocalDate());
            }
            for (double serial : new double[] {45536.25, 45536.9999999, 59.5, 60.5, 61.0001, 0.5, 2_958_465.0}) {
                assertThat(Cells.excelDate(serial, date1904)).as("%s (1904: %s)", serial, date1904)
                        .isEqualTo(org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(serial, date1904).toLocalDate());
            }
        }
        assertThat(Cells.excelDate(45536, false)).isEqualTo(java.time.LocalDate.of(2024, 9, 1));
        assertThat(Cells.excelDate(44074, true)).isEqualTo(java.time.LocalDate.of(2024, 9, 1));
    }
}
