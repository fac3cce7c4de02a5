package vn.kdcl.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.kdcl.catalogue.Catalogue;
import vn.kdcl.catalogue.CatalogueRepository;
import vn.kdcl.catalogue.Criterion;
import vn.kdcl.ingest.read.InfoField;
import vn.kdcl.template.SchoolSubmissionData;
import vn.kdcl.template.TemplateWriter;

/** Realistic school workbooks for import tests, written with the product's own template writer. */
public final class SampleWorkbooks {

    public static final CatalogueRepository CATALOGUES = CatalogueRepository.fromClasspath();

    private SampleWorkbooks() {
    }

    /**
     * Seed 004's school (PTDTBT TH Hẹ Muông, TT17/2018, 2023-2024): Mức 1 27/27, Mức 2 27/27,
     * Mức 3 4/19, Mức 4 0/5, declared Mức 2, with plan expressions from the seed.
     */
    public static SchoolSubmissionData heMuong(String code, String preparedOn) {
        // Every criterion without Mức 3 reached gets a task, so PLN-002 stays quiet for the target Mức 2.
        return heMuong(code, preparedOn, List.of(
                task("1.1", "Rà soát phương hướng chiến lược", "Hiệu trưởng", "Quý 1/2024", "", "81 triệu đồng", "Ngân sách nhà nước"),
                task("3.1", "Xây dựng nhà vệ sinh", "Phó hiệu trưởng; tổ trưởng", "Từ 8/2023 Đến 5/2024", "", "3 tỷ đồng", "tham mưu UBND huyện"),
                task("M4.2", "Xây dựng thư viện điện tử", "Hiệu trưởng", "Năm 2024", "", "350 triệu", "Xã hội hóa")));
    }

    /** The same school with the given plan tasks. */
    public static SchoolSubmissionData heMuong(String code, String preparedOn, List<SchoolSubmissionData.PlanTask> tasks) {
        Catalogue tt17 = CATALOGUES.byId("TT17/2018").orElseThrow();
        Map<InfoField, Object> info = new EnumMap<>(InfoField.class);
        info.put(InfoField.SCHOOL_CODE, code);
        info.put(InfoField.SCHOOL_NAME, "Trường PTDTBT Tiểu học xã Hẹ Muông");
        info.put(InfoField.SCHOOL_TYPE, "Tiểu học");
        info.put(InfoField.UNIT, "Phòng GD&ĐT huyện Điện Biên");
        info.put(InfoField.PROVINCE, "Điện Biên");
        info.put(InfoField.SCHOOL_YEAR, "2023-2024");
        info.put(InfoField.CIRCULAR, "TT17/2018");
        info.put(InfoField.DECLARED_LEVEL, "Mức 2");
        info.put(InfoField.COUNT_LEVEL1, "27/27");
        info.put(InfoField.COUNT_LEVEL2, "27/27");
        info.put(InfoField.COUNT_LEVEL3, "4/19");
        info.put(InfoField.COUNT_LEVEL4, "0/5");
        info.put(InfoField.PRINCIPAL, "Lò Văn Minh");
        info.put(InfoField.PREPARED_ON, preparedOn);
        List<SchoolSubmissionData.CriterionMark> marks = new ArrayList<>();
        int level3 = 0;
        for (Criterion c : tt17.criteria()) {
            Boolean m3 = c.hasLevel(3) ? (level3++ < 4) : null;
            marks.add(new SchoolSubmissionData.CriterionMark(c.code(), true, true, m3, null, null, null));
        }
        List<SchoolSubmissionData.Level4Mark> level4 = new ArrayList<>();
        for (int i = 1; i <= tt17.level4().size(); i++) {
            level4.add(new SchoolSubmissionData.Level4Mark(i, false, null));
        }
        return new SchoolSubmissionData(info, marks, level4, tasks, List.of());
    }

    public static SchoolSubmissionData.PlanTask task(String criterion, String task, String lead, Object start, Object end,
                                              Object budget, String source) {
        return new SchoolSubmissionData.PlanTask(criterion, null, null, task, lead, null, start, end, budget, source,
                null, null, null);
    }

    public static void write(SchoolSubmissionData data, String catalogueId, Path file) {
        new TemplateWriter().write(CATALOGUES.byId(catalogueId).orElseThrow(), data, file);
    }
}
