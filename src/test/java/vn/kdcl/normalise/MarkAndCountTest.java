package vn.kdcl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.kdcl.ingest.read.CellValue;

class MarkAndCountTest {

    private final MarkParser marks = new MarkParser();
    private final LevelParser levels = new LevelParser();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Đạt         | MET
            đạt         | MET
            ĐẠT         | MET
            Đạt.        | MET
            x           | MET
            X           | MET
            ✓           | MET
            ✔           | MET
            v           | MET
            1           | MET
            TRUE        | MET
            Không đạt   | NOT_MET
            KHÔNG ĐẠT   | NOT_MET
            KĐ          | NOT_MET
            0           | NOT_MET
            FALSE       | NOT_MET
            Chưa đạt    | NOT_MET
            ''          | BLANK
            '  '        | BLANK
            —           | NOT_APPLICABLE
            -           | NOT_APPLICABLE
            –           | NOT_APPLICABLE
            N/A         | NOT_APPLICABLE
            Không có    | NOT_APPLICABLE
            Tốt         | UNKNOWN
            Mức 2       | UNKNOWN
            2           | UNKNOWN
            """)
    void readsMarks(String text, Mark expected) {
        for (String v : Variants.of(text)) {
            MarkReading r = marks.parse(v);
            assertThat(r.mark()).as(v).isEqualTo(expected);
            assertThat(r.text()).isEqualTo(v);
        }
    }

    @Test
    void numericMarkCells() {
        assertThat(marks.parse(new CellValue("1", 1.0, null, "KQ", "D5")).mark()).isEqualTo(Mark.MET);
        assertThat(marks.parse(new CellValue("0", 0.0, null, "KQ", "D5")).mark()).isEqualTo(Mark.NOT_MET);
        assertThat(marks.parse(new CellValue("2", 2.0, null, "KQ", "D5")).mark()).isEqualTo(Mark.UNKNOWN);
        assertThat(marks.parse(CellValue.blank("KQ", "D5")).mark()).isEqualTo(Mark.BLANK);
    }

    /** Columns: text | count | total | percent. */
    @ParameterizedTest(name = "{0} → {1}/{2} {3}%")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            27/27                               | 27   | 27   | null
            4/19                                | 4    | 19   | null
            0/5                                 | 0    | 5    | null
            34/36 (95,54%)                      | 34   | 36   | 95.54
            34/36                 Tỷ lệ : 95,54 % | 34 | 36   | 95.54
            2/36       Tỷ lệ : 6,56 %           | 2    | 36   | 6.56
            4/19 tỷ lệ 21,1%                    | 4    | 19   | 21.1
            27/27 tỷ lệ 100%                    | 27   | 27   | 100
            Mức 3: 4/19                         | 4    | 19   | null
            34                                  | 34   | null | null
            34 tiêu chí                         | 34   | null | null
            95.54%                              | null | null | 95.54
            95,54 %                             | null | null | 95.54
            """)
    void readsDeclaredCounts(String text, Integer count, Integer total, BigDecimal percent) {
        for (String v : Variants.of(text)) {
            DeclaredCount c = DeclaredCount.parse(v);
            assertThat(c.status()).as(v).isEqualTo(ParseStatus.OK);
            assertThat(c.count()).as(v).isEqualTo(count);
            assertThat(c.total()).as(v).isEqualTo(total);
            if (percent == null) {
                assertThat(c.percent()).as(v).isNull();
            } else {
                assertThat(c.percent()).as(v).isEqualByComparingTo(percent);
            }
            assertThat(c.text()).isEqualTo(v);
        }
    }

    @Test
    void declaredCountEdgeCases() {
        assertThat(DeclaredCount.parse("").status()).isEqualTo(ParseStatus.NONE);
        assertThat(DeclaredCount.parse("Tất cả").status()).isEqualTo(ParseStatus.NOT_UNDERSTOOD);
        DeclaredCount n = DeclaredCount.ofNumber(34.0, "");
        assertThat(n.count()).isEqualTo(34);
        assertThat(n.text()).isEqualTo("34");
        assertThat(DeclaredCount.ofNumber(3.5, "3.5").status()).isEqualTo(ParseStatus.NOT_UNDERSTOOD);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Mức 2       | 2
            MỨC 2       | 2
            2           | 2
            Mức II      | 2
            Mức III     | 3
            Cấp độ 2    | 2
            Mức độ 1    | 1
            Mức 4       | 4
            IV          | 4
            0           | 0
            Chưa đạt    | 0
            Đạt Mức 2   | 2
            """)
    void readsLevels(String text, int level) {
        for (String v : Variants.of(text)) {
            LevelParser.Level l = levels.parse(v);
            assertThat(l.level()).as(v).isEqualTo(level);
            assertThat(l.status()).isEqualTo(ParseStatus.OK);
        }
    }

    @Test
    void levelEdgeCases() {
        assertThat(levels.parse("").status()).isEqualTo(ParseStatus.NONE);
        assertThat(levels.parse("Tốt").status()).isEqualTo(ParseStatus.NOT_UNDERSTOOD);
        assertThat(levels.parse("Mức 7").status()).isEqualTo(ParseStatus.NOT_UNDERSTOOD);
        assertThat(levels.parse(2.0, "2").level()).isEqualTo(2);
        assertThat(levels.parse(5.0, "5").status()).isEqualTo(ParseStatus.NOT_UNDERSTOOD);
    }
}
