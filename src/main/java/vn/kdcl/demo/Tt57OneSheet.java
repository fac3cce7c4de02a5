package vn.kdcl.demo;

import static vn.kdcl.template.Tt57Labels.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.kdcl.catalogue.Catalogue;
import vn.kdcl.catalogue.Criterion;
import vn.kdcl.ingest.read.InfoField;
import vn.kdcl.template.SchoolSubmissionData.CriterionMark;
import vn.kdcl.template.TemplateLabels;
import vn.kdcl.template.TemplateStyles;
import vn.kdcl.template.Tt57SubmissionData;
import vn.kdcl.template.Tt57SubmissionData.Action;
import vn.kdcl.template.Tt57SubmissionData.Issue;
import vn.kdcl.template.Tt57SubmissionData.Review;

/**
 * A whole Thông tư 57/2026 plan on ONE sheet, as a Word plan pasted into Excel: title rows, "Label: value"
 * pairs in columns A/B, then the results, priority issues, plan and monitoring tables one under another under
 * their Roman-numbered headings, with merged standard cells and multi-line cells.
 */
final class Tt57OneSheet {

    static final String SHEET = "KH cải tiến";
    static final String PART_INFO = "I. THÔNG TIN CHUNG";
    static final String PART_RESULTS = "II. KẾT QUẢ TỰ ĐÁNH GIÁ";
    static final String PART_ISSUES = "IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN";
    static final String PART_PLAN = "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG";
    static final String PART_MONITORING = "VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN";
    private static final int LAST_COL = 11;

    private Tt57OneSheet() {
    }

    static XSSFWorkbook build(Catalogue cat, Tt57SubmissionData d) {
        XSSFWorkbook wb = new XSSFWorkbook();
        TemplateStyles.defaultFont(wb);
        Sheet sheet = wb.createSheet(SHEET);
        CellStyle cell = TemplateStyles.bordered(wb, false);
        CellStyle head = TemplateStyles.bordered(wb, false);
        Font bold = wb.createFont();
        bold.setFontName("Times New Roman");
        bold.setFontHeightInPoints((short) 12);
        bold.setBold(true);
        head.setFont(bold);
        head.setAlignment(HorizontalAlignment.CENTER);
        CellStyle plainBold = wb.createCellStyle();
        plainBold.setFont(bold);
        CellStyle center = wb.createCellStyle();
        center.setFont(bold);
        center.setAlignment(HorizontalAlignment.CENTER);
        CellStyle plain = wb.createCellStyle();
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        date.setAlignment(HorizontalAlignment.LEFT);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        int[] widths = {6, 30, 34, 36, 26, 18, 20, 28, 26, 16, 14, 16};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        Map<InfoField, Object> info = d.info();
        int r = 0;
        r = title(sheet, r, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", center, 2);
        r = title(sheet, r + 1, "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC " + info.get(InfoField.SCHOOL_YEAR),
                center, 1);
        r = title(sheet, r + 1, PART_INFO, plainBold, 1);
        String[][] pairs = {
                {"Tên trường:", str(info.get(InfoField.SCHOOL_NAME))},
                {"Mã trường:", str(info.get(InfoField.SCHOOL_CODE))},
                {"Cấp học:", str(info.get(InfoField.SCHOOL_TYPE))},
                {"Xã/Phường:", str(info.get(InfoField.COMMUNE))},
                {"Tỉnh/Thành phố:", str(info.get(InfoField.PROVINCE))},
                {"Đơn vị quản lý:", str(info.get(InfoField.UNIT))},
                {"Năm học:", str(info.get(InfoField.SCHOOL_YEAR))},
                {"Thông tư áp dụng:", str(info.get(InfoField.CIRCULAR))},
                {"Mức tự đánh giá:", str(info.get(InfoField.DECLARED_LEVEL))},
                {"Mức phấn đấu:", str(info.get(InfoField.TARGET_LEVEL))},
                {"Số tiêu chí đạt Mức 1:", str(info.get(InfoField.COUNT_LEVEL1))},
                {"Số tiêu chí đạt Mức 2:", str(info.get(InfoField.COUNT_LEVEL2))},
                {"Hiệu trưởng:", str(info.get(InfoField.PRINCIPAL))},
                {"Người lập:", str(info.get(InfoField.PREPARER))}};
        for (String[] p : pairs) {
            if (p[1] == null) {
                continue;
            }
            Row row = sheet.createRow(r++);
            set(row, 0, p[0], plain);
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, 1));
            set(row, 2, p[1], plain);
        }
        Row prepared = sheet.createRow(r++);
        set(prepared, 0, "Ngày lập:", plain);
        sheet.addMergedRegion(new CellRangeAddress(prepared.getRowNum(), prepared.getRowNum(), 0, 1));
        set(prepared, 2, info.get(InfoField.PREPARED_ON), date);

        r = title(sheet, r + 1, PART_RESULTS, plainBold, 1);
        r = header(sheet, r, RESULTS_HEADERS, head);
        Map<String, CriterionMark> marks = new java.util.LinkedHashMap<>();
        d.criteria().forEach(m -> marks.put(m.code(), m));
        int standardStart = r;
        int standard = -1;
        for (Criterion c : cat.criteria()) {
            if (c.standard() != standard) {
                if (r - 1 > standardStart) {
                    sheet.addMergedRegion(new CellRangeAddress(standardStart, r - 1, 0, 0));
                }
                standard = c.standard();
                standardStart = r;
            }
            CriterionMark m = marks.get(c.code());
            Row row = sheet.createRow(r++);
            set(row, 0, c.standard() == standard && r - 1 == standardStart ? "Tiêu chuẩn " + standard : null, cell);
            set(row, 1, c.code(), cell);
            set(row, 2, c.name(), cell);
            set(row, 3, c.mandatory() ? MANDATORY_MARK : null, cell);
            set(row, 4, result(m.level1()), cell);
            set(row, 5, result(m.level2()), cell);
            set(row, 6, Boolean.TRUE.equals(m.level1()) ? Boolean.TRUE.equals(m.level2()) ? 2 : 1 : 0, cell);
            set(row, 7, m.strengths() == null ? null : "- " + m.strengths() + "\n- Được cha mẹ ghi nhận", cell);
            set(row, 8, m.weaknesses(), cell);
            set(row, 9, m.evidence(), cell);
            row.setHeightInPoints(34);
        }
        if (r - 1 > standardStart) {
            sheet.addMergedRegion(new CellRangeAddress(standardStart, r - 1, 0, 0));
        }

        r = title(sheet, r + 1, PART_ISSUES, plainBold, 1);
        r = header(sheet, r, ISSUES_HEADERS, head);
        int n = 1;
        for (Issue x : d.issues()) {
            Row row = sheet.createRow(r++);
            set(row, 0, n++, cell);
            set(row, 1, x.standard(), cell);
            set(row, 2, x.criteria(), cell);
            set(row, 3, x.currentState(), cell);
            set(row, 4, x.weakness(), cell);
            set(row, 5, x.cause(), cell);
        }

        r = title(sheet, r + 1, PART_PLAN, plainBold, 1);
        r = header(sheet, r, PLAN_HEADERS, head);
        List<Action> actions = d.actions();
        n = 1;
        int groupStart = r;
        for (int i = 0; i < actions.size(); i++) {
            Action a = actions.get(i);
            String code = Tt57SubmissionFactory.codeOf(a.content());
            boolean continues = i > 0 && code.equals(Tt57SubmissionFactory.codeOf(actions.get(i - 1).content()));
            if (!continues) {
                if (r - 1 > groupStart) {
                    sheet.addMergedRegion(new CellRangeAddress(groupStart, r - 1, 1, 1));
                }
                groupStart = r;
            }
            Row row = sheet.createRow(r++);
            set(row, 0, n++, cell);
            set(row, 1, continues ? null : a.content(), cell);
            set(row, 2, a.goal(), cell);
            set(row, 3, a.activities() == null ? null : "- " + a.activities().replace("; ", "\n- "), cell);
            set(row, 4, a.indicator(), cell);
            set(row, 5, a.period(), cell);
            set(row, 6, a.owner(), cell);
            set(row, 7, a.resources() == null ? null : a.resources().replace("; ", ";\n"), cell);
            set(row, 8, a.evidence(), cell);
            set(row, 9, a.progress(), cell);
            set(row, 10, a.budget(), cell);
            set(row, 11, a.source(), cell);
            row.setHeightInPoints(64);
        }
        if (r - 1 > groupStart) {
            sheet.addMergedRegion(new CellRangeAddress(groupStart, r - 1, 1, 1));
        }

        r = title(sheet, r + 1, PART_MONITORING, plainBold, 1);
        r = header(sheet, r, MONITORING_HEADERS, head);
        n = 1;
        for (Review v : d.reviews()) {
            Row row = sheet.createRow(r++);
            set(row, 0, n++, cell);
            set(row, 1, v.moment(), cell);
            set(row, 2, v.content(), cell);
            set(row, 3, v.result(), cell);
            set(row, 4, v.adjustment(), cell);
            set(row, 5, v.reviewer(), cell);
        }
        return wb;
    }

    private static String result(Boolean met) {
        return met == null ? null : met ? TemplateLabels.MET : TemplateLabels.NOT_MET;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** A title merged over the table's width; {@code lines} sets its height. Returns the next row. */
    private static int title(Sheet sheet, int r, String text, CellStyle style, int lines) {
        Row row = sheet.createRow(r);
        set(row, 0, text, style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, LAST_COL));
        if (lines > 1) {
            style.setWrapText(true);
            row.setHeightInPoints(lines * 16f);
        }
        return r + 1;
    }

    private static int header(Sheet sheet, int r, List<String> labels, CellStyle style) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < labels.size(); c++) {
            set(row, c, labels.get(c), style);
        }
        row.setHeightInPoints(48);
        return r + 1;
    }

    private static void set(Row row, int col, Object value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellStyle(style);
        if (value instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            c.setCellValue(d);
        } else if (value != null) {
            c.setCellValue(value.toString());
        }
    }
}
