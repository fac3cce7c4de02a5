package vn.kdcl.ingest.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Builds template-like workbooks with POI for tests and the benchmark (XSSF or HSSF alike).
 * Values: String → text, Number → number, LocalDate → date cell, {@link Formula} → formula.
 */
public final class TestBooks {

    /** A formula cell (written without evaluation unless the test evaluates the workbook). */
    public record Formula(String expression) {
    }

    public static final String[] CRITERIA_HEADER = {"Tiêu chuẩn", "Mã tiêu chí", "Tên tiêu chí", "Mức 1", "Mức 2",
        "Mức 3", "Mức đạt", "Điểm mạnh", "Điểm yếu", "Minh chứng"};
    public static final String[] PLAN_HEADER = {"TT", "Tiêu chí", "Mức cần đạt", "Kết quả cần đạt",
        "Công việc/giải pháp", "Chủ trì", "Phối hợp", "Thời gian bắt đầu", "Thời gian hoàn thành", "Dự kiến kinh phí",
        "Nguồn kinh phí", "Điều kiện hỗ trợ khác", "Tình trạng", "Ghi chú"};
    public static final String[] LEVEL4_HEADER = {"Mã tiêu chí", "Nội dung", "Kết quả", "Ghi chú"};
    public static final String[] FUNDING_HEADER = {"TT", "Nội dung", "Nguồn kinh phí", "Số tiền", "Năm", "Ghi chú"};

    private static final String[] TASKS = {
        "Tổ chức tập huấn xây dựng kế hoạch chiến lược phát triển nhà trường giai đoạn 2021-2026",
        "Bồi dưỡng chuyên môn, nghiệp vụ cho đội ngũ cán bộ quản lý, giáo viên, nhân viên",
        "Mua sắm bổ sung, sửa chữa thiết bị dạy học theo danh mục tối thiểu",
        "Tăng cường giáo dục kỹ năng sống, giáo dục đạo đức cho học sinh",
        "Xây dựng nhà xe học sinh để bố trí nơi để xe an toàn"};
    private static final String[] LEADS = {"Hiệu trưởng", "Phó Hiệu trưởng", "Tổ trưởng chuyên môn", "Kế toán",
        "Tổng phụ trách Đội"};
    private static final String[] BUDGETS = {"81 triệu đồng", "10 tr", "494.510.000 đồng", "Không", "Xã hội hóa 50 tr"};

    private final Workbook wb;
    private final CellStyle header;
    private final CellStyle body;
    private final CellStyle date;

    public TestBooks(Workbook wb) {
        this.wb = wb;
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        borders(header);
        body = wb.createCellStyle();
        body.setWrapText(true);
        borders(body);
        date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        borders(date);
    }

    private static void borders(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }

    public Workbook workbook() {
        return wb;
    }

    /** The template: every sheet of TEMPLATE.md, with {@code criteria} criteria and {@code tasks} tasks. */
    public static Workbook clean(Workbook wb, int criteria, int tasks) {
        TestBooks b = new TestBooks(wb);
        b.guide();
        b.info("79001234", "2024-2025");
        b.criteria("Kết quả tiêu chí", criteria);
        b.level4("Mức 4");
        b.plan("Kế hoạch cải tiến", tasks);
        b.funding("Kinh phí");
        b.lists();
        return wb;
    }

    public void guide() {
        Sheet s = wb.createSheet("Hướng dẫn");
        row(s, 0, "HƯỚNG DẪN ĐIỀN KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG");
        row(s, 1, "Điền thông tin trường, kết quả tự đánh giá và các công việc cải tiến. Mức 1, Mức 2 ghi Đạt/Không đạt.");
    }

    public Sheet info(String code, String year) {
        Sheet s = wb.createSheet("Thông tin trường");
        row(s, 0, "THÔNG TIN TRƯỜNG");
        Object[][] pairs = {
            {"Mã trường", code}, {"Tên trường", "Trường THCS Dư Hàng Kênh"}, {"Cấp học", "THCS"},
            {"Xã/Phường", "Phường Dư Hàng Kênh"}, {"Quận/Huyện", "Quận Lê Chân"}, {"Tỉnh/Thành phố", "Hải Phòng"},
            {"Đơn vị quản lý", "Phòng GD&ĐT Lê Chân"}, {"Năm học", year}, {"Giai đoạn kế hoạch", "2021-2026"},
            {"Thông tư áp dụng", "TT18/2018"}, {"Mức tự đánh giá", 2}, {"Mức phấn đấu", 3},
            {"Số tiêu chí đạt Mức 1", "28/28"}, {"Số tiêu chí đạt Mức 2", 27}, {"Số tiêu chí đạt Mức 3", "5/28 (17,86%)"},
            {"Số tiêu chí đạt Mức 4", 0}, {"Tổng kinh phí dự kiến", "81 triệu đồng"}, {"Hiệu trưởng", "Nguyễn Văn An"},
            {"Người lập", "Trần Thị Bình"}, {"Điện thoại", "0225 3856 123"}, {"Email", "c2duhangkenh@haiphong.edu.vn"},
            {"Ngày lập", LocalDate.of(2024, 9, 30)}};
        int r = 2;
        for (Object[] p : pairs) {
            if (p[1] != null) {
                row(s, r++, p);
            }
        }
        return s;
    }

    public Sheet criteria(String name, int count) {
        Sheet s = wb.createSheet(name);
        row(s, 0, "KẾT QUẢ TỰ ĐÁNH GIÁ CÁC TIÊU CHÍ");
        headerRow(s, 2, CRITERIA_HEADER);
        for (int i = 0; i < count; i++) {
            int std = i / 6 + 1;
            String code = std + "." + (i % 6 + 1);
            bodyRow(s, 3 + i, std, code, "Tên tiêu chí " + code + " về tổ chức và quản lý nhà trường", "Đạt", "Đạt",
                i % 3 == 0 ? "Đạt" : "Không đạt", i % 3 == 0 ? 3 : 2, "Nhà trường có kế hoạch rõ ràng, phù hợp với điều kiện thực tế của địa phương; "
                + "các chỉ báo của tiêu chí " + code + " được thực hiện đầy đủ, có minh chứng lưu trữ khoa học.",
                "Một số nội dung của tiêu chí " + code + " chưa được cập nhật kịp thời; việc phối hợp với cha mẹ "
                + "học sinh và cộng đồng còn hạn chế.", "H1-1.1-0" + (i % 9 + 1));
        }
        return s;
    }

    public Sheet level4(String name) {
        Sheet s = wb.createSheet(name);
        headerRow(s, 0, LEVEL4_HEADER);
        for (int i = 1; i <= 3; i++) {
            bodyRow(s, i, i, "Nội dung tiêu chí Mức 4 số " + i, i == 2 ? "Đạt" : "Không đạt", "");
        }
        return s;
    }

    public Sheet plan(String name, int count) {
        Sheet s = wb.createSheet(name);
        row(s, 0, "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG NĂM HỌC 2024-2025");
        headerRow(s, 2, PLAN_HEADER);
        for (int i = 0; i < count; i++) {
            String code = (i / 6 + 1) + "." + (i % 6 + 1);
            bodyRow(s, 3 + i, i + 1, code, 3, "Đạt Mức 3 của tiêu chí " + code + ": khắc phục điểm yếu số " + (i + 1)
                    + " đã nêu trong báo cáo tự đánh giá", TASKS[i % TASKS.length],
                    LEADS[i % LEADS.length], "Các tổ chuyên môn", "9/2024", "5/2025", BUDGETS[i % BUDGETS.length],
                    "Ngân sách nhà nước", "Sự hỗ trợ của Phòng GD&ĐT", "Chưa thực hiện", "");
        }
        return s;
    }

    public Sheet funding(String name) {
        Sheet s = wb.createSheet(name);
        headerRow(s, 0, FUNDING_HEADER);
        bodyRow(s, 1, 1, "Bồi dưỡng giáo viên", "Ngân sách nhà nước", 81_000_000, "2024-2025", "");
        bodyRow(s, 2, 2, "Mua sắm thiết bị", "Xã hội hóa", "50 tr", "2025", "");
        return s;
    }

    public void lists() {
        Sheet s = wb.createSheet("Danh mục");
        row(s, 0, "Đạt");
        row(s, 1, "Không đạt");
        wb.setSheetHidden(wb.getSheetIndex(s), true);
    }

    public Row row(Sheet s, int r, Object... values) {
        return put(s, r, null, values);
    }

    public Row headerRow(Sheet s, int r, Object... values) {
        return put(s, r, header, values);
    }

    public Row bodyRow(Sheet s, int r, Object... values) {
        return put(s, r, body, values);
    }

    private Row put(Sheet s, int r, CellStyle style, Object... values) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (style != null) {
                cell.setCellStyle(style);
            }
            if (v instanceof String t) {
                cell.setCellValue(t);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else if (v instanceof Formula f) {
                cell.setCellFormula(f.expression());
            }
        }
        return row;
    }

    public static void merge(Sheet s, int firstRow, int lastRow, int firstCol, int lastCol) {
        s.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
    }

    public static Path write(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    /** The bytes of a password-protected (agile AES) workbook wrapping {@code plain}, as Excel writes one. */
    public static byte[] encrypt(byte[] plain, String password) throws Exception {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            org.apache.poi.poifs.crypt.Encryptor enc = new org.apache.poi.poifs.crypt.EncryptionInfo(
                    org.apache.poi.poifs.crypt.EncryptionMode.agile).getEncryptor();
            enc.confirmPassword(password);
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** {@link #encrypt(byte[], String)} from one file to another. */
    public static Path encrypt(Path plain, Path target, String password) throws Exception {
        return Files.write(target, encrypt(Files.readAllBytes(plain), password));
    }
}
