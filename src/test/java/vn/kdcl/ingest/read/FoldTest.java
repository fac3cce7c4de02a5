package vn.kdcl.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.kdcl.text.VietText;

class FoldTest {

    @Test
    void foldsExactlyLikeVietText() throws Exception {
        List<String> samples = new ArrayList<>(List.of("Chủ trì và phối hợp thực hiện", "CHU TRI VA PHOI HOP:",
                "Đơn vị/ cá nhân triển khai", "Dự kiến kinh phí (triệu đồng)", "Thời gian\nthực hiện – hoàn thành",
                "“Mã trường”:\u00A0", "  Tiêu chuẩn 1: Tổ chức… ", "x² ½ İstanbul ΣΑΣ Привет 中文", "Tr−êng Hµ Néi",
                "ĐẮK LẮK", "Sheet1", "", "...", "Mức 1, 2, 3"));
        Path seeds = Path.of("/work/shared/seeds");
        if (Files.isDirectory(seeds)) {
            try (Stream<Path> files = Files.list(seeds)) {
                for (Path f : files.toList()) {
                    samples.addAll(Files.readAllLines(f));
                }
            }
        }
        for (String s : List.copyOf(samples)) {
            samples.add(Normalizer.normalize(s, Normalizer.Form.NFD));
        }
        for (String s : samples) {
            assertThat(Fold.fold(s)).as("fold of %s", s).isEqualTo(VietText.fold(s));
        }
    }
}
