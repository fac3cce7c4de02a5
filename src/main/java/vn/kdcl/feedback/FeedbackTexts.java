package vn.kdcl.feedback;

import java.util.List;
import java.util.Map;

import vn.kdcl.check.Severity;

/** Everything a school reads in a feedback workbook (Vietnamese, NFC). */
final class FeedbackTexts {

    static final String SHEET = "Phản hồi";
    static final String AUTHOR = "kdcl-hub";

    static final String TITLE = "PHẢN HỒI KẾT QUẢ KIỂM TRA TỆP KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG";
    static final String LABEL_FILE = "Tệp đã gửi:";
    static final String LABEL_SCHOOL = "Trường:";
    static final String LABEL_YEAR = "Năm học:";
    static final String LABEL_DATE = "Ngày kiểm tra:";
    static final String LABEL_RESULT = "Kết quả:";
    static final String LABEL_COUNTS = "Số vấn đề:";
    static final String LABEL_TODO = "Cần làm:";
    static final String UNKNOWN = "(chưa xác định)";

    static final List<String> HEADERS = List.of("Mã lỗi", "Mức độ", "Trang tính", "Ô", "Nội dung");

    static final String RESULT_ACCEPTED = "ĐÃ TIẾP NHẬN — dữ liệu đã được nhập, có một số điểm cần xem lại.";
    static final String RESULT_REJECTED = "CHƯA TIẾP NHẬN — tệp bị từ chối, dữ liệu chưa được nhập.";

    static final String TODO_ACCEPTED = "Các ô có vấn đề trong các trang tính sau được tô màu (đỏ: lỗi, cam: cảnh báo, "
            + "xanh: thông tin) và có ghi chú giải thích (di chuột vào ô để xem). Bấm vào địa chỉ ở cột “Ô” để đến "
            + "đúng ô cần xem. Nếu cần sửa: sửa ngay trên tệp này hoặc trên tệp gốc của trường, lưu dạng Excel "
            + ".xlsx rồi gửi lại cho đơn vị quản lý; lần gửi sau sẽ thay thế lần gửi trước. Trang “Phản hồi” này "
            + "không cần xoá, nó được bỏ qua khi nhập.";

    static final String TODO_ACCEPTED_LIST = "Danh sách dưới đây ghi trang tính và ô của tệp đã gửi cần xem lại. "
            + "Nếu cần sửa: sửa trên tệp gốc của trường, lưu lại rồi gửi lại cho đơn vị quản lý; lần gửi sau sẽ thay "
            + "thế lần gửi trước.";

    static final String TODO_REJECTED_ANNOTATED = "Tệp chưa được nhập vì có lỗi (màu đỏ) trong danh sách dưới đây. "
            + "Các ô có vấn đề được tô màu và có ghi chú. Hãy sửa các lỗi (có thể sửa ngay trên tệp này), lưu dạng "
            + "Excel .xlsx không đặt mật khẩu rồi gửi lại cho đơn vị quản lý.";

    static final String TODO_REJECTED_UNREADABLE = "Hệ thống không đọc được tệp đã gửi nên chưa nhập được dữ liệu "
            + "(lý do ở danh sách dưới đây). Cách khắc phục: dùng biểu mẫu chuẩn trong thư mục input-templates/ "
            + "(hoặc xin đơn vị quản lý gửi lại biểu mẫu), điền thông tin, chọn File → Save As → “Excel Workbook "
            + "(*.xlsx)”, không đặt mật khẩu, mở lại tệp để kiểm tra rồi gửi lại.";

    /** A hint per ERROR code that explains how to fix it; shown under the list of a rejected file. */
    static final Map<String, String> HINTS = Map.of(
            "FILE-001", "Tệp rỗng, bị hỏng hoặc không phải tệp Excel (ví dụ tệp PDF/Word đổi đuôi): mở tệp bằng Excel "
                    + "để kiểm tra, lưu lại dạng .xlsx rồi gửi lại.",
            "FILE-002", "Tệp có mật khẩu: mở tệp, vào File → Info → Protect Workbook → Encrypt with Password, xoá mật "
                    + "khẩu, lưu lại rồi gửi lại (LibreOffice: File → Save As, bỏ chọn “Save with password”).",
            "FILE-006", "Tệp quá lớn: xoá hình ảnh, trang tính hoặc dòng thừa, chỉ giữ nội dung theo biểu mẫu.",
            "FILE-007", "Thiếu trang tính hoặc bảng bắt buộc: dùng biểu mẫu chuẩn, không đổi tên trang tính và tên cột.",
            "SCH-001", "Điền Mã trường ở trang “Thông tin trường” (cột B).",
            "SCH-004", "Điền Năm học ở trang “Thông tin trường” theo dạng 2024-2025.");

    static final String HINTS_TITLE = "Cách khắc phục:";

    private FeedbackTexts() {
    }

    static String severity(Severity s) {
        return switch (s) {
            case ERROR -> "Lỗi";
            case WARNING -> "Cảnh báo";
            case INFO -> "Thông tin";
        };
    }

    static String counts(long errors, long warnings, long infos) {
        return errors + " lỗi, " + warnings + " cảnh báo, " + infos + " thông tin";
    }
}
