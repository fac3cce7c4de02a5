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
     * One workbook per registered school with its information filled in and the catalogue in force on
     * {@code day} for its school type. Files are named {@code <code>_<ASCII name>.xlsx}.
     */
    public Result writeForSchools(Registry registry, Path dir, String schoolYear, LocalDate day) {
        List<Path> written = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (RegistryEntry e : registry.entries()) {
            Optional<SchoolType> type = e.type();
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
        Optional<Catalogue> inForce = catalogues.inForce(type.framework(), day);
        return inForce.isPresent() ? inForce
                : catalogues.versions(type.framework()).stream().min(Comparator.comparing(Catalogue::effectiveFrom));
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
