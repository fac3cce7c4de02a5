package vn.kdcl.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The criteria catalogues shipped as data in {@code src/main/resources/catalogue/}.
 * {@code index.yaml} lists the files; each file is one version of one circular.
 */
public final class CatalogueRepository {

    private static final String INDEX = "catalogue/index.yaml";

    private final List<Catalogue> catalogues;

    public CatalogueRepository(List<Catalogue> catalogues) {
        this.catalogues = List.copyOf(catalogues);
    }

    /** Loads every catalogue listed in the classpath index. */
    public static CatalogueRepository fromClasspath() {
        YAMLMapper mapper = mapper();
        Index index = read(mapper, INDEX, Index.class);
        List<Catalogue> loaded = new ArrayList<>();
        for (String file : index.files()) {
            loaded.add(read(mapper, "catalogue/" + file, CatalogueFile.class).toCatalogue());
        }
        return new CatalogueRepository(loaded);
    }

    /** Parses one catalogue file (used by tests and by {@link #fromClasspath()}). */
    public static Catalogue parse(InputStream yaml) {
        return mapper().readValue(yaml, CatalogueFile.class).toCatalogue();
    }

    public List<Catalogue> all() {
        return catalogues;
    }

    public Optional<Catalogue> byId(String id) {
        return catalogues.stream().filter(c -> c.id().equalsIgnoreCase(id.trim())).findFirst();
    }

    /** The version of a framework in force on the given day (the newest one effective by then). */
    public Optional<Catalogue> inForce(Framework framework, LocalDate day) {
        return catalogues.stream()
                .filter(c -> c.framework() == framework && !c.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(Catalogue::effectiveFrom));
    }

    /**
     * The catalogue a school of this type is assessed with on the given day: the newest one, of any circular,
     * effective by then that lists the type (TT18/2018+TT22/2024 on 1/9/2025 for a THCS, TT57/2026 on 1/9/2026).
     */
    public Optional<Catalogue> forSchoolType(SchoolType type, LocalDate day) {
        return catalogues.stream()
                .filter(c -> c.schoolTypes().contains(type) && !c.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(Catalogue::effectiveFrom));
    }

    /** The version of a framework in force on the given day for a school type (TT57 has one appendix per kind). */
    public Optional<Catalogue> inForce(Framework framework, SchoolType type, LocalDate day) {
        return catalogues.stream()
                .filter(c -> c.framework() == framework && !c.effectiveFrom().isAfter(day)
                        && (type == null || c.schoolTypes().contains(type)))
                .max(Comparator.comparing(Catalogue::effectiveFrom));
    }

    /** The catalogue with this id for a school type (TT57/2026 is one id over three appendices). */
    public Optional<Catalogue> byId(String id, SchoolType type) {
        List<Catalogue> same = catalogues.stream().filter(c -> c.id().equalsIgnoreCase(id.trim())).toList();
        return same.stream().filter(c -> type != null && c.schoolTypes().contains(type)).findFirst()
                .or(() -> same.stream().findFirst());
    }

    /** Every version of a framework, oldest first. */
    public List<Catalogue> versions(Framework framework) {
        return catalogues.stream().filter(c -> c.framework() == framework)
                .sorted(Comparator.comparing(Catalogue::effectiveFrom)).toList();
    }

    private static YAMLMapper mapper() {
        return YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    private static <T> T read(YAMLMapper mapper, String resource, Class<T> type) {
        try (InputStream in = CatalogueRepository.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing catalogue resource " + resource);
            }
            return mapper.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Index(List<String> files) {
    }

    record CatalogueFile(String id, Framework framework, String title, LocalDate effectiveFrom,
                         List<SchoolType> schoolTypes, List<StandardEntry> standards, List<Level4Criterion> level4,
                         String source, LevelRules rules, String appendix, String confidence) {
        Catalogue toCatalogue() {
            List<Standard> std = standards.stream().map(s -> new Standard(s.number(), s.name(),
                    s.criteria().stream().map(c -> new Criterion(c.code(), s.number(), c.name(), c.levels(),
                            Boolean.TRUE.equals(c.mandatory()), c.note())).toList()))
                    .toList();
            return new Catalogue(id, framework, title, effectiveFrom, schoolTypes, std,
                    level4 == null ? List.of() : level4, source, rules, appendix, confidence);
        }
    }

    record StandardEntry(int number, String name, List<CriterionEntry> criteria) {
    }

    record CriterionEntry(String code, String name, List<Integer> levels, Boolean mandatory, String note) {
    }
}
