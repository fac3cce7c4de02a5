package vn.kdcl.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.kdcl.catalogue.Catalogue;
import vn.kdcl.catalogue.CatalogueRepository;
import vn.kdcl.catalogue.Criterion;
import vn.kdcl.ingest.read.InfoField;
import vn.kdcl.template.SchoolSubmissionData;
import vn.kdcl.template.TemplateWriter;

/** School workbooks for the report tests, written with the product's template writer. */
final class ReportWorkbooks {

    static final CatalogueRepository CATALOGUES = CatalogueRepository.fromClasspath();

    private ReportWorkbooks() {
    }

    /**
     * A school whose criteria all reach Mức 2 except {@code onlyLevel1} (Mức 1 only), with the first
     * {@code level3} criteria that have Mức 3 reaching it.
     */
    static SchoolSubmissionData school(String catalogueId, String code, String name, String type, String unit,
                                       Set<String> onlyLevel1, int level3, List<SchoolSubmissionData.PlanTask> tasks) {
        Catalogue catalogue = CATALOGUES.byId(catalogueId).orElseThrow();
        Map<InfoField, Object> info = new EnumMap<>(InfoField.class);
        info.put(InfoField.SCHOOL_CODE, code);
        info.put(InfoField.SCHOOL_NAME, name);
        info.put(InfoField.SCHOOL_TYPE, type);
        info.put(InfoField.UNIT, unit);
        info.put(InfoField.PROVINCE, "Điện Biên");
        info.put(InfoField.SCHOOL_YEAR, "2024-2025");
        info.put(InfoField.CIRCULAR, catalogueId);
        info.put(InfoField.PRINCIPAL, "Lò Thị Hoà");
        List<SchoolSubmissionData.CriterionMark> marks = new ArrayList<>();
        int reached3 = 0;
        for (Criterion c : catalogue.criteria()) {
            boolean two = !onlyLevel1.contains(c.code());
            Boolean three = c.hasLevel(3) ? (two && reached3++ < level3) : null;
            marks.add(new SchoolSubmissionData.CriterionMark(c.code(), true, two, three, null, null, null));
        }
        List<SchoolSubmissionData.Level4Mark> level4 = new ArrayList<>();
        for (int i = 1; i <= catalogue.level4().size(); i++) {
            level4.add(new SchoolSubmissionData.Level4Mark(i, false, null));
        }
        return new SchoolSubmissionData(info, marks, level4, tasks, List.of());
    }

    static SchoolSubmissionData.PlanTask task(String criterion, String task, String budget, String source) {
        return new SchoolSubmissionData.PlanTask(criterion, null, null, task, "Hiệu trưởng", null, "Tháng 10/2024",
                "Tháng 5/2025", budget, source, null, null, null);
    }

    /** A task with explicit start and end cells (null: left blank). */
    static SchoolSubmissionData.PlanTask task(String criterion, String task, String budget, String source, Object start,
                                              Object end) {
        return new SchoolSubmissionData.PlanTask(criterion, null, null, task, "Hiệu trưởng", null, start, end, budget,
                source, null, null, null);
    }

    static void write(SchoolSubmissionData data, String catalogueId, Path file) {
        new TemplateWriter().write(CATALOGUES.byId(catalogueId).orElseThrow(), data, file);
    }
}
