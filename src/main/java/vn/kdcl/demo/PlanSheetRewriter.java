package vn.kdcl.demo;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import vn.kdcl.catalogue.Standard;
import vn.kdcl.demo.DemoSubmission.DemoTask;
import vn.kdcl.template.SchoolSubmissionData.PlanTask;
import vn.kdcl.template.SheetOrder;
import vn.kdcl.template.TemplateStyles;
import vn.kdcl.template.TemplateLabels;

/**
 * Replaces the template's plan sheet by one laid out the way schools re-type or edit it
 * (TEMPLATE.md "What real files look like").
 */
final class PlanSheetRewriter {

    enum Layout {
        /** Copied from a Word plan (seed 002): title rows, two-row merged header, MỨC n / Tiêu chuẩn section rows, budget in millions. */
        WORD_RETYPED,
        /** An edited template: sheet renamed, columns renamed, reordered and combined, merged criterion cells. */
        OFFICE_EDITED
    }

    private PlanSheetRewriter() {
    }

    static void rewrite(Workbook wb, DemoSubmission sub, Layout layout) {
        int index = wb.getSheetIndex(TemplateLabels.SHEET_PLAN);
        wb.removeSheetAt(index);
        String name = layout == Layout.WORD_RETYPED ? TemplateLabels.SHEET_PLAN : "KH cải tiến";
        Sheet sheet = wb.createSheet(name);
        SheetOrder.move(wb, name, index);
        CellStyle cell = style(wb, false);
        CellStyle head = style(wb, true);
        CellStyle date = style(wb, false);
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        if (layout == Layout.WORD_RETYPED) {
            wordRetyped(sheet, sub, cell, head, date);
        } else {
            officeEdited(sheet, sub, cell, head);
        }
    }

    private static void wordRetyped(Sheet sheet, DemoSubmission sub, CellStyle cell, CellStyle head, CellStyle date) {
        int last = 10;
        title(sheet, 0, "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", head, last);
        title(sheet, 1, "NĂM HỌC " + sub.school().schoolYear(), head, last);
        Row top = sheet.createRow(3);
        Row sub2 = sheet.createRow(4);
        String[] labels = {"TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt", "Công việc/giải pháp",
                "Chủ trì và phối hợp", "Thời gian thực hiện", null, "Kinh phí", null, "Điều kiện hỗ trợ khác", "Ghi chú"};
        for (int c = 0; c <= last; c++) {
            set(top, c, labels[c], head);
            set(sub2, c, null, head);
            if (c != 5 && c != 6 && c != 7 && c != 8) {
                sheet.addMergedRegion(new CellRangeAddress(3, 4, c, c));
            }
        }
        sheet.addMergedRegion(new CellRangeAddress(3, 3, 5, 6));
        sheet.addMergedRegion(new CellRangeAddress(3, 3, 7, 8));
        set(sub2, 5, "Bắt đầu", head);
        set(sub2, 6, "Hoàn thành", head);
        set(sub2, 7, "Dự kiến kinh phí (triệu đồng)", head);
        set(sub2, 8, "Nguồn", head);
        int[] widths = {5, 16, 30, 45, 24, 13, 13, 14, 18, 20, 12};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        int r = 5;
        int n = 1;
        for (int targetLevel = 1; targetLevel <= 4; targetLevel++) {
            final int level = targetLevel;
            List<DemoTask> group = sub.tasks().stream().filter(t -> t.targetLevel() == level).toList();
            if (group.isEmpty()) {
                continue;
            }
            title(sheet, r++, "MỨC " + level, head, last);
            int standard = -1;
            for (DemoTask t : group) {
                if (t.standard() != standard && t.level4Number() == 0) {
                    standard = t.standard();
                    Row s = sheet.createRow(r++);
                    set(s, 0, standard, head);
                    set(s, 1, "Tiêu chuẩn " + standard + ": " + standardName(sub, standard), head);
                    sheet.addMergedRegion(new CellRangeAddress(s.getRowNum(), s.getRowNum(), 1, last));
                }
                PlanTask p = t.row();
                Row row = sheet.createRow(r++);
                set(row, 0, n++, cell);
                set(row, 1, t.level4Number() > 0 ? "Tiêu chí " + t.level4Number() : "Tiêu chí " + p.criterion() + ".", cell);
                set(row, 2, p.expectedResult(), cell);
                set(row, 3, p.task(), cell);
                set(row, 4, p.partners() == null ? p.lead() : p.lead() + "; " + p.partners(), cell);
                set(row, 5, p.start(), p.start() instanceof LocalDate ? date : cell);
                set(row, 6, p.end(), p.end() instanceof LocalDate ? date : cell);
                set(row, 7, t.amount() == 0 ? null : t.amount() / 1_000_000.0, cell);
                set(row, 8, t.amount() == 0 ? null : p.source(), cell);
                set(row, 9, p.support(), cell);
                set(row, 10, null, cell);
            }
        }
    }

    private static void officeEdited(Sheet sheet, DemoSubmission sub, CellStyle cell, CellStyle head) {
        String[] labels = {"STT", "TC", "Nội dung công việc cần thực hiện", "KQ cần đạt", "Đơn vị/ cá nhân triển khai",
                "Phối hợp", "Thời gian thực hiện và hoàn thành", "Dự kiến kinh phí", "Nguồn KP", "Ghi chú"};
        Row header = sheet.createRow(0);
        for (int c = 0; c < labels.length; c++) {
            set(header, c, labels[c], head);
        }
        int[] widths = {5, 10, 45, 30, 22, 20, 22, 18, 18, 12};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        List<DemoTask> tasks = sub.tasks();
        int start = 1;
        for (int i = 0; i < tasks.size(); i++) {
            DemoTask t = tasks.get(i);
            PlanTask p = t.row();
            Row row = sheet.createRow(i + 1);
            set(row, 0, i + 1, cell);
            boolean continues = i > 0 && p.criterion().equals(tasks.get(i - 1).row().criterion());
            set(row, 1, continues ? null : t.level4Number() > 0 ? p.criterion() : "TC " + p.criterion(), cell);
            set(row, 2, p.task(), cell);
            set(row, 3, p.expectedResult(), cell);
            set(row, 4, p.lead(), cell);
            set(row, 5, p.partners(), cell);
            set(row, 6, t.periodText(), cell);
            set(row, 7, p.budget(), cell);
            set(row, 8, p.source(), cell);
            set(row, 9, p.note(), cell);
            boolean endsGroup = i == tasks.size() - 1 || !p.criterion().equals(tasks.get(i + 1).row().criterion());
            if (!continues) {
                start = i + 1;
            }
            if (endsGroup && i + 1 > start) {
                sheet.addMergedRegion(new CellRangeAddress(start, i + 1, 1, 1));
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static String standardName(DemoSubmission sub, int number) {
        return sub.school().catalogue().standards().stream().filter(s -> s.number() == number)
                .map(Standard::name).findFirst().orElse("");
    }

    private static void title(Sheet sheet, int r, String text, CellStyle style, int lastCol) {
        Row row = sheet.createRow(r);
        set(row, 0, text, style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, lastCol));
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

    private static CellStyle style(Workbook wb, boolean bold) {
        CellStyle s = TemplateStyles.bordered(wb, true);
        if (bold) {
            Font f = wb.createFont();
            f.setFontName("Times New Roman");
            f.setBold(true);
            s.setFont(f);
            s.setAlignment(HorizontalAlignment.CENTER);
        }
        return s;
    }
}
