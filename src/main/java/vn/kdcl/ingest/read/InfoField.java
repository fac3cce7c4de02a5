package vn.kdcl.ingest.read;

/** The label/value pairs of the "Thông tin trường" sheet (TEMPLATE.md). */
public enum InfoField {
    SCHOOL_CODE("Mã trường"),
    SCHOOL_NAME("Tên trường"),
    SCHOOL_TYPE("Cấp học"),
    COMMUNE("Xã/Phường"),
    DISTRICT("Quận/Huyện"),
    PROVINCE("Tỉnh/Thành phố"),
    UNIT("Đơn vị quản lý"),
    SCHOOL_YEAR("Năm học"),
    PLAN_PERIOD("Giai đoạn kế hoạch"),
    CIRCULAR("Thông tư áp dụng"),
    DECLARED_LEVEL("Mức tự đánh giá"),
    TARGET_LEVEL("Mức phấn đấu"),
    COUNT_LEVEL1("Số tiêu chí đạt Mức 1"),
    COUNT_LEVEL2("Số tiêu chí đạt Mức 2"),
    COUNT_LEVEL3("Số tiêu chí đạt Mức 3"),
    COUNT_LEVEL4("Số tiêu chí đạt Mức 4"),
    TOTAL_BUDGET("Tổng kinh phí dự kiến"),
    PRINCIPAL("Hiệu trưởng"),
    PREPARER("Người lập"),
    PHONE("Điện thoại"),
    EMAIL("Email"),
    PREPARED_ON("Ngày lập");

    private final String label;

    InfoField(String label) {
        this.label = label;
    }

    /** The label as the template writes it in column A. */
    public String label() {
        return label;
    }
}
