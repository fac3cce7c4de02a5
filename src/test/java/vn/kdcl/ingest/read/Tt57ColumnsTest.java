package vn.kdcl.ingest.read;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.kdcl.text.VietText;

import static org.assertj.core.api.Assertions.assertThat;

/** The TT57/2026 plan form's columns under the spellings schools use, and the older labels they must not take. */
class Tt57ColumnsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nội dung cải tiến | IMPROVEMENT",
            "Nội dung cần cải tiến | IMPROVEMENT",
            "Vấn đề cải tiến | IMPROVEMENT",
            "Mục tiêu cải tiến | GOAL",
            "Mục tiêu | GOAL",
            "Hoạt động/giải pháp | TASK",
            "Các hoạt động, giải pháp thực hiện | TASK",
            "Chỉ số đánh giá kết quả | INDICATOR",
            "Chỉ số/ tiêu chí đánh giá kết quả | INDICATOR",
            "Thời gian thực hiện | START",
            "Đơn vị/cá nhân phụ trách | LEAD",
            "Người phụ trách | LEAD",
            "Nguồn lực bảo đảm | RESOURCES",
            "Nguồn lực (nhân lực, vật lực, tài chính) | RESOURCES",
            "Thông tin, dữ liệu hoặc minh chứng dự kiến | EVIDENCE",
            "Minh chứng dự kiến | EVIDENCE",
            "Mức độ thực hiện | STATUS",
            "Mức độ hoàn thành | STATUS",
            "Tiến độ thực hiện | STATUS",
            "Kinh phí dự kiến (đồng) | BUDGET",
            "Nguồn kinh phí | SOURCE",
            "Kết quả cần đạt | EXPECTED_RESULT",
            "Tiêu chí | CRITERION",
    })
    void planColumns(String label, Columns.Plan expected) {
        assertThat(Columns.plan(VietText.fold(label))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "TT | NUMBER",
            "Tiêu chuẩn | STANDARD",
            "Tiêu chí liên quan (nếu có) | CRITERIA",
            "Đánh giá hiện trạng | CURRENT",
            "Thực trạng | CURRENT",
            "Điểm hạn chế | WEAKNESS",
            "Nguyên nhân của hạn chế | CAUSE",
    })
    void priorityColumns(String label, Columns.Priority expected) {
        assertThat(Columns.priority(VietText.fold(label))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Thời điểm | MOMENT",
            "Thời điểm (Cuối học kỳ I / Cuối năm học) | MOMENT",
            "Nội dung theo dõi | CONTENT",
            "Kết quả thực hiện | RESULT",
            "Điều chỉnh (nếu có) | ADJUSTMENT",
            "Người đánh giá | REVIEWER",
    })
    void monitoringColumns(String label, Columns.Monitoring expected) {
        assertThat(Columns.monitoring(VietText.fold(label))).isEqualTo(expected);
    }
}
