package vn.kdcl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The table path of {@link VietText#fold} gives exactly what its rules give. */
class VietTextFoldTest {

    @Test
    void foldsExactlyLikeVietText() throws Exception {
        List<String> samples = TextSamples.withSeedsAndNfd(List.of("Chủ trì và phối hợp thực hiện", "CHU TRI VA PHOI HOP:",
                "Đơn vị/ cá nhân triển khai", "Dự kiến kinh phí (triệu đồng)", "Thời gian\nthực hiện – hoàn thành",
                "“Mã trường”:\u00A0", "  Tiêu chuẩn 1: Tổ chức… ", "x² ½ İstanbul ΣΑΣ Привет 中文", "Tr−êng Hµ Néi",
                "ĐẮK LẮK", "Sheet1", "", "...", "Mức 1, 2, 3"), false);
        for (String s : samples) {
            assertThat(VietText.fold(s)).as("fold of %s", s).isEqualTo(VietText.foldByRules(s));
        }
    }

    @Test
    void everyCharacterFoldsAsByTheRulesWhateverItsNeighbours() {
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            for (String s : new String[] {String.valueOf((char) c), "Đồng " + (char) c + "x", "ab" + (char) c + "cd",
                    (char) c + "\u0301 Mức"}) {
                assertThat(VietText.fold(s)).as("U+%04X in \"%s\"", c, s).isEqualTo(VietText.foldByRules(s));
            }
        }
    }
}
