package vn.kdcl.feedback;

import java.time.Instant;
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

/** A small but complete TT17 primary-school submission, written with the product's template writer. */
final class FeedbackSamples {

    static final CatalogueRepository CATALOGUES = CatalogueRepository.fromClasspath();
    static final Instant DATE = Instant.parse("2024-10-05T02:00:00Z");
    static final TemplateWriter WRITER = new TemplateWriter(DATE);

    private FeedbackSamples() {
    }

    static Catalogue tt17() {
        return CATALOGUES.byId("TT17/2018").orElseThrow();
    }

    /**
     * Every criterion at Mức 2 (four at Mức 3), declared consistently; three plan tasks whose second one
     * starts at {@code secondStart} (row 3 of "Kế hoạch cải tiến", column H).
     */
    static SchoolSubmissionData school(String code, String secondStart) {
        Catalogue tt17 = tt17();
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
        info.put(InfoField.PREPARED_ON, "13/9/2023");
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
        List<SchoolSubmissionData.PlanTask> tasks = List.of(
                task("1.1", "Rà soát phương hướng chiến lược", "Hiệu trưởng", "Quý 1/2024", "81 triệu đồng", "Ngân sách nhà nước"),
                task("3.1", "Xây dựng nhà vệ sinh", "Phó hiệu trưởng; tổ trưởng", secondStart, "3 tỷ đồng", "Ngân sách nhà nước"),
                task("M4.2", "Xây dựng thư viện điện tử", "Hiệu trưởng", "Quý 2/2024", "350 triệu", "Xã hội hóa"));
        return new SchoolSubmissionData(info, marks, level4, tasks, List.of());
    }

    private static SchoolSubmissionData.PlanTask task(String criterion, String task, String lead, Object start,
                                                      Object budget, String source) {
        return new SchoolSubmissionData.PlanTask(criterion, null, null, task, lead, null, start, "", budget, source,
                null, null, null);
    }
}
