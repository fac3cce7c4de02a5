package vn.kdcl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.kdcl.text.LegacyEncodingDetector.LegacyEncoding;

class LegacyVietnameseTest {

    /** Every letter Vietnamese writes: 12 vowels × 6 tones, đ, in both cases. */
    private static final String ALPHABET = alphabet();

    private final LegacyVietnamese legacy = new LegacyVietnamese();
    private final LegacyEncodingDetector detector = new LegacyEncodingDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // what schools' files really hold: TCVN3 (.VnTime) and VNI (VNI-Times) text read back with a Unicode font
        "TCVN3 | Tr\u00ADêng TiÓu häc Hµ Néi | Trường Tiểu học Hà Nội",
        "TCVN3 | Tr\u2212êng THCS M\u00ADêng Kh\u00AD¬ng | Trường THCS Mường Khương",
        "TCVN3 | Tæ chøc tËp huÊn cho gi¸o viªn | Tổ chức tập huấn cho giáo viên",
        "TCVN3 | §iÖn Biªn Phñ | Điện Biên Phủ",
        "TCVN3 | B¶o Th¾ng, B¸t X¸t | Bảo Thắng, Bát Xát",
        "TCVN3 | HiÖu tr\u00ADëng: NguyÔn ThÞ Hoa, 0912 345 678 | Hiệu trưởng: Nguyễn Thị Hoa, 0912 345 678",
        "VNI | Tröôøng Tieåu hoïc Haø Noäi | Trường Tiểu học Hà Nội",
        "VNI | Ñieän Bieân Phuû | Điện Biên Phủ",
        "VNI | Boài döôõng giaùo vieân veà kyõ naêng soáng | Bồi dưỡng giáo viên về kỹ năng sống",
        "VNI | TRÖÔØNG TIEÅU HOÏC HOA BAN | TRƯỜNG TIỂU HỌC HOA BAN",
        "VNI | Xaõ hoäi hoùa, ngaân saùch | Xã hội hóa, ngân sách",
    })
    void detectsAndConverts(LegacyEncoding encoding, String legacyText, String unicode) {
        assertThat(detector.detect(legacyText)).contains(encoding);
        assertThat(legacy.toUnicode(legacyText, encoding)).isEqualTo(unicode);
    }

    @Test
    void everyLetterSurvivesTheRoundTrip() {
        assertThat(legacy.toUnicode(legacy.toVni(ALPHABET), LegacyEncoding.VNI)).isEqualTo(ALPHABET);
        // .VnTime has no toned capitals: they come back in lower case, the rest exactly
        String tcvnExpected = ALPHABET.chars().mapToObj(c -> {
            String s = String.valueOf((char) c);
            boolean toned = !Normalizer.normalize(s, Normalizer.Form.NFD).equals(s) || c == 'Đ';
            boolean plainCapital = "ĂÂÊÔƠƯĐ".indexOf(c) >= 0;
            return toned && Character.isUpperCase(c) && !plainCapital ? s.toLowerCase(Locale.ROOT) : s;
        }).reduce("", String::concat);
        assertThat(legacy.toUnicode(legacy.toTcvn3(ALPHABET), LegacyEncoding.TCVN3)).isEqualTo(tcvnExpected);
    }

    @Test
    void unicodeAndPlainAsciiAreLeftAlone() {
        assertThat(detector.detect("Trường Tiểu học Hà Nội")).isEmpty();
        assertThat(legacy.toUnicode("THCS 2024-2025, Q.1", LegacyEncoding.TCVN3)).isEqualTo("THCS 2024-2025, Q.1");
        assertThat(legacy.toUnicode("THCS 2024-2025, Q.1", LegacyEncoding.VNI)).isEqualTo("THCS 2024-2025, Q.1");
    }

    private static String alphabet() {
        StringBuilder sb = new StringBuilder();
        String[] tones = {"", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"};
        for (String vowel : new String[] {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"}) {
            for (String tone : tones) {
                String lower = Normalizer.normalize(vowel + tone, Normalizer.Form.NFC);
                sb.append(lower).append(lower.toUpperCase(Locale.ROOT));
            }
        }
        return sb.append("đĐ").toString();
    }
}
