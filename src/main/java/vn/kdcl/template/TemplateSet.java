package vn.kdcl.template;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.kdcl.catalogue.Catalogue;
import vn.kdcl.catalogue.CatalogueRepository;
import vn.kdcl.catalogue.SchoolType;
import vn.kdcl.catalogue.SchoolTypeNames;
import vn.kdcl.ingest.read.InfoField;
import vn.kdcl.registry.Registry;
import vn.kdcl.registry.RegistryEntry;

/** What {@code kdcl templates} writes: blank templates per catalogue, or one pre-filled workbook per school. */
public final class TemplateSet {

    private final CatalogueRepository catalogues;
    private final TemplateWriter writer;

    public TemplateSet(CatalogueRepository catalogues, TemplateWriter writer) {
        this.catalogues = catalogues;
        this.writer = writer;
    }

    /** Files written and schools skipped (with the reason, in Vietnamese). */
    public record Result(List<Path> written, List<String> skipped) {
        public Result {
            written = List.copyOf(written);
            skipped = List.copyOf(skipped);
        }
    }

    /** One blank template per catalogue version, named by {@link TemplateWriter#fileName(Catalogue)}. */
    public Result writeBlank(Path dir) {
        List<Path> written = new ArrayList<>();
        for (Catalogue c : catalogues.all()) {
            Path file = dir.resolve(TemplateWriter.fileName(c));
            writer.write(c, SchoolSubmissionData.blank(), file);
            written.add(file);
        }
        return new Result(written, List.of());
    }

    /**
     * The blank templates for one school year ({@code 2026-2027}), with the catalogue each school type is
     * assessed with on 1 September of that year: one Thông tư 57/2026 workbook per school type
     * ({@code KDCL_TT57-2026_MN.xlsx}, Cấp học pre-filled), or one 2018-shaped workbook per catalogue version
     * ({@code KDCL_TT18-2018_THCS-THPT-PTNCH.xlsx}). Năm học is pre-filled; types without a catalogue are skipped.
     */
    public Result writeBlank(Path dir, String schoolYear) {
        LocalDate day = firstDay(schoolYear);
        List<Path> written = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<Catalogue, List<SchoolType>> legacy = new java.util.LinkedHashMap<>();
        for (SchoolType type : SchoolType.values()) {
            Optional<Catalogue> catalogue = catalogues.forSchoolType(type, day);
            if (catalogue.isEmpty()) {
                skipped.add(type.label() + ": chưa có danh mục tiêu chí cho năm học " + schoolYear);
                continue;
            }
            Catalogue c = catalogue.get();
            Map<InfoField, Object> info = new EnumMap<>(InfoField.class);
            info.put(InfoField.SCHOOL_YEAR, schoolYear);
            if (TemplateWriter.isTt57(c)) {
                info.put(InfoField.SCHOOL_TYPE, type.label());
                Path file = dir.resolve(TemplateWriter.fileName(c, type));
                writer.write(c, Tt57SubmissionData.ofInfo(info), file);
                written.add(file);
            } else {
                legacy.computeIfAbsent(c, k -> new ArrayList<>()).add(type);
            }
        }
        legacy.forEach((c, types) -> {
            Map<InfoField, Object> info = new EnumMap<>(InfoField.class);
            info.put(InfoField.SCHOOL_YEAR, schoolYear);
            Path file = dir.resolve(TemplateWriter.fileName(c));
            writer.write(c, SchoolSubmissionData.ofInfo(info), file);
            written.add(file);
        });
        return new Result(written, skipped);
    }

    /** 1 September of the first year of {@code 2026-2027}: the day that decides a school year's catalogue. */
    public static LocalDate firstDay(String schoolYear) {
        return LocalDate.of(Integer.parseInt(schoolYear.substring(0, 4)), 9, 1);
    }

    /**
     * One workbook per registered school with its information filled in and the catalogue in force on
     * {@code day} for its school type. Files are named {@code <code>_<ASCII name>.xlsx}.
     */
    public Result writeForSchools(Registry registry, Path dir, String schoolYear, LocalDate day) {
        List<Path> written = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (RegistryEntry e : registry.entries()) {
            Optional<SchoolType> type = e.type().or(() -> SchoolTypeNames.parse(e.schoolType()));
            if (type.isEmpty()) {
                skipped.add(e.code() + ": không nhận ra cấp học \"" + e.schoolType() + "\"");
                continue;
            }
            Optional<Catalogue> catalogue = catalogueFor(type.get(), day);
            if (catalogue.isEmpty()) {
                skipped.add(e.code() + ": chưa có danh mục tiêu chí cho " + type.get().framework());
                continue;
            }
            Map<InfoField, Object> info = new EnumMap<>(InfoField.class);
            info.put(InfoField.SCHOOL_CODE, e.code());
            putIfPresent(info, InfoField.SCHOOL_NAME, e.name());
            putIfPresent(info, InfoField.SCHOOL_TYPE, e.schoolType());
            putIfPresent(info, InfoField.UNIT, e.unit());
            putIfPresent(info, InfoField.PROVINCE, e.province());
            putIfPresent(info, InfoField.SCHOOL_YEAR, schoolYear);
            Path file = dir.resolve(schoolFileName(e));
            writer.write(catalogue.get(), SchoolSubmissionData.ofInfo(info), file);
            written.add(file);
        }
        return new Result(written, skipped);
    }

    private Optional<Catalogue> catalogueFor(SchoolType type, LocalDate day) {
        Optional<Catalogue> inForce = catalogues.forSchoolType(type, day).or(() -> catalogues.inForce(type.framework(), day));
        // Before a 2018 circular's first version, its oldest one; TT57/2026 never applies to a year before it.
        return inForce.isPresent() ? inForce
                : catalogues.versions(type.framework()).stream().filter(c -> !TemplateWriter.isTt57(c))
                        .min(Comparator.comparing(Catalogue::effectiveFrom));
    }

    private static void putIfPresent(Map<InfoField, Object> info, InfoField field, String value) {
        if (value != null && !value.isBlank()) {
            info.put(field, value);
        }
    }

    /** {@code 11010023_Truong-THCS-Thanh-Xuong.xlsx}: ASCII so that every mail client and USB stick keeps it. */
    public static String schoolFileName(RegistryEntry e) {
        return ascii(e.code()) + (e.name() == null ? "" : "_" + ascii(e.name())) + ".xlsx";
    }

    /** Diacritics removed (đ → d), anything else than letters and digits turned into single dashes. */
    public static String ascii(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return d.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** The school year a day falls in ({@code 2024-2025} from 2024-09-01 to 2025-08-31). */
    public static String schoolYear(LocalDate day) {
        int start = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        return start + "-" + (start + 1);
    }
}
