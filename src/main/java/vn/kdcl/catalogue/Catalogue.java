package vn.kdcl.catalogue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 */
public record Catalogue(String id, Framework framework, String title, LocalDate effectiveFrom,
                        List<SchoolType> schoolTypes, List<Standard> standards, List<Level4Criterion> level4) {

    public Catalogue {
        schoolTypes = List.copyOf(schoolTypes);
        standards = List.copyOf(standards);
        level4 = List.copyOf(level4);
    }

    /** All criteria in official order. */
    public List<Criterion> criteria() {
        return standards.stream().flatMap(s -> s.criteria().stream()).toList();
    }

    public Optional<Criterion> criterion(String code) {
        return criteria().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** Number of criteria that have the given level (27 for Mức 1 of TT17, 19 for its Mức 3). */
    public int countHavingLevel(int level) {
        return (int) criteria().stream().filter(c -> c.hasLevel(level)).count();
    }

    public Map<String, Criterion> criteriaByCode() {
        Map<String, Criterion> map = new LinkedHashMap<>();
        criteria().forEach(c -> map.put(c.code(), c));
        return map;
    }
}
