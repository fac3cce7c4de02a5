package vn.kdcl.template;

import java.util.List;

import vn.kdcl.ingest.read.InfoField;

/**
 * Sheet names, header labels and list values of the Thông tư 57/2026 workbook: a contract shared with the
 * importer (docs/templates.md). Every table sheet has its header in row 1 and data from row 2.
 */
public final class Tt57Labels {

    private Tt57Labels() {
    }

    /** The value of "Thông tư áp dụng" the template writes. */
    public static final String CIRCULAR = "TT57/2026";

    public static final String SHEET_GUIDE = TemplateLabels.SHEET_GUIDE;
    public static final String SHEET_INFO = TemplateLabels.SHEET_INFO;
    public static final String SHEET_RESULTS = "Kết quả tự đánh giá";
    public static final String SHEET_ISSUES = "Vấn đề trọng tâm";
    public static final String SHEET_PLAN = TemplateLabels.SHEET_PLAN;
    public static final String SHEET_MONITORING = "Theo dõi, đánh giá";
    public static final String SHEET_LISTS = TemplateLabels.SHEET_LISTS;

    public static final List<String> SHEETS = List.of(SHEET_GUIDE, SHEET_INFO, SHEET_RESULTS, SHEET_ISSUES,
            SHEET_PLAN, SHEET_MONITORING, SHEET_LISTS);

    /** Header of "Thông tin trường" (row 1); labels in column A from row 2, values in column B. */
    public static final List<String> INFO_HEADERS = List.of("Thông tin", "Nội dung khai báo", "Ghi chú");

    /** The declared fields of "Thông tin trường", in the order written (rows 2…19). */
    public static final List<InfoField> INFO_FIELDS = List.of(InfoField.SCHOOL_CODE, InfoField.SCHOOL_NAME,
            InfoField.SCHOOL_TYPE, InfoField.COMMUNE, InfoField.PROVINCE, InfoField.UNIT, InfoField.SCHOOL_YEAR,
            InfoField.CIRCULAR, InfoField.DECLARED_LEVEL, InfoField.TARGET_LEVEL, InfoField.COUNT_LEVEL1,
            InfoField.COUNT_LEVEL2, InfoField.TOTAL_BUDGET, InfoField.PRINCIPAL, InfoField.PREPARER, InfoField.PHONE,
            InfoField.EMAIL, InfoField.PREPARED_ON);

    /** Title of the computed block below the declared fields; its labels never start with an InfoField label. */
    public static final String COMPUTED_TITLE = "Kết quả tính tự động (không cần nhập)";
    public static final String COMPUTED_MANDATORY_1 = "Tiêu chí bắt buộc đạt Mức 1 (tự tính)";
    public static final String COMPUTED_MANDATORY_2 = "Tiêu chí bắt buộc đạt Mức 2 (tự tính)";
    public static final String COMPUTED_OTHERS_1 = "Tiêu chí còn lại đạt Mức 1 (tự tính)";
    public static final String COMPUTED_OTHERS_2 = "Tiêu chí còn lại đạt Mức 2 (tự tính)";
    public static final String COMPUTED_LEVEL = "Mức của trường theo kết quả (tự tính)";
    public static final List<String> COMPUTED_LABELS = List.of(COMPUTED_MANDATORY_1, COMPUTED_MANDATORY_2,
            COMPUTED_OTHERS_1, COMPUTED_OTHERS_2, COMPUTED_LEVEL);

    public static final List<String> RESULTS_HEADERS = List.of("Tiêu chuẩn", "Mã tiêu chí", "Tên tiêu chí",
            "Bắt buộc", "Mức 1", "Mức 2", "Mức đạt", "Điểm mạnh", "Điểm hạn chế", "Minh chứng");
    public static final List<String> ISSUES_HEADERS = List.of("TT", "Tiêu chuẩn", "Tiêu chí liên quan (nếu có)",
            "Đánh giá hiện trạng", "Điểm hạn chế", "Nguyên nhân của hạn chế");
    public static final List<String> PLAN_HEADERS = List.of("TT", "Nội dung cải tiến", "Mục tiêu cải tiến",
            "Hoạt động/giải pháp", "Chỉ số đánh giá kết quả", "Thời gian thực hiện", "Đơn vị/cá nhân phụ trách",
            "Nguồn lực bảo đảm", "Thông tin, dữ liệu hoặc minh chứng dự kiến", "Mức độ thực hiện",
            "Kinh phí dự kiến (đồng)", "Nguồn kinh phí");
    public static final List<String> MONITORING_HEADERS = List.of("TT", "Thời điểm", "Nội dung theo dõi",
            "Kết quả thực hiện", "Điều chỉnh (nếu có)", "Người đánh giá");

    /** "x" in "Bắt buộc" marks a mandatory criterion. */
    public static final String MANDATORY_MARK = "x";

    public static final String LEVEL_NONE = "Không đạt Mức 1";
    public static final String LEVEL_1 = "Mức 1";
    public static final String LEVEL_2 = "Mức 2";
    public static final List<String> SCHOOL_LEVELS = List.of(LEVEL_NONE, LEVEL_1, LEVEL_2);
    public static final List<String> TARGET_LEVELS = List.of(LEVEL_1, LEVEL_2);

    public static final String DONE = "Hoàn thành";
    public static final String IN_PROGRESS = "Đang thực hiện";
    public static final String NOT_STARTED = "Chưa thực hiện";
    public static final String NOT_DONE = "Chưa hoàn thành";
    public static final String ADJUSTED = "Điều chỉnh";
    public static final List<String> PROGRESS = List.of(DONE, IN_PROGRESS, NOT_STARTED, NOT_DONE, ADJUSTED);

    public static final String END_OF_TERM_1 = "Cuối học kỳ I";
    public static final String END_OF_YEAR = "Cuối năm học";
    public static final List<String> MOMENTS = List.of(END_OF_TERM_1, END_OF_YEAR);

    /** "Cấp học" values offered: the 2018 ones and the continuing-education centres. */
    public static final List<String> GDTX_LABELS = List.of("Trung tâm GDTX", "Trung tâm GDNN-GDTX");

    // Named ranges on "Danh mục" (DS_KetQua, DS_CapHoc, DS_NguonKinhPhi as in the 2018 template).
    public static final String RANGE_PROGRESS = "DS_MucDoThucHien";
    public static final String RANGE_MOMENTS = "DS_ThoiDiem";
    public static final String RANGE_SCHOOL_LEVELS = "DS_MucTruong";
}
