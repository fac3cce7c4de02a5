package vn.kdcl.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.kdcl.catalogue.LevelRules.CountCondition;
import vn.kdcl.catalogue.LevelRules.Level4Condition;
import vn.kdcl.catalogue.LevelRules.LevelMapping;
import vn.kdcl.catalogue.LevelRules.RequiredCriteria;
import vn.kdcl.catalogue.LevelRules.SchoolLevelRule;

/**
 * Applies a catalogue's {@link LevelRules} to criterion results. Stateless: the rules are data in the
 * catalogue, so a new circular or an amendment is a new YAML file, not new code.
 */
public class SchoolLevelRules {

    /**
     * @param catalogue       the catalogue version whose rules apply
     * @param criterionLevels criterion code → level reached (0..3); codes not in the catalogue are ignored,
     *                        levels above what a criterion has are capped, missing criteria count as 0
     * @param level4Met       numbers (1..n) of the Mức 4 criteria met
     */
    public SchoolAssessment assess(Catalogue catalogue, Map<String, Integer> criterionLevels, Set<Integer> level4Met) {
        Results results = new Results(catalogue, criterionLevels, level4Met);
        LevelRules rules = catalogue.rules();
        List<String> reasons = new ArrayList<>();
        int school = 0;
        List<SchoolLevelRule> ordered = rules.levels().stream()
                .sorted(Comparator.comparingInt(SchoolLevelRule::level)).toList();
        for (SchoolLevelRule rule : ordered) {
            if (rule.requiresPrevious() && school < rule.level() - 1) {
                reasons.add("Mức " + rule.level() + ": không xét vì trường chưa đạt Mức " + (rule.level() - 1) + ".");
                continue;
            }
            List<String> unmet = new ArrayList<>();
            List<String> met = new ArrayList<>();
            check(rule, results, met, unmet);
            boolean ok = unmet.isEmpty();
            if (ok) {
                school = Math.max(school, rule.level());
            }
            String detail = String.join("; ", ok ? met : unmet);
            reasons.add("Mức " + rule.level() + ": " + (ok ? "đạt" : "chưa đạt")
                    + (detail.isEmpty() ? "" : " — " + detail)
                    + (rule.article().isEmpty() ? "" : " (" + rule.article() + ")") + ".");
        }
        if (rules.levels().isEmpty()) {
            reasons.add("Danh mục " + catalogue.id() + " chưa có quy tắc xếp mức trường.");
        }
        reasons.add(school == 0 ? "Kết luận: trường " + Character.toLowerCase(rules.notReached().charAt(0))
                + rules.notReached().substring(1) + "." : "Kết luận: trường đạt Mức " + school + ".");
        int accreditation = rules.accreditation().apply(school);
        int national = rules.nationalStandard().apply(school);
        if (!rules.accreditation().isEmpty()) {
            reasons.add(mappingReason("Cấp độ kiểm định", "Cấp độ", accreditation, rules.accreditation()));
        }
        if (!rules.nationalStandard().isEmpty()) {
            reasons.add(mappingReason("Chuẩn quốc gia", "Mức độ", national, rules.nationalStandard()));
        }
        if (!rules.verified() && !rules.levels().isEmpty()) {
            reasons.add("Lưu ý: quy tắc xếp mức của " + catalogue.id()
                    + " được suy ra, chưa đối chiếu nguyên văn thông tư.");
        }
        return new SchoolAssessment(catalogue.id(), school, results.count(1), results.count(2), results.count(3),
                results.level4Count(), accreditation, national, rules.verified(), reasons);
    }

    private static void check(SchoolLevelRule rule, Results results, List<String> met, List<String> unmet) {
        for (CountCondition c : rule.criteria()) {
            int available = (int) results.catalogue.criteria().stream()
                    .filter(x -> c.counts(x) && x.hasLevel(c.level())).count();
            int needed = c.all() ? available : Integer.parseInt(c.min().trim());
            int have = results.count(c);
            String scope = (c.standard() == null ? "" : "tiêu chuẩn " + c.standard() + " ")
                    + ("mandatory".equals(c.among()) ? "(bắt buộc) " : "others".equals(c.among()) ? "(không bắt buộc) " : "");
            String text = scope + "cần ít nhất " + needed + " tiêu chí đạt Mức " + c.level() + ", có " + have
                    + (c.all() ? "" : "/" + available);
            (have >= needed ? met : unmet).add(text);
        }
        for (RequiredCriteria r : rule.required()) {
            for (String code : r.codes()) {
                int level = results.levelOf(code);
                (level >= r.level() ? met : unmet).add("tiêu chí " + code + " phải đạt Mức " + r.level()
                        + ", đang ở Mức " + level);
            }
        }
        Level4Condition l4 = rule.level4();
        if (l4 != null) {
            int available = results.catalogue.level4().size();
            int needed = l4.all() ? available : Integer.parseInt(l4.min().trim());
            int have = results.level4Count();
            (have >= needed ? met : unmet).add("cần ít nhất " + needed + " tiêu chí Mức 4 đạt, có " + have
                    + "/" + available);
        }
    }

    private static String mappingReason(String label, String unit, int value, LevelMapping mapping) {
        String article = mapping.article().isEmpty() ? "" : " (" + mapping.article() + ")";
        if (mapping.information()) {
            return label + " (chỉ để tham khảo, không phải kết luận): " + (value == 0 ? "chưa tương ứng mức nào"
                    : unit + " " + value) + article + (mapping.preconditions().isEmpty() ? ""
                    : "; còn cần: " + String.join("; ", mapping.preconditions())) + ".";
        }
        if (value == 0) {
            return label + ": không tương ứng với mức hiện tại" + article + ".";
        }
        String pre = mapping.preconditions().isEmpty() ? ""
                : "; điều kiện không suy ra được từ kết quả tiêu chí: " + String.join("; ", mapping.preconditions());
        return label + ": " + unit + " " + value + article + pre + ".";
    }

    /** Criterion results normalised against one catalogue. */
    private static final class Results {
        private final Catalogue catalogue;
        private final Map<String, Integer> given;
        private final int level4;

        Results(Catalogue catalogue, Map<String, Integer> given, Set<Integer> level4Met) {
            this.catalogue = catalogue;
            this.given = given == null ? Map.of() : given;
            this.level4 = level4Met == null ? 0 : (int) catalogue.level4().stream()
                    .filter(l -> level4Met.contains(l.number())).count();
        }

        int levelOf(String code) {
            return catalogue.criterion(code).map(this::levelOf).orElse(0);
        }

        int levelOf(Criterion c) {
            Integer v = given.get(c.code());
            return v == null ? 0 : Math.max(0, Math.min(v, c.maxLevel()));
        }

        int count(int level) {
            return (int) catalogue.criteria().stream().filter(c -> c.hasLevel(level) && levelOf(c) >= level).count();
        }

        int count(CountCondition c) {
            return (int) catalogue.criteria().stream()
                    .filter(x -> c.counts(x) && x.hasLevel(c.level()) && levelOf(x) >= c.level()).count();
        }

        int count(int level, int standard) {
            return (int) catalogue.criteria().stream()
                    .filter(c -> c.standard() == standard && c.hasLevel(level) && levelOf(c) >= level).count();
        }

        int level4Count() {
            return level4;
        }
    }
}
