package vn.kdcl.check;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * TT57/2026 plans as schools fill them, for tests: the template's sheets, or the whole plan typed on one sheet as a
 * Word plan pasted into Excel (numbered labels, title rows, merged and multi-line cells).
 */
final class Tt57Workbooks {

    static final List<String> MANDATORY = List.of("1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2");
    static final List<String> ALL = List.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3",
            "3.4", "3.5", "4.1", "4.2", "4.3");

    /** One activity: the form's ten columns (TT excluded) and the two optional money columns. */
    record Activity(String improvement, String goal, String activity, String indicator, String time, String lead,
                    String resources, String evidence, String progress, String budget, String source) {
        Activity with(int column, String value) {
            String[] v = {improvement, goal, activity, indicator, time, lead, resources, evidence, progress, budget, source};
            v[column] = value;
            return new Activity(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
        }
    }

    static final class Plan {
        final Map<String, String> info = new LinkedHashMap<>();
        /** criterion → {Mức 1, Mức 2} as written ("Đạt", "Không đạt", ""). */
        final Map<String, String[]> marks = new LinkedHashMap<>();
        final List<String[]> priorities = new ArrayList<>();
        final List<Activity> activities = new ArrayList<>();
        final List<String[]> monitoring = new ArrayList<>();
        /** A multi-level school's results per cấp học: cấp học label → criterion → {Mức 1, Mức 2}; empty otherwise. */
        final Map<String, Map<String, String[]>> bySchoolLevel = new LinkedHashMap<>();

        Plan info(String label, String value) {
            info.put(label, value);
            return this;
        }

        Plan mark(String code, String level1, String level2) {
            marks.put(code, new String[] {level1, level2});
            return this;
        }

        Plan level(String code, int level) {
            return mark(code, level >= 1 ? "Đạt" : "Không đạt", level >= 2 ? "Đạt" : "Không đạt");
        }
    }

    private Tt57Workbooks() {
    }

    /**
     * A sound plan of a lower-secondary school for 2026-2027: every criterion at Mức 2 but 3.3 and 4.3 (Mức 1), so the
     * school is at Mức 2; two priority issues, three activities (one with two amounts in "Nguồn lực bảo đảm"), the
     * review at the end of term I.
     */
    static Plan sound() {
        Plan p = new Plan();
        p.info("Mã trường", "79-TT57-001").info("Tên trường", "Trường THCS Nguyễn Du").info("Cấp học", "THCS")
                .info("Tỉnh/Thành phố", "Cần Thơ").info("Đơn vị quản lý", "Sở GD&ĐT thành phố Cần Thơ")
                .info("Năm học", "2026-2027").info("Thông tư áp dụng", "Thông tư 57/2026/TT-BGDĐT")
                .info("Mức tự đánh giá", "Mức 2").info("Số tiêu chí đạt Mức 1", "15/15")
                .info("Số tiêu chí đạt Mức 2", "13/15").info("Hiệu trưởng", "Trần Văn Bình");
        ALL.forEach(c -> p.level(c, c.equals("3.3") || c.equals("4.3") ? 1 : 2));
        p.priorities.add(new String[] {"3", "3.3", "Hoạt động trải nghiệm còn ít", "Chưa gắn với địa phương",
                "Thiếu kinh phí tổ chức"});
        p.priorities.add(new String[] {"4", "Tiêu chí 4.3", "Phối hợp với cha mẹ học sinh chưa thường xuyên",
                "Kênh trao đổi chưa hiệu quả", "Chưa có kế hoạch phối hợp"});
        p.activities.add(new Activity("Tiêu chí 3.3: Tổ chức hoạt động giáo dục và phát triển toàn diện",
                "Tăng hoạt động trải nghiệm", "Tổ chức 4 chuyên đề trải nghiệm gắn với địa phương",
                "100% học sinh tham gia ít nhất 2 chuyên đề", "Tháng 10/2026 - 5/2027", "Phó hiệu trưởng; tổ chuyên môn",
                "Ngân sách 20 triệu, XHH 5 triệu", "Kế hoạch, biên bản, hình ảnh", "Đang thực hiện", null, null));
        p.activities.add(new Activity("TC 4.3 - Phối hợp với gia đình, cộng đồng",
                "Cha mẹ học sinh tham gia góp ý kế hoạch", "Lập nhóm Zalo và họp phụ huynh mỗi học kỳ",
                "Tỷ lệ phụ huynh dự họp đạt 90%", "Học kỳ I", "Giáo viên chủ nhiệm", "Nhân lực hiện có",
                "Biên bản họp", "Hoàn thành", null, null));
        p.activities.add(new Activity("Tiêu chí 1.4 (bắt buộc): Tự đánh giá, cải tiến, công khai",
                "Công khai kết quả tự đánh giá", "Đăng kết quả lên cổng thông tin của trường",
                "Kết quả được công khai trước 30/6/2027", "Tháng 6/2027", "Thư ký hội đồng tự đánh giá",
                "Kinh phí chi thường xuyên", "Đường dẫn công khai", "Chưa thực hiện", "3.000.000", "Ngân sách nhà nước"));
        p.monitoring.add(new String[] {"Cuối học kỳ I", "Tiến độ các hoạt động", "Hoàn thành họp phụ huynh học kỳ I",
                "", "Hiệu trưởng"});
        return p;
    }

    /**
     * A TH&amp;THCS school giving its results per cấp học: every criterion at Mức 2 for the primary level; the lower
     * secondary level as the sound plan but 2.2 (mandatory) at Mức 1 only, so THCS is at Mức 1, and so is the school.
     */
    static Plan multiLevel() {
        Plan p = sound().info("Cấp học", "TH&THCS").info("Mức tự đánh giá", "Mức 1");
        p.info.remove("Số tiêu chí đạt Mức 1");
        p.info.remove("Số tiêu chí đạt Mức 2");
        Map<String, String[]> primary = new LinkedHashMap<>();
        Map<String, String[]> lower = new LinkedHashMap<>();
        p.marks.forEach((code, m) -> {
            primary.put(code, new String[] {"Đạt", "Đạt"});
            lower.put(code, code.equals("2.2") ? new String[] {"Đạt", "Không đạt"} : m);
        });
        p.bySchoolLevel.put("Tiểu học", primary);
        p.bySchoolLevel.put("THCS", lower);
        return p;
    }

    /** The template's layout: one sheet per part. */
    static Path multiSheet(Plan p, Path file) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet info = wb.createSheet("Thông tin trường");
            int r = 0;
            row(info, r++, "THÔNG TIN TRƯỜNG");
            for (Map.Entry<String, String> e : p.info.entrySet()) {
                row(info, r++, e.getKey(), e.getValue());
            }
            Sheet results = wb.createSheet("Kết quả tự đánh giá");
            row(results, 0, "KẾT QUẢ TỰ ĐÁNH GIÁ");
            if (p.bySchoolLevel.isEmpty()) {
                row(results, 1, "Tiêu chuẩn", "Mã tiêu chí", "Tên tiêu chí", "Bắt buộc", "Mức 1", "Mức 2", "Mức đạt");
                r = 2;
                for (Map.Entry<String, String[]> e : p.marks.entrySet()) {
                    String code = e.getKey();
                    row(results, r++, code.substring(0, 1), code, "Tiêu chí " + code,
                            MANDATORY.contains(code) ? "x" : "", e.getValue()[0], e.getValue()[1], "");
                }
            } else {
                // one block per cấp học, the cấp học merged over its rows
                row(results, 1, "Cấp học", "Tiêu chuẩn", "Mã tiêu chí", "Tên tiêu chí", "Mức 1", "Mức 2");
                r = 2;
                for (Map.Entry<String, Map<String, String[]>> level : p.bySchoolLevel.entrySet()) {
                    int first = r;
                    for (Map.Entry<String, String[]> e : level.getValue().entrySet()) {
                        String code = e.getKey();
                        row(results, r++, r - 1 == first ? level.getKey() : null, code.substring(0, 1), code,
                                "Tiêu chí " + code, e.getValue()[0], e.getValue()[1]);
                    }
                    results.addMergedRegion(new CellRangeAddress(first, r - 1, 0, 0));
                }
            }
            Sheet pri = wb.createSheet("Vấn đề trọng tâm");
            row(pri, 0, "TT", "Tiêu chuẩn", "Tiêu chí liên quan (nếu có)", "Đánh giá hiện trạng", "Điểm hạn chế",
                    "Nguyên nhân của hạn chế");
            r = 1;
            for (String[] x : p.priorities) {
                row(pri, r, String.valueOf(r), x[0], x[1], x[2], x[3], x[4]);
                r++;
            }
            Sheet plan = wb.createSheet("Kế hoạch cải tiến");
            row(plan, 0, "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG NĂM HỌC 2026-2027");
            planHeader(plan, 2);
            r = 3;
            for (Activity a : p.activities) {
                activityRow(plan, r, r - 2, a);
                r++;
            }
            Sheet mon = wb.createSheet("Theo dõi, đánh giá");
            row(mon, 0, "TT", "Thời điểm", "Nội dung theo dõi", "Kết quả thực hiện", "Điều chỉnh (nếu có)", "Người đánh giá");
            r = 1;
            for (String[] x : p.monitoring) {
                row(mon, r, String.valueOf(r), x[0], x[1], x[2], x[3], x[4]);
                r++;
            }
            return write(wb, file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The whole plan on one sheet, as typed in Word and pasted: numbered labels, titles, merged multi-line cells. */
    static Path oneSheet(Plan p, Path file) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Sheet1");
            int r = 0;
            title(s, r++, "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2026-2027");
            title(s, r++, "I. THÔNG TIN CHUNG");
            int n = 1;
            for (Map.Entry<String, String> e : p.info.entrySet()) {
                row(s, r++, n++ + ". " + e.getKey() + ": " + e.getValue());
            }
            r++;
            title(s, r++, "II. KẾT QUẢ TỰ ĐÁNH GIÁ");
            row(s, r++, "Tiêu chuẩn", "Tiêu chí", "Tên tiêu chí", "Mức 1", "Mức 2");
            int firstOfStandard = r;
            String standard = null;
            for (Map.Entry<String, String[]> e : p.marks.entrySet()) {
                String code = e.getKey();
                String std = code.substring(0, 1);
                if (standard != null && !std.equals(standard) && r - 1 > firstOfStandard) {
                    s.addMergedRegion(new CellRangeAddress(firstOfStandard, r - 1, 0, 0));
                }
                if (!std.equals(standard)) {
                    firstOfStandard = r;
                    standard = std;
                }
                row(s, r++, "Tiêu chuẩn " + std, "TC " + code + (MANDATORY.contains(code) ? " (bắt buộc)" : ""),
                        "Tên\ntiêu chí " + code, e.getValue()[0], e.getValue()[1]);
            }
            if (r - 1 > firstOfStandard) {
                s.addMergedRegion(new CellRangeAddress(firstOfStandard, r - 1, 0, 0));
            }
            r++;
            title(s, r++, "III. MỤC ĐÍCH, YÊU CẦU");
            row(s, r++, "Kế hoạch nhằm khắc phục các hạn chế đã nêu trong báo cáo tự đánh giá.");
            title(s, r++, "IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN");
            row(s, r++, "TT", "Tiêu chuẩn", "Tiêu chí liên quan", "Đánh giá hiện trạng", "Điểm hạn chế", "Nguyên nhân");
            int k = 1;
            for (String[] x : p.priorities) {
                row(s, r++, String.valueOf(k++), "Tiêu chuẩn " + x[0], x[1], x[2], x[3], x[4]);
            }
            r++;
            title(s, r++, "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG");
            planHeader(s, r++);
            k = 1;
            for (Activity a : p.activities) {
                activityRow(s, r++, k++, a.with(4, a.time() == null ? null : a.time().replace(" - ", "\n- ")));
            }
            r++;
            title(s, r++, "VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN (GIÁM SÁT NỘI BỘ)");
            row(s, r++, "TT", "Thời điểm", "Nội dung theo dõi", "Kết quả thực hiện", "Điều chỉnh (nếu có)", "Người đánh giá");
            k = 1;
            for (String[] x : p.monitoring) {
                row(s, r++, String.valueOf(k++), x[0], x[1], x[2], x[3], x[4]);
            }
            title(s, r + 1, "VII. TỔ CHỨC THỰC HIỆN");
            row(s, r + 2, "Hiệu trưởng chỉ đạo chung; các tổ chuyên môn thực hiện.");
            return write(wb, file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void planHeader(Sheet s, int r) {
        row(s, r, "TT", "Nội dung cải tiến", "Mục tiêu cải tiến", "Hoạt động/giải pháp", "Chỉ số đánh giá kết quả",
                "Thời gian thực hiện", "Đơn vị/cá nhân phụ trách", "Nguồn lực bảo đảm",
                "Thông tin, dữ liệu hoặc minh chứng dự kiến", "Mức độ thực hiện", "Kinh phí dự kiến (đồng)", "Nguồn kinh phí");
    }

    private static void activityRow(Sheet s, int r, int n, Activity a) {
        row(s, r, String.valueOf(n), a.improvement(), a.goal(), a.activity(), a.indicator(), a.time(), a.lead(),
                a.resources(), a.evidence(), a.progress(), a.budget(), a.source());
    }

    private static void title(Sheet s, int r, String text) {
        row(s, r, text);
        s.addMergedRegion(new CellRangeAddress(r, r, 0, 9));
    }

    static void row(Sheet s, int r, String... values) {
        Row row = s.getRow(r) != null ? s.getRow(r) : s.createRow(r);
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null && !values[c].isEmpty()) {
                Cell cell = row.createCell(c);
                cell.setCellValue(values[c]);
            }
        }
    }

    private static Path write(XSSFWorkbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }
}
