package vn.kdcl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.kdcl.text.LegacyEncodingDetector.LegacyEncoding;

class LegacyEncodingDetectorTest {

    private final LegacyEncodingDetector detector = new LegacyEncodingDetector();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Tr−êng                                  | TCVN3
            Hµ Néi                                  | TCVN3
            ViÖt Nam                                | TCVN3
            Tr\u00ADêng THPT Ch©u V¨n Liªm          | TCVN3
            Gi¸o dôc vµ §µo t¹o                     | TCVN3
            KÕ ho¹ch c¶i tiÕn chÊt l\u00ADîng gi¸o dôc n¨m häc 2024-2025 | TCVN3
            TR¦êNG TiÓu häc                         | TCVN3
            Tröôøng                                 | VNI
            Haø Noäi                                | VNI
            Giaùo duïc vaø Ñaøo taïo                | VNI
            Keá hoaïch caûi tieán chaát löôïng giaùo duïc naêm hoïc 2024-2025 | VNI
            """)
    void recognisesLegacyFonts(String text, LegacyEncoding expected) {
        String s = text.replace("\\u00AD", "\u00AD");
        assertThat(detector.detect(s)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Trường THPT Châu Văn Liêm
            Hà Nội
            Kế hoạch cải tiến chất lượng giáo dục năm học 2024-2025
            Xã hội hoá 50 tr
            Quý IV năm 2024
            Thời gian thực hiện và hoàn thành
            Quality improvement plan
            494.510.000 đồng
            27/27
            Café au lait
            © 2024 Sở GD&ĐT
            • Nội dung công việc cần thực hiện
            Nhiệt độ 25°C; 3 × 4 phòng
            Tuyên truyền HS, tham mưu lãnh đạo huyện
            Khuyến khích ý kiến; tuỳ theo điều kiện; hoà nhập; khoẻ mạnh; thuở ấy
            QUÝ, TUẤN, NGUYỄN, KHUÊ, XUÂN, QUẢNG NGÃI
            Điện Biên
            """)
    void leavesUnicodeAlone(String text) {
        assertThat(detector.detect(text)).isEmpty();
        assertThat(detector.detect(Normalizer.normalize(text, Normalizer.Form.NFD))).isEmpty();
        assertThat(detector.detect(text.replace(' ', '\u00A0'))).isEmpty();
    }

    @Test
    void blankAndNullAreNotLegacy() {
        assertThat(detector.detect(null)).isEmpty();
        assertThat(detector.detect("")).isEmpty();
        assertThat(detector.detect("12345")).isEmpty();
    }

    @Test
    void detectsAmongSamples() {
        assertThat(detector.detectAny(List.of("Mã trường", "", "Tr−êng THCS"))).contains(LegacyEncoding.TCVN3);
        assertThat(detector.detectAny(List.of("Mã trường", "Tên trường"))).isEmpty();
    }
}
