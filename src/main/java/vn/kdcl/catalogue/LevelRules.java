package vn.kdcl.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * School-level rules of one catalogue version, as data (the {@code rules:} block of its YAML file).
 *
 * @param verified        false while the thresholds are inferred rather than read in the circular's own text
 * @param note            Vietnamese note on how the rules were derived (shown in docs and reasons)
 * @param levels          Mức 1..4 of the school, ascending
 * @param accreditation   cấp độ kiểm định from the school level
 * @param nationalStandard chuẩn quốc gia (Mức độ 1/2) from the school level
 * @param notReached      how the circular names a school below Mức 1 ("Không đạt Mức 1" in TT57/2026)
 * @param multiLevel      "lowest": a multi-level school's results given per cấp học are assessed per cấp học and the
 *                        school is at the lowest level (TT57/2026, one source); null: one table for the school
 */
public record LevelRules(boolean verified, String note, List<SchoolLevelRule> levels,
                         LevelMapping accreditation, LevelMapping nationalStandard, String notReached,
                         String multiLevel) {

    /** A catalogue without rules: every school is at level 0. */
    public static final LevelRules NONE = new LevelRules(false, "", List.of(), null, null, null, null);

    public LevelRules(boolean verified, String note, List<SchoolLevelRule> levels, LevelMapping accreditation,
                      LevelMapping nationalStandard, String notReached) {
        this(verified, note, levels, accreditation, nationalStandard, notReached, null);
    }

    /**
     * Whether a multi-level school that gives its results per cấp học is assessed per cấp học, the school being at
     * the lowest of their levels ({@code multiLevel: lowest}); otherwise its results are one table.
     */
    public boolean perSchoolLevel() {
        return "lowest".equalsIgnoreCase(multiLevel == null ? "" : multiLevel.trim());
    }

    public LevelRules {
        note = note == null ? "" : note;
        notReached = notReached == null || notReached.isBlank() ? "Chưa đạt Mức 1" : notReached;
        levels = levels == null ? List.of() : List.copyOf(levels);
        accreditation = accreditation == null ? LevelMapping.EMPTY : accreditation;
        nationalStandard = nationalStandard == null ? LevelMapping.EMPTY : nationalStandard;
    }

    public Optional<SchoolLevelRule> level(int level) {
        return levels.stream().filter(l -> l.level() == level).findFirst();
    }

    /**
     * The conditions of one school level (Mức L).
     *
     * @param level            1..4
     * @param article          where the rule comes from, e.g. "Điều 6 khoản 2; Mục 2 Chương II (Điều 12–16)"
     * @param requiresPrevious the school must also reach level L-1 (true unless stated otherwise)
     * @param criteria         minimum counts of criteria reaching a level, overall or within one standard
     * @param required         criteria that must reach a level
     * @param level4           minimum number of Mức 4 criteria met (null when not part of this level)
     */
    public record SchoolLevelRule(int level, String article, Boolean requiresPrevious,
                                  List<CountCondition> criteria, List<RequiredCriteria> required,
                                  Level4Condition level4) {
        public SchoolLevelRule {
            article = article == null ? "" : article;
            requiresPrevious = requiresPrevious == null || requiresPrevious;
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
            required = required == null ? List.of() : List.copyOf(required);
        }
    }

    /**
     * At least {@code min} criteria reach {@code level}; {@code min} is a number or {@code all}
     * (every criterion that has that level); {@code standard} limits the count to one standard;
     * {@code among} to the mandatory criteria ({@code mandatory}) or the others ({@code others}).
     */
    public record CountCondition(int level, String min, Integer standard, String among) {
        public CountCondition(int level, String min, Integer standard) {
            this(level, min, standard, null);
        }

        public boolean all() {
            return min == null || "all".equalsIgnoreCase(min.trim());
        }

        /** Whether a criterion is in the group this condition counts. */
        public boolean counts(Criterion c) {
            if (standard != null && c.standard() != standard) {
                return false;
            }
            if (among == null || among.isBlank()) {
                return true;
            }
            return switch (among.trim()) {
                case "mandatory" -> c.mandatory();
                case "others" -> !c.mandatory();
                default -> throw new IllegalArgumentException("among: " + among + " (mandatory | others)");
            };
        }
    }

    /** Every listed criterion reaches {@code level}. */
    public record RequiredCriteria(int level, List<String> codes) {
        public RequiredCriteria {
            codes = codes == null ? List.of() : List.copyOf(codes);
        }
    }

    /** At least {@code min} Mức 4 criteria met; {@code all} for every one of them. */
    public record Level4Condition(String min) {
        public boolean all() {
            return min == null || "all".equalsIgnoreCase(min.trim());
        }
    }

    /**
     * Maps a school level to another scale (cấp độ kiểm định 1–4, chuẩn quốc gia Mức độ 1–2).
     *
     * @param article       source article
     * @param fromLevel     school level → value; a level absent from the map gives 0 (none)
     * @param preconditions conditions the criteria results cannot show (Vietnamese), reported with the result
     * @param information   true when the mapping is shown as information only, never as a decision (TT57/2026)
     */
    public record LevelMapping(String article, Map<Integer, Integer> fromLevel, List<String> preconditions,
                               Boolean information) {
        public static final LevelMapping EMPTY = new LevelMapping("", Map.of(), List.of(), false);

        public LevelMapping(String article, Map<Integer, Integer> fromLevel, List<String> preconditions) {
            this(article, fromLevel, preconditions, false);
        }

        public boolean isEmpty() {
            return fromLevel.isEmpty() && article.isEmpty();
        }

        public LevelMapping {
            article = article == null ? "" : article;
            fromLevel = fromLevel == null ? Map.of() : Map.copyOf(fromLevel);
            preconditions = preconditions == null ? List.of() : List.copyOf(preconditions);
            information = Boolean.TRUE.equals(information);
        }

        public int apply(int schoolLevel) {
            return fromLevel.getOrDefault(schoolLevel, 0);
        }
    }
}
