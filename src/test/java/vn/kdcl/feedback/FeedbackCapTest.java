package vn.kdcl.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.kdcl.check.Finding;

/** A plan with tens of thousands of findings gets a bounded list, not an annotated copy that would not fit in memory. */
class FeedbackCapTest {

    @Test
    void listIsCappedWithACountOfTheRest() throws Exception {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            findings.add(Finding.warning("PLN-006", "Kế hoạch cải tiến", "F" + (i + 2), "Nhiệm vụ chưa có chủ trì."));
        }
        findings.add(Finding.error("SCH-004", "Thông tin trường", "B9", "Năm học không hợp lệ."));
        FeedbackWriter.Rendered r = new FeedbackWriter().render(new FeedbackInput("big.xlsx", null, "X1", "Trường X",
                "2024-2025", false, findings, Instant.parse("2025-01-01T00:00:00Z")));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
            var sheet = wb.getSheet("Phản hồi");
            StringBuilder all = new StringBuilder();
            sheet.forEach(row -> row.forEach(c -> all.append(c.toString()).append('\n')));
            assertThat(all).contains("SCH-004").contains("Còn 4001 phát hiện khác");
            assertThat(sheet.getLastRowNum()).isBetween(FeedbackWriter.MAX_LISTED_FINDINGS, FeedbackWriter.MAX_LISTED_FINDINGS + 40);
        }
    }
}
