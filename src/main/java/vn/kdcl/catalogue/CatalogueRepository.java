package vn.kdcl.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The criteria catalogues shipped as data in {@code src/main/resources/catalogue/}.
 * {@code index.yaml} lists the files; each file is one version of one circular. An office corrects a fact
 * without a release by putting a file of the same name in {@code <home>/catalogue/} ({@link #load(Path)}).
 */
public final class CatalogueRepository {

    private static final String INDEX = "catalogue/index.yaml";
    private static final Logger LOG = LoggerFactory.getLogger(CatalogueRepository.class);

    private final List<Catalogue> catalogues;

    public CatalogueRepository(List<Catalogue> catalogues) {
        this.catalogues = List.copyOf(catalogues);
    }

    /** Loads every catalogue listed in the classpath index. */
    public static CatalogueRepository fromClasspath() {
        return load(null);
    }

    /**
     * Loads the classpath catalogues with an office's corrections: a {@code *.yaml} file in {@code overrides}
     * (normally {@code <home>/catalogue/}) replaces the classpath file of the same name, and any other
     * {@code *.yaml} there (except {@code index.yaml}) is added after the shipped ones, in file-name order.
     * A missing folder means no overrides. A file that cannot be read stops the load with a message naming it.
     *
     * @param overrides the folder, or null for the classpath catalogues only
     */
    public static CatalogueRepository load(Path overrides) {
        YAMLMapper mapper = mapper();
        Index index = read(mapper, INDEX, Index.class);
        Map<String, Path> local = overrideFiles(overrides);
        List<Catalogue> loaded = new ArrayList<>();
        for (String file : index.files()) {
            Path replacement = local.remove(file);
            if (replacement != null) {
                loaded.add(readOverride(mapper, replacement));
                LOG.info("Catalogue {} replaced by {}", file, replacement);
            } else {
                loaded.add(read(mapper, "catalogue/" + file, CatalogueFile.class).toCatalogue());
            }
        }
        for (Path extra : local.values()) {
            Catalogue added = readOverride(mapper, extra);
            loaded.stream().filter(c -> c.id().equalsIgnoreCase(added.id()) && c.appendix().equals(added.appendix()))
                    .findFirst().ifPresent(c -> {
                        throw new IllegalStateException("Tệp danh mục tiêu chí " + extra + " trùng mã " + added.id()
                                + (added.appendix().isEmpty() ? "" : " " + added.appendix())
                                + " với danh mục có sẵn. Để sửa danh mục có sẵn, hãy đặt tệp đúng tên tệp gốc"
                                + " (xem docs/catalogue.md); để thêm danh mục mới, hãy đổi mã (id).");
                    });
            loaded.add(added);
            LOG.info("Catalogue {} added from {}", extra.getFileName(), extra);
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

    /** The {@code *.yaml} files of the override folder by file name, sorted; none when it does not exist. */
    private static Map<String, Path> overrideFiles(Path folder) {
        Map<String, Path> files = new TreeMap<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("index.yaml"))
                    .forEach(p -> files.put(p.getFileName().toString(), p));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list catalogue overrides in " + folder, e);
        }
        return files;
    }

    /**
     * One office file. The message is for the officer ("Lỗi: …" on the command line), so it is Vietnamese,
     * names the file and is the root cause; the parser's exception is kept as a suppressed one for the log.
     */
    private static Catalogue readOverride(YAMLMapper mapper, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return mapper.readValue(in, CatalogueFile.class).toCatalogue();
        } catch (IOException | RuntimeException e) {
            String detail = describe(e);
            LOG.error("Catalogue override {} cannot be read", file, e);
            IllegalStateException failure = new IllegalStateException("Tệp danh mục tiêu chí " + file
                    + " (bản sửa của đơn vị) không đọc được: " + detail
                    + ". Hãy sửa tệp theo docs/catalogue.md hoặc chuyển nó ra khỏi thư mục catalogue rồi chạy lại.");
            failure.addSuppressed(e);
            throw failure;
        }
    }

    /** The parser's own words with the line and column, or the exception's first line. */
    private static String describe(Exception e) {
        if (e instanceof JacksonException j) {
            String where = j.getLocation() == null || j.getLocation().getLineNr() < 1 ? ""
                    : " (dòng " + j.getLocation().getLineNr() + ", cột " + j.getLocation().getColumnNr() + ")";
            return j.getOriginalMessage().lines().findFirst().orElse("") + where;
        }
        return e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
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
        /** The catalogue; an {@link IllegalArgumentException} naming the missing fields when some are absent. */
        Catalogue toCatalogue() {
            List<String> missing = new ArrayList<>();
            if (id == null || id.isBlank()) {
                missing.add("id");
            }
            if (framework == null) {
                missing.add("framework");
            }
            if (effectiveFrom == null) {
                missing.add("effectiveFrom");
            }
            if (schoolTypes == null || schoolTypes.isEmpty()) {
                missing.add("schoolTypes");
            }
            if (standards == null || standards.isEmpty()) {
                missing.add("standards");
            } else {
                for (StandardEntry s : standards) {
                    if (s.name() == null || s.criteria() == null || s.criteria().isEmpty()) {
                        missing.add("standards[" + s.number() + "].name/criteria");
                        continue;
                    }
                    for (CriterionEntry c : s.criteria()) {
                        if (c.code() == null || c.name() == null || c.levels() == null || c.levels().isEmpty()) {
                            missing.add("criterion " + c.code() + ": code/name/levels");
                        }
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("thiếu " + String.join(", ", missing));
            }
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
