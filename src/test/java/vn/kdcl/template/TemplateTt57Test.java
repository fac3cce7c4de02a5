package vn.kdcl.template;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kdcl.template.Tt57Labels.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.catalogue.Catalogue;
import vn.kdcl.catalogue.CatalogueRepository;
import vn.kdcl.catalogue.Criterion;
import vn.kdcl.catalogue.SchoolType;
import vn.kdcl.ingest.read.InfoField;
import vn.kdcl.registry.Registry;
import vn.kdcl.registry.RegistryEntry;
import vn.kdcl.template.SchoolSubmissionData.CriterionMark;
import vn.kdcl.text.VietText;

/** The Thông tư 57/2026 workbook: the layout shared with the importer, formulas, and the set per school year. */
class TemplateTt57Test {

    private static final CatalogueRepository REPO = CatalogueRepository.fromClasspath();
    private final TemplateWriter writer = new TemplateWriter(Instant.parse("2026-08-20T00:00:00Z"));
    private final DataFormatter fmt = new DataFormatter();

    private static Catalogue tt57(SchoolType type) {
        return REPO.forSchoolType(type, LocalDate.of(2026, 9, 1)).orElseThrow();
    }

    private static List<String> row(Sheet sheet, int r) {
        List<String> out = new ArrayList<>();
        for (Cell c : sheet.getRow(r)) {
            out.add(c.getStringCellValue());
        }
        return out;
    }

    private XSSFWorkbook roundTrip(Catalogue c, Tt57SubmissionData data) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(writer.toBytes(c, data)));
    }

    @Test
    void layoutIsTheContract() throws IOException {
        Catalogue c = tt57(SchoolType.THCS);
        assertThat(TemplateWriter.isTt57(c)).isTrue();
        try (XSSFWorkbook wb = roundTrip(c, Tt57SubmissionData.blank())) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Hướng dẫn", "Thông tin trường", "Kết quả tự đánh giá",
                    "Vấn đề trọng tâm", "Kế hoạch cải tiến", "Theo dõi, đánh giá", "Danh mục");
            assertThat(wb.getSheetVisibility(wb.getSheetIndex(SHEET_LISTS))).isEqualTo(SheetVisibility.HIDDEN);
            assertThat(row(wb.getSheet(SHEET_RESULTS), 0)).containsExactly("Tiêu chuẩn", "Mã tiêu chí", "Tên tiêu chí",
                    "Bắt buộc", "Mức 1", "Mức 2", "Mức đạt", "Điểm mạnh", "Điểm hạn chế", "Minh chứng");
            assertThat(row(wb.getSheet(SHEET_ISSUES), 0)).containsExactly("TT", "Tiêu chuẩn",
                    "Tiêu chí liên quan (nếu có)", "Đánh giá hiện trạng", "Điểm hạn chế", "Nguyên nhân của hạn chế");
            assertThat(row(wb.getSheet(SHEET_PLAN), 0)).containsExactly("TT", "Nội dung cải tiến", "Mục tiêu cải tiến",
                    "Hoạt động/giải pháp", "Chỉ số đánh giá kết quả", "Thời gian thực hiện", "Đơn vị/cá nhân phụ trách",
                    "Nguồn lực bảo đảm", "Thông tin, dữ liệu hoặc minh chứng dự kiến", "Mức độ thực hiện",
                    "Kinh phí dự kiến (đồng)", "Nguồn kinh phí");
            assertThat(row(wb.getSheet(SHEET_MONITORING), 0)).containsExactly("TT", "Thời điểm", "Nội dung theo dõi",
                    "Kết quả thực hiện", "Điều chỉnh (nếu có)", "Người đánh giá");

            // 15 criteria, 8 mandatory marked "x", nothing below the table
            Sheet results = wb.getSheet(SHEET_RESULTS);
            assertThat(results.getLastRowNum()).isEqualTo(15);
            List<String> mandatory = new ArrayList<>();
            for (int r = 1; r <= 15; r++) {
                Row row = results.getRow(r);
                if ("x".equals(fmt.formatCellValue(row.getCell(3)))) {
                    mandatory.add(row.getCell(1).getStringCellValue());
                    assertThat(wb.getFontAt(row.getCell(2).getCellStyle().getFontIndex()).getBold()).isTrue();
                }
            }
            assertThat(mandatory).containsExactly("1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2");
            assertThat(fmt.formatCellValue(results.getRow(1).getCell(2))).isEqualTo(c.criteria().get(0).name());

            // info labels in column A from row 2, values in B; computed block labels are not InfoField labels
            Sheet info = wb.getSheet(SHEET_INFO);
            for (int i = 0; i < INFO_FIELDS.size(); i++) {
                assertThat(info.getRow(i + 1).getCell(0).getStringCellValue()).isEqualTo(INFO_FIELDS.get(i).label());
            }
            assertThat(info.getRow(INFO_FIELDS.indexOf(InfoField.CIRCULAR) + 1).getCell(1).getStringCellValue())
                    .isEqualTo("TT57/2026");
            List<String> below = new ArrayList<>();
            for (int r = INFO_FIELDS.size() + 1; r <= info.getLastRowNum(); r++) {
                if (info.getRow(r) != null && info.getRow(r).getCell(0) != null) {
                    below.add(info.getRow(r).getCell(0).getStringCellValue());
                }
            }
            assertThat(below).containsExactly(COMPUTED_TITLE, COMPUTED_MANDATORY_1, COMPUTED_MANDATORY_2,
                    COMPUTED_OTHERS_1, COMPUTED_OTHERS_2, COMPUTED_LEVEL);
            for (String label : below) {
                for (InfoField f : InfoField.values()) {
                    assertThat(VietText.fold(label)).as(label).doesNotStartWith(VietText.fold(f.label()));
                }
            }
            assertThat(((XSSFSheet) wb.getSheet(SHEET_PLAN)).getDataValidations()).hasSize(2);
            assertThat(((XSSFSheet) wb.getSheet(SHEET_MONITORING)).getDataValidations()).hasSize(1);
            assertThat(wb.getName(RANGE_PROGRESS).getRefersToFormula()).isEqualTo("'Danh mục'!$D$2:$D$6");
        }
    }

    private Tt57SubmissionData marks(Catalogue c, Map<String, Boolean[]> special) {
        List<CriterionMark> marks = new ArrayList<>();
        for (Criterion cr : c.criteria()) {
            Boolean[] m = special.getOrDefault(cr.code(), new Boolean[] {true, true});
            marks.add(new CriterionMark(cr.code(), m[0], m[1], null, "Điểm mạnh", null, "Biên bản"));
        }
        return new Tt57SubmissionData(Map.of(), marks, List.of(), List.of(), List.of());
    }

    private String computedLevel(Catalogue c, Map<String, Boolean[]> special) throws IOException {
        try (XSSFWorkbook wb = roundTrip(c, marks(c, special))) {
            Sheet info = wb.getSheet(SHEET_INFO);
            Row last = info.getRow(info.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo(COMPUTED_LEVEL);
            return last.getCell(1).getStringCellValue();
        }
    }

    @Test
    void formulasFollowTheCountRule() throws IOException {
        Catalogue c = tt57(SchoolType.GDTX);
        assertThat(computedLevel(c, Map.of())).isEqualTo("Mức 2");
        // two of the seven others only at Mức 1: still Mức 2 (5/7)
        assertThat(computedLevel(c, Map.of("1.1", new Boolean[] {true, false}, "2.3", new Boolean[] {true, false})))
                .isEqualTo("Mức 2");
        // three others at Mức 1 only: Mức 1
        assertThat(computedLevel(c, Map.of("1.1", new Boolean[] {true, false}, "2.3", new Boolean[] {true, false},
                "3.3", new Boolean[] {true, false}))).isEqualTo("Mức 1");
        // one other not at Mức 1: not Mức 2 (all seven must reach Mức 1)
        assertThat(computedLevel(c, Map.of("1.1", new Boolean[] {false, false}))).isEqualTo("Mức 1");
        // three others below Mức 1: Không đạt Mức 1
        assertThat(computedLevel(c, Map.of("1.1", new Boolean[] {false, false}, "1.2", new Boolean[] {false, false},
                "2.3", new Boolean[] {false, false}))).isEqualTo("Không đạt Mức 1");
        // a mandatory criterion below Mức 1, even with Mức 2 ticked: Không đạt Mức 1, its Mức đạt 0
        Map<String, Boolean[]> bad = Map.of("1.3", new Boolean[] {false, true});
        assertThat(computedLevel(c, bad)).isEqualTo("Không đạt Mức 1");
        try (XSSFWorkbook wb = roundTrip(c, marks(c, bad))) {
            Sheet results = wb.getSheet(SHEET_RESULTS);
            for (Row r : results) {
                if (r.getRowNum() > 0 && r.getCell(1).getStringCellValue().equals("1.3")) {
                    assertThat(r.getCell(6).getNumericCellValue()).isZero();
                }
            }
            Sheet info = wb.getSheet(SHEET_INFO);
            int first = INFO_FIELDS.size() + 3;
            assertThat(info.getRow(first).getCell(1).getNumericCellValue()).isEqualTo(7);
            assertThat(info.getRow(first + 2).getCell(1).getNumericCellValue()).isEqualTo(7);
        }
        // blank template: no level shown
        try (XSSFWorkbook wb = roundTrip(c, Tt57SubmissionData.blank())) {
            Sheet info = wb.getSheet(SHEET_INFO);
            assertThat(info.getRow(info.getLastRowNum()).getCell(1).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void setPerSchoolYear(@TempDir Path dir) throws IOException {
        TemplateSet set = new TemplateSet(REPO, writer);
        TemplateSet.Result tt57 = set.writeBlank(dir.resolve("a"), "2026-2027");
        assertThat(tt57.written()).extracting(p -> p.getFileName().toString()).containsExactly(
                "KDCL_TT57-2026_MN.xlsx", "KDCL_TT57-2026_TH.xlsx", "KDCL_TT57-2026_THCS.xlsx",
                "KDCL_TT57-2026_THPT.xlsx", "KDCL_TT57-2026_PTNCH.xlsx", "KDCL_TT57-2026_GDTX.xlsx");
        assertThat(tt57.skipped()).isEmpty();
        try (Workbook wb = WorkbookFactory.create(tt57.written().get(5).toFile())) {
            Sheet info = wb.getSheet(SHEET_INFO);
            assertThat(info.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Trung tâm GDTX");
            assertThat(info.getRow(7).getCell(1).getStringCellValue()).isEqualTo("2026-2027");
            assertThat(wb.getSheet(SHEET_RESULTS).getRow(1).getCell(2).getStringCellValue())
                    .isEqualTo(tt57(SchoolType.GDTX).criteria().get(0).name());
        }

        TemplateSet.Result old = set.writeBlank(dir.resolve("b"), "2025-2026");
        assertThat(old.written()).extracting(p -> p.getFileName().toString())
                .allMatch(n -> n.startsWith("KDCL_TT1") && !n.contains("TT57")).hasSize(3);
        assertThat(old.skipped()).singleElement().asString().startsWith("Trung tâm GDTX");
        try (Workbook wb = WorkbookFactory.create(old.written().get(0).toFile())) {
            assertThat(wb.getSheet(TemplateLabels.SHEET_CRITERIA)).isNotNull();
            assertThat(wb.getSheet(SHEET_RESULTS)).isNull();
        }

        Registry registry = new Registry(List.of(
                new RegistryEntry("11010023", "Trường THCS Thanh Xương", "THCS", "UBND xã Thanh Xương", "Điện Biên"),
                new RegistryEntry("11990001", "Trung tâm GDNN-GDTX Điện Biên", "Trung tâm GDNN-GDTX", "Sở GD&ĐT", "Điện Biên")));
        TemplateSet.Result schools = set.writeForSchools(registry, dir.resolve("c"), "2026-2027",
                TemplateSet.firstDay("2026-2027"));
        assertThat(schools.skipped()).isEmpty();
        assertThat(schools.written()).hasSize(2);
        for (Path p : schools.written()) {
            try (Workbook wb = WorkbookFactory.create(p.toFile())) {
                assertThat(wb.getSheet(SHEET_RESULTS).getLastRowNum()).isEqualTo(15);
                assertThat(wb.getSheet(SHEET_INFO).getRow(1).getCell(1).getStringCellValue()).startsWith("11");
            }
        }
        TemplateSet.Result schools2025 = set.writeForSchools(registry, dir.resolve("d"), "2025-2026",
                TemplateSet.firstDay("2025-2026"));
        assertThat(schools2025.written()).hasSize(1);
        try (Workbook wb = WorkbookFactory.create(schools2025.written().get(0).toFile())) {
            assertThat(wb.getSheet(TemplateLabels.SHEET_CRITERIA)).isNotNull();
        }
    }
}
