package vn.kdcl.template;

import java.util.List;

/** Sheet names, column labels and list values of the school workbook, verbatim from TEMPLATE.md. */
public final class TemplateLabels {

    private TemplateLabels() {
    }

    public static final String SHEET_GUIDE = "Hướng dẫn";
    public static final String SHEET_INFO = "Thông tin trường";
    public static final String SHEET_CRITERIA = "Kết quả tiêu chí";
    public static final String SHEET_LEVEL4 = "Mức 4";
    public static final String SHEET_PLAN = "Kế hoạch cải tiến";
    public static final String SHEET_FUNDING = "Kinh phí";
    public static final String SHEET_LISTS = "Danh mục";

    /** Header of the two columns of {@value #SHEET_INFO} (row 1); labels start in row 2. */
    public static final List<String> INFO_HEADERS = List.of("Thông tin", "Nội dung khai báo",
            "Tự tính từ bảng kết quả (để đối chiếu)");

    public static final List<String> CRITERIA_HEADERS = List.of("Tiêu chuẩn", "Mã tiêu chí", "Tên tiêu chí",
            "Mức 1", "Mức 2", "Mức 3", "Mức đạt", "Điểm mạnh", "Điểm yếu", "Minh chứng");
    public static final List<String> LEVEL4_HEADERS = List.of("Mã tiêu chí", "Nội dung", "Kết quả", "Ghi chú");
    public static final List<String> PLAN_HEADERS = List.of("TT", "Tiêu chí", "Mức cần đạt", "Kết quả cần đạt",
            "Công việc/giải pháp", "Chủ trì", "Phối hợp", "Thời gian bắt đầu", "Thời gian hoàn thành",
            "Dự kiến kinh phí", "Nguồn kinh phí", "Điều kiện hỗ trợ khác", "Tình trạng", "Ghi chú");
    public static final List<String> FUNDING_HEADERS = List.of("TT", "Nội dung", "Nguồn kinh phí", "Số tiền",
            "Năm", "Ghi chú");

    public static final String MET = "Đạt";
    public static final String NOT_MET = "Không đạt";
    /** Written where a criterion has no such level; greyed and locked. */
    public static final String NO_LEVEL = "—";

    public static final List<String> RESULTS = List.of(MET, NOT_MET);

    /** Funding source labels offered in the dropdowns (DOMAIN.md NSNN, NGAN_SACH_DON_VI, XA_HOI_HOA, DONG_GOP, KHAC). */
    public static final String SOURCE_STATE = "Ngân sách nhà nước";
    public static final String SOURCE_SCHOOL = "Ngân sách đơn vị";
    public static final String SOURCE_SOCIAL = "Xã hội hóa";
    public static final String SOURCE_PARENTS = "Đóng góp của cha mẹ học sinh";
    public static final String SOURCE_OTHER = "Khác";
    public static final List<String> FUNDING_SOURCES = List.of(SOURCE_STATE, SOURCE_SCHOOL, SOURCE_SOCIAL,
            SOURCE_PARENTS, SOURCE_OTHER);

    public static final List<String> TASK_STATES = List.of("Chưa thực hiện", "Đang thực hiện", "Đã hoàn thành");

    /** Declared school level (0 = chưa đạt Mức 1) and target level. */
    public static final List<String> SCHOOL_LEVELS = List.of("0", "1", "2", "3", "4");
    public static final List<String> TARGET_LEVELS = List.of("1", "2", "3", "4");

    /** Prefix of the plan's criterion codes for Mức 4 criteria: "M4.2" is Mức 4 criterion 2 (CONTRACT.md). */
    public static final String LEVEL4_CODE_PREFIX = "M4.";

    // Named ranges on the hidden "Danh mục" sheet that the dropdowns refer to.
    public static final String RANGE_RESULTS = "DS_KetQua";
    public static final String RANGE_SCHOOL_TYPES = "DS_CapHoc";
    public static final String RANGE_SOURCES = "DS_NguonKinhPhi";
    public static final String RANGE_CRITERIA = "DS_TieuChi";
    public static final String RANGE_STATES = "DS_TinhTrang";
    public static final String RANGE_CIRCULARS = "DS_ThongTu";
}
