package vn.kdcl.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The XLSX rendition of a dashboard or a province roll-up: one sheet per table with Vietnamese headers and numeric
 * cells, so an officer can sort and sum. Written with POI from the records rather than exported from the page
 * layout: a page export would scatter each table over merged cells and lose the numbers' types.
 */
public final class DashboardWorkbook {

    private static final String[] SOURCE_HEADERS = {"NSNN", "NS đơn vị", "Xã hội hóa", "Đóng góp",
            "Khác, chưa ghi nguồn", "Tổng"};

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle money;
    private final CellStyle percent;

    private DashboardWorkbook() {
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        money = wb.createCellStyle();
        money.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0.0"));
    }

    public static void write(Dashboard d, Path file) {
        DashboardWorkbook w = new DashboardWorkbook();
        w.info("Bảng tổng hợp", List.of(row("Đơn vị quản lý", d.unit()), row("Năm học", d.year()),
                row("Tỉnh/thành phố", d.province()), row("Số trường có hồ sơ được tiếp nhận", d.schools())));
        w.common(d.statuses(), d.levels(), d.fundingBySource(), d.fundingTotal(), d.fundingByStandard(),
                d.fundingByQuarter());
        w.table("Theo trường", List.of("Mã trường", "Trường", SOURCE_HEADERS[0], SOURCE_HEADERS[1], SOURCE_HEADERS[2],
                SOURCE_HEADERS[3], SOURCE_HEADERS[4], SOURCE_HEADERS[5]), d.fundingBySchool().stream()
                .map(s -> row(s.code(), s.name(), s.nsnn(), s.unitBudget(), s.socialised(), s.contributions(),
                        s.other(), s.total())).toList());
        w.shares(d.criterionShares());
        List<List<Object>> heat = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (Dashboard.HeatRow r : d.heatMap()) {
            if (codes.isEmpty() || !r.header().stream().map(Dashboard.HeatCell::label).toList().equals(codes)) {
                codes = r.header().stream().map(Dashboard.HeatCell::label).toList();
                List<Object> h = new ArrayList<>(List.of("Bộ tiêu chí " + r.catalogue(), "Mã trường"));
                h.addAll(codes);
                heat.add(h);
            }
            List<Object> line = new ArrayList<>(List.of(r.schoolName(), r.schoolCode()));
            r.cells().forEach(c -> line.add(c.level() < 0 ? null : c.level()));
            heat.add(line);
        }
        w.table("Mức đạt tiêu chí", List.of(d.tt57()
                ? "Trường (mức đạt từng tiêu chí: 0 = chưa đạt Mức 1; * tiêu chí bắt buộc)"
                : "Trường (mức đạt từng tiêu chí: 0 = chưa đạt Mức 1)"), heat);
        if (d.tt57()) {
            w.table("Tiến độ", List.of("Mã trường", "Trường", "Số hoạt động", "Hoàn thành",
                    "Đang thực hiện, điều chỉnh", "Chưa thực hiện, chưa hoàn thành", "Chưa rõ"), d.progressRows().stream()
                    .map(p -> row(p.code(), p.name(), p.tasks(), p.done(), p.inProgress(), p.notStarted(), p.unknown()))
                    .toList());
            w.table("Quá hạn", List.of("Mã trường", "Trường", "Tiêu chí", "Hoạt động", "Chủ trì", "Kết thúc",
                    "Số ngày quá hạn (đến " + d.today() + ")", "Mức độ thực hiện"), d.overdue().stream()
                    .map(o -> row(o.schoolCode(), o.schoolName(), o.criterion(), o.task(), o.lead(), o.end(),
                            o.daysLate(), o.progress())).toList());
        }
        if (d.registryUsed()) {
            w.table("Chưa nộp", List.of("Mã trường", "Trường", "Điện thoại", "Email", "Ghi chú"), d.missingSchools().stream()
                    .map(m -> row(m.code(), m.name(), m.phone(), m.email(), m.note())).toList());
        }
        w.save(file);
    }

    public static void write(ProvinceDashboard p, Path file) {
        DashboardWorkbook w = new DashboardWorkbook();
        w.info("Tổng hợp tỉnh", List.of(row("Tỉnh/thành phố", p.province()), row("Năm học", p.year()),
                row("Số đơn vị quản lý", p.units().size()), row("Số trường có hồ sơ được tiếp nhận", p.schools())));
        // a TT57/2026 year has no Mức 3 or Mức 4: their columns stay only while a school on an old form has them
        boolean level3 = !p.tt57() || p.units().stream().anyMatch(u -> u.level3() > 0);
        boolean level4 = !p.tt57() || p.units().stream().anyMatch(u -> u.level4() > 0);
        List<String> headers = new ArrayList<>(List.of("Đơn vị quản lý", "Số trường", "Không có cảnh báo", "Có cảnh báo",
                "Tệp bị từ chối", "Trường chỉ có tệp bị từ chối", "Chưa nộp", p.notReachedLabel(), "Mức 1", "Mức 2"));
        if (level3) {
            headers.add("Mức 3");
        }
        if (level4) {
            headers.add("Mức 4");
        }
        headers.addAll(List.of(SOURCE_HEADERS));
        w.table("Đơn vị", headers, p.units().stream().map(u -> {
            List<Object> r = new ArrayList<>(row(u.unit(), u.schools(), u.clean(), u.warned(), u.rejectedFiles(),
                    u.rejectedOnly(), u.missing(), u.level0(), u.level1(), u.level2()));
            if (level3) {
                r.add(u.level3());
            }
            if (level4) {
                r.add(u.level4());
            }
            r.addAll(row(u.nsnn(), u.unitBudget(), u.socialised(), u.contributions(), u.other(), u.total()));
            return r;
        }).toList());
        w.common(p.statuses(), p.levels(), p.fundingBySource(), p.fundingTotal(), p.fundingByStandard(),
                p.fundingByQuarter());
        w.shares(p.criterionShares());
        if (p.registryUsed()) {
            w.table("Chưa nộp", List.of("Đơn vị quản lý", "Mã trường", "Trường", "Điện thoại", "Email", "Ghi chú"),
                    p.missingSchools().stream().map(m -> row(m.unit(), m.school().code(), m.school().name(),
                            m.school().phone(), m.school().email(), m.school().note())).toList());
        }
        w.save(file);
    }

    private void common(List<Dashboard.StatusCount> statuses, List<Dashboard.LevelCount> levels,
                        List<Dashboard.SourceAmount> sources, long total, List<Dashboard.GroupAmount> byStandard,
                        List<Dashboard.GroupAmount> byQuarter) {
        table("Tình trạng hồ sơ", List.of("Tình trạng", "Số lượng"),
                statuses.stream().map(s -> row(s.label(), s.count())).toList());
        table("Mức đạt của trường", List.of("Mức đạt", "Số trường"),
                levels.stream().map(l -> row(l.label(), l.schools())).toList());
        List<List<Object>> src = new ArrayList<>(sources.stream().map(s -> row(s.label(), s.amount())).toList());
        src.add(row("Tổng cộng", total));
        table("Kinh phí theo nguồn", List.of("Nguồn", "Số tiền (đồng)"), src);
        table("Kinh phí theo tiêu chuẩn", List.of("Tiêu chuẩn", "Số nhiệm vụ", "Số tiền (đồng)"), groups(byStandard));
        table("Kinh phí theo quý", List.of("Thời gian bắt đầu", "Số nhiệm vụ", "Số tiền (đồng)"), groups(byQuarter));
    }

    private void shares(List<Dashboard.CriterionShare> shares) {
        table("Tỉ lệ đạt theo tiêu chí", List.of("Bộ tiêu chí", "Mã", "Tiêu chí", "Số trường", "Đạt Mức 1",
                        "Đạt Mức 2", "Đạt Mức 3", "% Mức 1", "% Mức 2", "% Mức 3"),
                shares.stream().map(c -> row(c.catalogue(), c.code(), c.name(), c.schools(), c.reach1(), c.reach2(),
                        c.reach3(), c.share1(), c.share2(), c.share3())).toList());
    }

    private static List<List<Object>> groups(List<Dashboard.GroupAmount> groups) {
        List<List<Object>> rows = new ArrayList<>(groups.stream().map(g -> row(g.label(), g.tasks(), g.amount())).toList());
        rows.add(row("Tổng cộng", groups.stream().mapToInt(Dashboard.GroupAmount::tasks).sum(),
                groups.stream().mapToLong(Dashboard.GroupAmount::amount).sum()));
        return rows;
    }

    private void info(String name, List<List<Object>> rows) {
        table(name, List.of("Thông tin", "Giá trị"), rows);
    }

    private void table(String name, List<String> headers, List<List<Object>> rows) {
        Sheet sheet = wb.createSheet(name);
        Row h = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = h.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(header);
        }
        int width = headers.size();
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            width = Math.max(width, values.size());
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v == null) {
                    continue;
                }
                Cell c = row.createCell(i);
                if (v instanceof Long || v instanceof Integer) {
                    c.setCellValue(((Number) v).doubleValue());
                    c.setCellStyle(v instanceof Long ? money : c.getCellStyle());
                } else if (v instanceof Double d) {
                    c.setCellValue(d);
                    c.setCellStyle(percent);
                } else {
                    c.setCellValue(v.toString());
                }
            }
        }
        sheet.createFreezePane(0, 1);
        for (int i = 0; i < width; i++) {
            sheet.setColumnWidth(i, i == 0 || (i <= 2 && headers.size() > 2 && headers.get(i).startsWith("Tiêu chí"))
                    ? 40 * 256 : 14 * 256);
        }
    }

    private static List<Object> row(Object... values) {
        return java.util.Arrays.asList(values);
    }

    private void save(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            } finally {
                wb.close();
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
