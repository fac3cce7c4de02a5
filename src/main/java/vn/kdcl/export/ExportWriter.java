package vn.kdcl.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes the export as JSON (the contract), or flattened as CSV / XLSX tables with Vietnamese headers. */
public class ExportWriter {

    /** A flattened table: Vietnamese title (sheet / file name), headers, rows. */
    public record Table(String name, List<String> headers, List<List<Object>> rows) {
    }

    private final JsonMapper json;

    public ExportWriter(JsonMapper json) {
        this.json = json;
    }

    public void json(List<ExportedSchool> schools, OutputStream out) {
        json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValue(new NonClosing(out), Map.of("schools", schools));
    }

    /** One CSV (UTF-8 with BOM, so Excel shows Vietnamese correctly). */
    public void csv(Table table, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8);
        w.write('\uFEFF');
        writeCsvRow(w, new ArrayList<>(table.headers()));
        for (List<Object> row : table.rows()) {
            writeCsvRow(w, row);
        }
        w.flush();
    }

    public void xlsx(List<Table> tables, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setWrapText(true);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            for (Table t : tables) {
                SXSSFSheet sheet = wb.createSheet(t.name());
                sheet.trackAllColumnsForAutoSizing();
                Row h = sheet.createRow(0);
                for (int c = 0; c < t.headers().size(); c++) {
                    h.createCell(c).setCellValue(t.headers().get(c));
                    h.getCell(c).setCellStyle(head);
                }
                sheet.createFreezePane(0, 1);
                int r = 1;
                for (List<Object> row : t.rows()) {
                    Row x = sheet.createRow(r++);
                    for (int c = 0; c < row.size(); c++) {
                        Object v = row.get(c);
                        if (v instanceof Number n) {
                            x.createCell(c).setCellValue(n.doubleValue());
                            if (n instanceof Long) {
                                x.getCell(c).setCellStyle(money);
                            }
                        } else if (v instanceof Boolean b) {
                            x.createCell(c).setCellValue(b ? "Đạt" : "Không đạt");
                        } else if (v != null) {
                            x.createCell(c).setCellValue(v.toString());
                        }
                    }
                }
                for (int c = 0; c < t.headers().size(); c++) {
                    sheet.autoSizeColumn(c);
                    sheet.setColumnWidth(c, Math.min(Math.max(sheet.getColumnWidth(c), 2500), 60 * 256));
                }
                sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0,
                        t.headers().size() - 1));
            }
            wb.write(new NonClosing(out));
            wb.dispose();
        }
    }

    /** The export flattened into one table per entity. */
    public static List<Table> tables(List<ExportedSchool> schools) {
        List<Table> tables = new ArrayList<>();
        tables.add(table("Truong", List.of("Mã trường", "Tên trường", "Cấp học", "Thông tư", "Phiên bản tiêu chí",
                "Đơn vị quản lý", "Tỉnh/Thành phố", "Năm học", "Mức khai báo", "Mức tính được", "Số TC Mức 1 (khai)",
                "Số TC Mức 1 (tính)", "Số TC Mức 2 (khai)", "Số TC Mức 2 (tính)", "Số TC Mức 3 (khai)",
                "Số TC Mức 3 (tính)", "Số TC Mức 4 (khai)", "Số TC Mức 4 (tính)", "Số nhiệm vụ", "Tổng kinh phí (đồng)",
                "Số phát hiện", "Tệp"), schools, s -> List.of(row(s.code(), s.name(), s.schoolType(), s.framework(),
                s.catalogue(), s.unit(), s.province(), s.schoolYear(), s.declared().level(), s.computed().level(),
                s.declared().countLevel1(), s.computed().countLevel1(), s.declared().countLevel2(),
                s.computed().countLevel2(), s.declared().countLevel3(), s.computed().countLevel3(),
                s.declared().countLevel4(), s.computed().countLevel4(), s.tasks().size(), s.funding().total(),
                s.findings().size(), s.submission().file()))));
        tables.add(table("TieuChi", List.of("Mã trường", "Năm học", "Tiêu chí", "Mức 1", "Mức 2", "Mức 3", "Mức đạt"),
                schools, s -> s.criteria().stream().map(c -> row(s.code(), s.schoolYear(), c.code(), c.level1(),
                        c.level2(), c.level3(), c.level())).toList()));
        tables.add(table("Muc4", List.of("Mã trường", "Năm học", "Tiêu chí Mức 4", "Đạt"), schools,
                s -> s.level4().stream().map(c -> row(s.code(), s.schoolYear(), c.code(), c.met())).toList()));
        tables.add(table("NhiemVu", List.of("Mã trường", "Năm học", "Tiêu chí", "Công việc/giải pháp", "Chủ trì",
                "Phối hợp", "Bắt đầu", "Hoàn thành", "Thời gian (gốc)", "Kinh phí (đồng)", "Kinh phí (gốc)", "Nguồn",
                "Nguồn (gốc)"), schools, s -> s.tasks().stream().map(t -> row(s.code(), s.schoolYear(), t.criterion(),
                t.task(), t.lead(), t.partners(), t.start(), t.end(), t.periodText(), t.amount(), t.amountText(),
                t.source(), t.sourceText())).toList()));
        tables.add(table("KinhPhi", List.of("Mã trường", "Năm học", "Nguồn", "Số tiền (đồng)", "Cơ sở"), schools,
                s -> s.funding().bySource().entrySet().stream().map(e -> row(s.code(), s.schoolYear(), e.getKey(),
                        e.getValue(), s.funding().basis())).toList()));
        tables.add(table("PhatHien", List.of("Mã trường", "Năm học", "Mã lỗi", "Mức độ", "Trang tính", "Ô", "Nội dung"),
                schools, s -> s.findings().stream().map(f -> row(s.code(), s.schoolYear(), f.code(),
                        f.severity().name(), f.sheet(), f.cell(), f.message())).toList()));
        if (schools.stream().anyMatch(ExportedSchool::tt57)) {
            tables.addAll(tt57Tables(schools.stream().filter(ExportedSchool::tt57).toList()));
        }
        return tables;
    }

    /** What only the TT57/2026 plan form has: an export of 2018-era schools keeps its six tables. */
    private static List<Table> tt57Tables(List<ExportedSchool> schools) {
        List<Table> tables = new ArrayList<>();
        tables.add(table("KeHoachTT57", List.of("Mã trường", "Năm học", "TT", "Tiêu chí", "Nội dung cải tiến",
                "Mục tiêu cải tiến", "Hoạt động/giải pháp", "Chỉ số đánh giá kết quả", "Thời gian (gốc)",
                "Đơn vị/cá nhân phụ trách", "Nguồn lực bảo đảm", "Minh chứng dự kiến", "Mức độ thực hiện",
                "Tỷ lệ (%)", "Mức độ thực hiện (gốc)"), schools, s -> {
                    List<List<Object>> rows = new ArrayList<>();
                    int n = 0;
                    for (ExportedSchool.TaskEntry t : s.tasks()) {
                        rows.add(row(s.code(), s.schoolYear(), ++n, t.criterion(), t.improvement(), t.goal(), t.task(),
                                t.indicator(), t.periodText(), t.lead(), t.resources(), t.evidence(),
                                progressLabel(t.progress()), t.progressPercent(), t.progressText()));
                    }
                    return rows;
                }));
        tables.add(table("VanDeTrongTam", List.of("Mã trường", "Năm học", "Tiêu chuẩn", "Tiêu chí liên quan",
                "Đánh giá hiện trạng", "Điểm hạn chế", "Nguyên nhân"), schools, s -> s.priorities().stream()
                .map(p -> row(s.code(), s.schoolYear(), p.standard(), p.criteria(), p.currentState(), p.weakness(),
                        p.cause())).toList()));
        tables.add(table("TheoDoi", List.of("Mã trường", "Năm học", "Thời điểm", "Nội dung theo dõi",
                "Kết quả thực hiện", "Điều chỉnh", "Người đánh giá"), schools, s -> s.monitoring().stream()
                .map(m -> row(s.code(), s.schoolYear(), m.momentText(), m.content(), m.result(), m.adjustment(),
                        m.reviewer())).toList()));
        return tables;
    }

    private static String progressLabel(String state) {
        return state == null ? null : vn.kdcl.normalise.Progress.State.valueOf(state).label();
    }

    private static Table table(String name, List<String> headers, List<ExportedSchool> schools,
                               Function<ExportedSchool, List<List<Object>>> rows) {
        List<List<Object>> all = new ArrayList<>();
        schools.forEach(s -> all.addAll(rows.apply(s)));
        return new Table(name, headers, all);
    }

    private static List<Object> row(Object... values) {
        List<Object> list = new ArrayList<>(values.length);
        for (Object v : values) {
            list.add(v);
        }
        return list;
    }

    private static void writeCsvRow(Writer w, List<Object> row) throws IOException {
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            Object v = row.get(i);
            String s = v == null ? "" : v.toString();
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                s = '"' + s.replace("\"", "\"\"") + '"';
            }
            w.write(s);
        }
        w.write("\r\n");
    }

    /** Keeps System.out open after a writer closes its stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
