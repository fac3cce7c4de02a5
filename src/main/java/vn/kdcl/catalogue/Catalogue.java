package vn.kdcl.catalogue;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * One version of a circular's criteria catalogue, e.g. "TT18/2018" or "TT18/2018+TT22/2024".
 * Loaded from a resource file under {@code catalogue/}; never built by hand in production code.
 *
 * @param id            version id shown to users and exported as {@code catalogue}
 * @param framework     the circular family
 * @param title         the official Vietnamese title
 * @param effectiveFrom first day this version applies
 * @param schoolTypes   school types assessed with it
 * @param standards     standards with their criteria, official order
 * @param level4        the Mức 4 criteria
 * @param source        where the lists come from (circular, chapter, articles), Vietnamese
 * @param rules         the school-level rules (Mức, Cấp độ, chuẩn quốc gia) of this version
 * @param appendix      the appendix the criteria come from ("Phụ lục II" of TT57/2026), "" when the circular has one list
 * @param confidence    how sure the lists are and where they were checked (Vietnamese), shown in docs and reports
 */
public record Catalogue(String id, Framework framework, String title, LocalDate effectiveFrom,
                        List<SchoolType> schoolTypes, List<Standard> standards, List<Level4Criterion> level4,
                        String source, LevelRules rules, String appendix, String confidence) {

    public Catalogue {
        schoolTypes = List.copyOf(schoolTypes);
        standards = new Indexed(standards);
        level4 = List.copyOf(level4);
        source = source == null ? "" : source;
        rules = rules == null ? LevelRules.NONE : rules;
        appendix = appendix == null ? "" : appendix;
        confidence = confidence == null ? "" : confidence;
    }

    public Catalogue(String id, Framework framework, String title, LocalDate effectiveFrom,
                     List<SchoolType> schoolTypes, List<Standard> standards, List<Level4Criterion> level4,
                     String source, LevelRules rules) {
        this(id, framework, title, effectiveFrom, schoolTypes, standards, level4, source, rules, "", "");
    }

    /** The original shape, kept for callers that build catalogues without rules (tests, tools). */
    public Catalogue(String id, Framework framework, String title, LocalDate effectiveFrom,
                     List<SchoolType> schoolTypes, List<Standard> standards, List<Level4Criterion> level4) {
        this(id, framework, title, effectiveFrom, schoolTypes, standards, level4, "", LevelRules.NONE);
    }

    /** The highest level any criterion has: 3 for the 2018 circulars, 2 for TT57/2026. */
    public int maxCriterionLevel() {
        return criteria().stream().mapToInt(Criterion::maxLevel).max().orElse(0);
    }

    /** Whether some criteria are mandatory for the school's level (TT57/2026). */
    public boolean hasMandatoryCriteria() {
        return criteria().stream().anyMatch(Criterion::mandatory);
    }

    /** Codes of the mandatory criteria, in official order. */
    public List<String> mandatoryCodes() {
        return criteria().stream().filter(Criterion::mandatory).map(Criterion::code).toList();
    }

    /** All criteria in official order. */
    public List<Criterion> criteria() {
        return index().criteria;
    }

    public Optional<Criterion> criterion(String code) {
        return Optional.ofNullable(code == null ? null : index().byCode.get(code));
    }

    /** Number of criteria that have the given level (27 for Mức 1 of TT17, 19 for its Mức 3). */
    public int countHavingLevel(int level) {
        return (int) criteria().stream().filter(c -> c.hasLevel(level)).count();
    }

    /** Number of criteria of one standard that have the given level. */
    public int countHavingLevel(int level, int standard) {
        return (int) criteria().stream().filter(c -> c.standard() == standard && c.hasLevel(level)).count();
    }

    public Map<String, Criterion> criteriaByCode() {
        return index().byCode; // unmodifiable, built once
    }

    private Indexed index() {
        return (Indexed) standards;
    }

    /**
     * The standards, immutable, with the derived criteria list and code map computed once: the
     * import looks criteria up for every row of every file. Equal to any list of the same standards.
     */
    private static final class Indexed extends AbstractList<Standard> implements RandomAccess {
        private final List<Standard> standards;
        private final List<Criterion> criteria;
        private final Map<String, Criterion> byCode;

        Indexed(List<Standard> standards) {
            this.standards = List.copyOf(standards);
            this.criteria = this.standards.stream().flatMap(s -> s.criteria().stream()).toList();
            Map<String, Criterion> map = new LinkedHashMap<>();
            // first one wins, as the linear search did
            criteria.forEach(c -> map.putIfAbsent(c.code(), c));
            this.byCode = Collections.unmodifiableMap(map);
        }

        @Override
        public Standard get(int index) {
            return standards.get(index);
        }

        @Override
        public int size() {
            return standards.size();
        }
    }
}
