package vn.kdcl.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.kdcl.text.VietText;

/** Plan header labels as offices write them → the column they mean. */
class ColumnsTest {

    @ParameterizedTest
    @CsvSource({
            "Nguồn kinh phí, SOURCE",
            "Nguồn KP, SOURCE",
            "Nguồn vốn, SOURCE",
            "Nguồn ngân sách, SOURCE",
            "Dự kiến kinh phí (triệu đồng), BUDGET",
            "Kinh phí, BUDGET",
            "Ghi chú, NOTE"})
    void planHeaders(String label, Columns.Plan expected) {
        assertThat(Columns.plan(VietText.fold(label))).isEqualTo(expected);
    }
}
