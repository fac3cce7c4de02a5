package vn.kdcl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.kdcl.ingest.read.CellValue;

class CriterionCodesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "1.1|1.1", "Tiêu chí 1.1.|1.1", "TC 3.3|3.3", "Tiêu chí 3. 5|3.5", "Tiêu chí 1.10|1.10",
            // seed 001 names criteria by number within a standard
            "Tiêu chí 2 - Tiêu chuẩn III|3.2", "tiêu chí 3 của tiêu chuẩn II|2.3", "Tiêu chí 4 thuộc Tiêu chuẩn 5|5.4",
            "Tiêu chuẩn 2, tiêu chí 3|2.3", "TIÊU CHÍ 1 TIÊU CHUẨN IV|4.1",
            "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường|null", "Tiêu chí 2|null", "Mức 2|null",
            // plain codes take a shortcut past the regex: the same answers, leading zeros dropped
            "5.10|5.10", "12.3|12.3", "01.1|1.1", "1.01|1.1", "1.0|1.0", "1.100|null", "123.1|null", "1.|null",
            ".1|null", "1,1|1.1", "1.1a|1.1"})
    void readsCriterionCodes(String text, String code) {
        assertThat(CriterionCodes.code(new CellValue(text, null, null, "s", "A1"))).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "M4.2|2", "m4.1|1", "  Mức 4 - Tiêu chí 3|3", "MỨC 4: 5|5", "Mức4.6|6", "1.1|null", "4.2|null",
            "Mức 3|null", "Tiêu chí M4.1|null", "M|null"})
    void readsLevel4References(String text, Integer n) {
        assertThat(CriterionCodes.level4(new CellValue(text, null, null, "s", "A1"))).isEqualTo(n);
    }
}
