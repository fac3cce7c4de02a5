package vn.kdcl.template;

import vn.kdcl.ingest.read.InfoField;

/** Short Vietnamese hints shown in column C of "Thông tin trường". */
final class InfoHints {

    private InfoHints() {
    }

    static String hint(InfoField field) {
        return switch (field) {
            case SCHOOL_CODE -> "Bắt buộc. Mã trường do cơ quan quản lý cấp.";
            case SCHOOL_NAME -> "Bắt buộc. Ví dụ: Trường THCS Thanh Xương.";
            case SCHOOL_TYPE -> "Chọn trong danh sách.";
            case COMMUNE -> "Xã/phường nơi trường đóng.";
            case DISTRICT -> "Quận/huyện (cũ), nếu có.";
            case PROVINCE -> "Ví dụ: Điện Biên.";
            case UNIT -> "Cơ quan nhận hồ sơ, ví dụ: Phòng GD&ĐT huyện …, UBND xã …";
            case SCHOOL_YEAR -> "Bắt buộc. Dạng 2024-2025.";
            case PLAN_PERIOD -> "Không bắt buộc. Ví dụ: 2021-2026.";
            case CIRCULAR -> "Đã điền sẵn theo mẫu; không sửa.";
            case DECLARED_LEVEL -> "0 (chưa đạt Mức 1), 1, 2, 3 hoặc 4.";
            case TARGET_LEVEL -> "Không bắt buộc. Mức nhà trường phấn đấu đạt.";
            case COUNT_LEVEL1, COUNT_LEVEL2, COUNT_LEVEL3, COUNT_LEVEL4 -> "Ví dụ: 27/27.";
            case TOTAL_BUDGET -> "Số tiền (đồng), ví dụ 125.000.000.";
            case PRINCIPAL -> "Họ và tên hiệu trưởng.";
            case PREPARER -> "Họ và tên người lập biểu.";
            case PHONE, EMAIL -> "Để đơn vị quản lý liên hệ khi cần.";
            case PREPARED_ON -> "Ngày/tháng/năm.";
        };
    }
}
