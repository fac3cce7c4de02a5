package vn.kdcl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.kdcl.ingest.read.CellValue;

class MoneyParserTest {

    private final MoneyParser parser = new MoneyParser();

    /** Columns: text | header says "(triệu đồng)" | đồng (empty = null) | status | flags (space separated). */
    @ParameterizedTest(name = "[{1}] {0} → {2} {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            81 triệu đồng                                   | false | 81000000   | OK | ''
            81 triệu⏎đồng                                   | false | 81000000   | OK | ''
            494.510.000 đồng                                | false | 494510000  | OK | ''
            494.510.000⏎đồng  (Công⏎tác sữa chữa⏎điểm  329-⏎331  Phạm⏎Ngũ Lão) | false | 494510000 | OK | IGNORED_NUMBERS
            494,510,000                                     | false | 494510000  | OK | COMMA_THOUSANDS
            494,510,000 đồng                                | false | 494510000  | OK | COMMA_THOUSANDS
            1,5 tỷ                                          | false | 1500000000 | OK | ''
            1.5 tỷ                                          | false | 1500000000 | OK | DECIMAL_DOT
            1,500 tỷ                                        | false | 1500000000 | OK | ''
            2 tỉ                                            | false | 2000000000 | OK | ''
            3 tỷ đồng                                       | false | 3000000000 | OK | ''
            3 tỷ⏎đồng                                       | false | 3000000000 | OK | ''
            350 triệu                                       | false | 350000000  | OK | ''
            350 ⏎⏎triệu ⏎⏎đồng                              | false | 350000000  | OK | ''
            10 tr                                           | false | 10000000   | OK | ''
            10 tr.                                          | false | 10000000   | OK | ''
            10 trđ                                          | false | 10000000   | OK | ''
            10 tr.đ                                         | false | 10000000   | OK | ''
            10tr                                            | false | 10000000   | OK | ''
            150 tr                                          | false | 150000000  | OK | ''
            100 tr từ ngân sách cấp công tác đào tạo        | false | 100000000  | OK | ''
            200 tr (nguồn Sở cấp)                           | false | 200000000  | OK | ''
            Xã hội hóa 50 tr                                | false | 50000000   | OK | ''
            50 tr từ ngân sách đơn vị                       | false | 50000000   | OK | ''
            20 tr nguồn ngân sách                           | false | 20000000   | OK | ''
            5 tr từ nguồn đóng góp tự nguyện đoàn viên      | false | 5000000    | OK | ''
            30 tr từ nguồn xã hội hóa                       | false | 30000000   | OK | ''
            100 tr (tham mưu Sở GDĐT)                       | false | 100000000  | OK | ''
            100 tr từ ngân sách                             | false | 100000000  | OK | ''
            20 tr từ nguồn xã hội hóa                       | false | 20000000   | OK | ''
            Khoảng 50 triệu                                 | false | 50000000   | OK | ''
            2,5 triệu                                       | false | 2500000    | OK | ''
            0,5 tr                                          | false | 500000     | OK | ''
            1,2345 tỷ                                       | false | 1234500000 | OK | ''
            500 nghìn                                       | false | 500000     | OK | ''
            500 ngàn đồng                                   | false | 500000     | OK | ''
            50k                                             | false | 50000      | OK | ''
            1.500.000 VNĐ                                   | false | 1500000    | OK | ''
            1.500.000 VND                                   | false | 1500000    | OK | ''
            1.500.000đ                                      | false | 1500000    | OK | ''
            1 500 000 đồng                                  | false | 1500000    | OK | ''
            1.234.567,5 đồng                                | false | 1234568    | OK | ''
            1,234,567.5                                     | false | 1234568    | OK | COMMA_THOUSANDS
            50,000 đ                                        | false | 50000      | OK | COMMA_THOUSANDS
            50000000                                        | false | 50000000   | OK | ''
            50 tr + 30 tr                                   | false | 80000000   | OK | SUMMED
            50tr+30tr                                       | false | 80000000   | OK | SUMMED
            NSNN 50 tr; XHH 30 tr                           | false | 80000000   | OK | SUMMED
            1 tỷ 200 triệu                                  | false | 1200000000 | OK | ''
            1 tỷ 200 triệu đồng                             | false | 1200000000 | OK | ''
            Không                                           | false | 0          | NONE | ''
            KHÔNG                                           | false | 0          | NONE | ''
            Không có                                        | false | 0          | NONE | ''
            Không cần kinh phí                              | false | 0          | NONE | ''
            0                                               | false | 0          | NONE | ''
            0 đồng                                          | false | 0          | NONE | ''
            -                                               | false | 0          | NONE | ''
            –                                               | false | 0          | NONE | ''
            ''                                              | false | null       | NONE | ''
            '   '                                           | false | null       | NONE | ''
            Theo thực tế                                    | false | null       | NOT_UNDERSTOOD | ''
            Xã hội hóa                                      | false | null       | NOT_UNDERSTOOD | ''
            Theo TT 02/2010                                 | false | null       | NOT_UNDERSTOOD | ''
            50 - 100 tr                                     | false | null       | NOT_UNDERSTOOD | RANGE_OR_PRODUCT
            50tr-100tr                                      | false | null       | NOT_UNDERSTOOD | RANGE_OR_PRODUCT
            5 tr x 10 lớp                                   | false | null       | NOT_UNDERSTOOD | RANGE_OR_PRODUCT
            50                                              | false | null       | NOT_UNDERSTOOD | AMBIGUOUS_UNIT
            1.5                                             | false | null       | NOT_UNDERSTOOD | DECIMAL_DOT AMBIGUOUS_UNIT
            10                                              | true  | 10000000   | OK | MILLIONS_FROM_HEADER
            150                                             | true  | 150000000  | OK | MILLIONS_FROM_HEADER
            1,5                                             | true  | 1500000    | OK | MILLIONS_FROM_HEADER
            1.5                                             | true  | 1500000    | OK | DECIMAL_DOT MILLIONS_FROM_HEADER
            10 + 20                                         | true  | 30000000   | OK | SUMMED MILLIONS_FROM_HEADER
            10 tr                                           | true  | 10000000   | OK | ''
            Xã hội hóa 50 tr                                | true  | 50000000   | OK | ''
            81 triệu đồng                                   | true  | 81000000   | OK | ''
            500 nghìn                                       | true  | 500000     | OK | ''
            494.510.000                                     | true  | 494510000  | OK | DONG_UNDER_MILLIONS_HEADER
            494.510.000 đồng                                | true  | 494510000  | OK | ''
            0                                               | true  | 0          | NONE | ''
            Không                                           | true  | 0          | NONE | ''
            Theo thực tế                                    | true  | null       | NOT_UNDERSTOOD | ''
            """)
    void readsMoney(String text, boolean millions, Long dong, ParseStatus status, String flags) {
        for (String v : Variants.of(text)) {
            Money m = parser.parse(v, millions);
            assertThat(m.dong()).as(v).isEqualTo(dong);
            assertThat(m.status()).as(v).isEqualTo(status);
            assertThat(m.flags()).as(v).isEqualTo(flags(flags));
            assertThat(m.text()).as(v).isEqualTo(v);
        }
    }

    /** Columns: number | header says millions | đồng | status | flags. */
    @ParameterizedTest(name = "numeric [{1}] {0} → {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            10           | true  | 10000000  | OK   | NUMERIC_CELL MILLIONS_FROM_HEADER
            1.5          | true  | 1500000   | OK   | NUMERIC_CELL MILLIONS_FROM_HEADER
            0.1234567    | true  | 123457    | OK   | NUMERIC_CELL MILLIONS_FROM_HEADER
            494510000    | true  | 494510000 | OK   | NUMERIC_CELL DONG_UNDER_MILLIONS_HEADER
            494510000    | false | 494510000 | OK   | NUMERIC_CELL
            81000000     | false | 81000000  | OK   | NUMERIC_CELL
            10000        | false | 10000     | OK   | NUMERIC_CELL
            50           | false | null      | NOT_UNDERSTOOD | NUMERIC_CELL AMBIGUOUS_UNIT
            9999.99      | false | null      | NOT_UNDERSTOOD | NUMERIC_CELL AMBIGUOUS_UNIT
            0            | false | 0         | NONE | NUMERIC_CELL
            0            | true  | 0         | NONE | NUMERIC_CELL
            """)
    void readsNumericCells(double number, boolean millions, Long dong, ParseStatus status, String flags) {
        Money m = parser.parse(new CellValue("", number, null, "Kế hoạch cải tiến", "J7"), millions);
        assertThat(m.dong()).isEqualTo(dong);
        assertThat(m.status()).isEqualTo(status);
        assertThat(m.flags()).isEqualTo(flags(flags));
        assertThat(m.text()).isNotBlank();
    }

    @Test
    void numericCellKeepsItsDisplayedText() {
        Money m = parser.parse("10", 10.0, true);
        assertThat(m.text()).isEqualTo("10");
        assertThat(m.dong()).isEqualTo(10_000_000L);
        assertThat(parser.parse(null, 25.0, true).text()).isEqualTo("25");
        assertThat(parser.parse((String) null, false).status()).isEqualTo(ParseStatus.NONE);
    }

    @ParameterizedTest(name = "header {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Dự kiến kinh phí (triệu đồng)     | true
            DỰ KIẾN KINH PHÍ⏎(TRIỆU ĐỒNG)     | true
            Kinh phí (tr.đ)                   | true
            Kinh phí (trđ)                    | true
            Dự kiến kinh phí                  | false
            Kinh phí (đồng)                   | false
            Số tiền                           | false
            """)
    void recognisesMillionHeaders(String header, boolean millions) {
        for (String v : Variants.of(header)) {
            assertThat(MoneyParser.headerSaysMillions(v)).as(v).isEqualTo(millions);
        }
    }

    private static Set<Money.Flag> flags(String names) {
        if (names == null || names.isBlank()) {
            return EnumSet.noneOf(Money.Flag.class);
        }
        return Arrays.stream(names.trim().split("\\s+")).map(Money.Flag::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Money.Flag.class)));
    }
}
