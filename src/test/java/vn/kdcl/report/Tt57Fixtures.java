package vn.kdcl.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.kdcl.catalogue.Catalogue;
import vn.kdcl.catalogue.CatalogueRepository;
import vn.kdcl.catalogue.Criterion;
import vn.kdcl.catalogue.SchoolAssessment;
import vn.kdcl.catalogue.SchoolLevelRules;
import vn.kdcl.catalogue.SchoolType;
import vn.kdcl.export.ExportedSchool;

/**
 * Exported TT57/2026 schools as {@code ExportService} hands them to the reports (2026-2027, primary schools of one
 * unit). The computed level and counts come from the catalogue's own rule, as the importer stores them.
 */
final class Tt57Fixtures {

    static final CatalogueRepository CATALOGUES = CatalogueRepository.fromClasspath();
    static final Catalogue TH = CATALOGUES.byId("TT57/2026", SchoolType.TH).orElseThrow();
    static final String UNIT = "Phòng GD&ĐT huyện Điện Biên";
    static final String YEAR = "2026-2027";

    private Tt57Fixtures() {
    }

    /** Every criterion at {@code level} except those listed in {@code other}. */
    static ExportedSchool school(String code, String name, int level, Map<String, Integer> other,
                                 List<ExportedSchool.TaskEntry> tasks, List<ExportedSchool.PriorityEntry> priorities) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        List<ExportedSchool.CriterionEntry> criteria = new ArrayList<>();
        for (Criterion c : TH.criteria()) {
            int l = other.getOrDefault(c.code(), level);
            levels.put(c.code(), l);
            criteria.add(new ExportedSchool.CriterionEntry(c.code(), c.mandatory(), l >= 1, l >= 2, false, l));
        }
        SchoolAssessment a = new SchoolLevelRules().assess(TH, levels, Set.of());
        ExportedSchool.Counts counts = new ExportedSchool.Counts(a.level(), a.countLevel1(), a.countLevel2(), null, null);
        Map<String, Long> bySource = new HashMap<>();
        long total = 0;
        for (ExportedSchool.TaskEntry t : tasks) {
            if (t.amount() != null) {
                bySource.merge(t.source() == null ? "UNSPECIFIED" : t.source(), t.amount(), Long::sum);
                total += t.amount();
            }
        }
        return new ExportedSchool(code, name, "TH", "TT57", "TT57/2026", UNIT, "Điện Biên", YEAR, counts, counts,
                criteria, List.of(), tasks, new ExportedSchool.Funding(total, bySource, "PLAN"), List.of(),
                new ExportedSchool.SubmissionInfo(code + "_" + YEAR + ".xlsx", "inbox/" + code + ".xlsx", "0".repeat(64), 1,
                        "CURRENT"), priorities, List.of());
    }

    static ExportedSchool.TaskEntry task(String criterion, String task, LocalDate start, LocalDate end, Long amount,
                                         String indicator, String progress, Integer percent) {
        return new ExportedSchool.TaskEntry(criterion, task, "Hiệu trưởng", start, end, null, amount,
                amount == null ? null : amount + " đồng", amount == null ? null : "NSNN", null, null,
                "Kết quả mong đợi", "Cải tiến " + criterion, "Mục tiêu " + criterion, indicator, "Nguồn lực",
                "Minh chứng", progress, percent, progress == null ? null : "như đã ghi");
    }

    static ExportedSchool.PriorityEntry priority(String standard, String criteria, String weakness) {
        return new ExportedSchool.PriorityEntry(standard, criteria, "Thực trạng của tiêu chí " + criteria, weakness,
                "Thiếu kinh phí và thời gian");
    }

    /** A report data service over the real catalogues, without a database (the records are built here). */
    static ReportDataService data() {
        return new ReportDataService(null, null, CATALOGUES, null);
    }
}
