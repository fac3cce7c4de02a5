package vn.kdcl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.kdcl.check.Finding;

class RunReportWriterTest {

    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    @Test
    void streamedReportHasTheBytesOfTheWholeRecordWritten() {
        List<RunReport.FileEntry> entries = new ArrayList<>();
        entries.add(new RunReport.FileEntry("inbox/Trường Tiểu học Đống Đa.xlsx", "ab".repeat(32), "ACCEPTED", "79001234",
                "2024-2025", List.of(Finding.warning("PLN-001", "Kế hoạch cải tiến", "B14",
                        "Nhiệm vụ gắn với tiêu chí \"2.5\" không có trong TT18/2018."),
                        Finding.info("SUB-001", null, null, "Thay thế bản nộp trước."))));
        entries.add(new RunReport.FileEntry("inbox/~$khoa.xlsx", null, "IGNORED", null, null, List.of()));
        entries.add(new RunReport.FileEntry("inbox/hỏng.xls", "cd".repeat(32), "REJECTED", null, null,
                List.of(Finding.error("FILE-001", null, null, "Không đọc được tệp (tệp hỏng).\nDòng hai"))));
        RunReport whole = new RunReport("20261125-120000-abcdef", "2026-11-25T05:00:00Z", "2026-11-25T05:00:09.5Z",
                entries);

        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        new RunReportWriter(json).write(streamed, whole.runId(), whole.startedAt(), whole.finishedAt(),
                entry -> entries.forEach(entry));

        String expected = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(whole);
        String actual = streamed.toString(StandardCharsets.UTF_8);
        assertThat(actual).isEqualTo(expected);
        assertThat(actual).contains("\"files\" : [ {").contains("Đống Đa");
        assertThat(Normalizer.isNormalized(actual, Normalizer.Form.NFC)).isTrue();
        assertThat(json.readValue(actual, RunReport.class)).isEqualTo(whole);
    }

    @Test
    void aRunWithoutFilesIsAnEmptyList() {
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        new RunReportWriter(json).write(streamed, "r", "a", "b", entry -> { });
        RunReport read = json.readValue(streamed.toString(StandardCharsets.UTF_8), RunReport.class);
        assertThat(read.files()).isEmpty();
        assertThat(read.runId()).isEqualTo("r");
    }
}
