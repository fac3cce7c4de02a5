package vn.kdcl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.kdcl.text.VietText;

class FoldTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Chủ trì và phối hợp
            CHỦ TRÌ VÀ PHỐI HỢP:
            Xã hội hoá
            Đơn vị/ cá nhân triển khai
            Dự kiến kinh phí (triệu đồng)
            Thời gian thực hiện và hoàn thành
            Tiêu chí 1.1.
            """)
    void wordsFoldsLikeVietText(String s) {
        assertThat(Fold.words(s)).isEqualTo(VietText.fold(s));
        assertThat(Fold.words(Normalizer.normalize(s, Normalizer.Form.NFD))).isEqualTo(VietText.fold(s));
        assertThat(Fold.words(s.replace(' ', '\u00A0'))).isEqualTo(VietText.fold(s));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Từ 8/2023 Đến 5/2024 | tu 8/2023 den 5/2024
            1,5 tỷ               | 1,5 ty
            9/2022 – 5/2023      | 9/2022 - 5/2023
            Địp 22/12            | dip 22/12
            """)
    void keepPunctuationKeepsNumbersIntact(String s, String folded) {
        assertThat(Fold.keepPunctuation(s)).isEqualTo(folded);
        assertThat(Fold.keepPunctuation("\u00A0" + s.replace(' ', '\u00A0') + "\n")).isEqualTo(folded);
    }

    /** The table path gives what the NFD pass gives, for every character below U+2000 in any neighbourhood. */
    @org.junit.jupiter.api.Test
    void tableAndNormalizerAgreeOnEveryCharacter() {
        for (int c = 0; c < 0x2000; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            for (String s : new String[] {String.valueOf((char) c), "Đồng " + (char) c + "x", (char) c + "\u0301 1,5"}) {
                for (boolean keep : new boolean[] {true, false}) {
                    String viaNfd = Fold.fold(Normalizer.normalize(s, Normalizer.Form.NFD), keep, false);
                    String fast = keep ? Fold.keepPunctuation(s) : Fold.words(s);
                    assertThat(fast).as("U+%04X in \"%s\"", c, s).isEqualTo(viaNfd);
                }
            }
        }
    }
}
