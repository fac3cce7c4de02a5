package vn.kdcl.demo;

import static vn.kdcl.demo.Defect.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.kdcl.catalogue.Catalogue;
import vn.kdcl.catalogue.CatalogueRepository;
import vn.kdcl.catalogue.Criterion;
import vn.kdcl.catalogue.SchoolType;
import vn.kdcl.demo.DemoManifest.FileEntry;
import vn.kdcl.demo.DemoSubmission.DemoTask;
import vn.kdcl.hash.Sha256;
import vn.kdcl.ingest.read.InfoField;
import vn.kdcl.registry.Registry;
import vn.kdcl.registry.RegistryEntry;
import vn.kdcl.template.SchoolSubmissionData;
import vn.kdcl.template.SchoolSubmissionData.PlanTask;
import vn.kdcl.template.TemplateSet;
import vn.kdcl.template.TemplateWriter;
import vn.kdcl.template.WorkbookBytes;
import vn.kdcl.text.LegacyVietnamese;

/**
 * Writes a realistic demo home: {@code registry.xlsx}, {@code files} files in {@code inbox/} (some in
 * sub-folders per management unit, some deliberately faulty) and {@code demo/manifest.json}.
 * Everything derives from the seed: the same seed gives byte-identical files.
 */
public final class DemoGenerator {

    /** Password of the encrypted demo workbook. */
    public static final String PASSWORD = "kdcl2024";
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final List<String> TYPE_KEYS = List.of("MN", "TH", "THCS", "THPT", "PTNCH", "PTDTBT");

    /** Fault groups in priority order; each group is one file. Small demos use the first ones only. */
    private static final List<Set<Defect>> FAULT_GROUPS = List.of(
            EnumSet.of(ENCRYPTED),
            EnumSet.of(XLS, TITLE_ROWS, TWO_ROW_HEADER, SECTION_ROWS, BUDGET_IN_MILLIONS, COMBINED_COLUMNS,
                    WRONG_DECLARED_COUNT, WRONG_DECLARED_LEVEL),
            EnumSet.of(NFD_TEXT, RENAMED_SHEET, RENAMED_COLUMNS, REORDERED_COLUMNS, MERGED_CRITERION_CELLS,
                    COMBINED_COLUMNS, WRONG_PERCENTAGE),
            EnumSet.of(CORRUPT_ZIP),
            EnumSet.of(LEGACY_ENCODING, WEAK_CRITERION_WITHOUT_TASK, END_BEFORE_START),
            EnumSet.of(NOT_A_WORKBOOK),
            EnumSet.of(MISSING_SCHOOL_CODE),
            EnumSet.of(ZERO_BYTES));
    /** Added for large demos until about 15 % of the files are faulty. */
    private static final List<Set<Defect>> EXTRA_FAULTS = List.of(
            EnumSet.of(WRONG_PERCENTAGE), EnumSet.of(WEAK_CRITERION_WITHOUT_TASK), EnumSet.of(END_BEFORE_START),
            EnumSet.of(TITLE_ROWS, TWO_ROW_HEADER, SECTION_ROWS, BUDGET_IN_MILLIONS, COMBINED_COLUMNS),
            EnumSet.of(NFD_TEXT), EnumSet.of(WRONG_DECLARED_COUNT), EnumSet.of(WRONG_DECLARED_LEVEL));
    /** Files that are not a school's own submission: they need at least this many files. */
    private static final int EXTRAS_FROM = 20;

    private final CatalogueRepository catalogues;
    private final DemoData data;
    private final LegacyVietnamese legacy = new LegacyVietnamese();

    public DemoGenerator(CatalogueRepository catalogues) {
        this.catalogues = catalogues;
        this.data = DemoData.load();
    }

    /**
     * Generates the demo under {@code home}. Files of an earlier demo with other names are left alone.
     *
     * @param files number of files written to {@code inbox/} (≥ 1)
     */
    public DemoManifest generate(Path home, int files, long seed) {
        if (files < 1) {
            throw new IllegalArgumentException("--schools phải ≥ 1");
        }
        Random rnd = new Random(seed);
        boolean extras = files >= EXTRAS_FROM;
        int schoolCount = files - (extras ? 3 : 0);
        SubmissionFactory factory = new SubmissionFactory(data, rnd);

        List<DemoSchool> schools = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < schoolCount + Math.max(1, files / 10); i++) {
            schools.add(school(i, rnd, factory, names));
        }
        List<DemoSchool> submitting = schools.subList(0, schoolCount);

        // Which school gets which faults.
        List<Set<Defect>> groups = new ArrayList<>(FAULT_GROUPS.subList(0,
                extras ? FAULT_GROUPS.size() : Math.min(FAULT_GROUPS.size(), Math.max(1, Math.round(files * 0.15f)))));
        for (int i = 0; (groups.size() + 2) < Math.round(files * 0.15f) && i < schoolCount; i++) {
            groups.add(EXTRA_FAULTS.get(i % EXTRA_FAULTS.size()));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < schoolCount; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, rnd);
        Map<Integer, Set<Defect>> faults = new LinkedHashMap<>();
        for (int g = 0; g < groups.size() && g < order.size(); g++) {
            faults.put(order.get(g), groups.get(g));
        }
        List<Integer> sound = order.subList(Math.min(groups.size(), order.size()), order.size());

        List<FileEntry> entries = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        Map<Integer, Written> written = new LinkedHashMap<>();
        Map<Integer, DemoSubmission> submissions = new LinkedHashMap<>();
        for (int i = 0; i < submitting.size(); i++) {
            DemoSchool s = submitting.get(i);
            Set<Defect> defects = faults.getOrDefault(i, EnumSet.noneOf(Defect.class));
            DemoSubmission sub = factory.create(s, profile(rnd), defects);
            if (defects.contains(LEGACY_ENCODING)) {
                sub = withInfo(sub, InfoField.SCHOOL_NAME, legacy.toTcvn3(s.name()));
            }
            byte[] bytes = render(sub, defects, rnd, instant(s.preparedOn()));
            String path = uniquePath(paths, folder(s) + fileName(s, defects, rnd));
            Written w = write(home, path, bytes, instant(s.preparedOn()).plusSeconds(60L * i));
            written.put(i, w);
            submissions.put(i, sub);
            entries.add(entry(w, s, sub, defects, null));
        }

        if (extras && sound.size() >= 2) {
            // A newer version of a sound submission, an exact copy under another name, and a lock file.
            int resubmitted = sound.get(0);
            int duplicated = sound.get(1);
            DemoSchool s = submitting.get(resubmitted);
            Written first = written.get(resubmitted);
            DemoSubmission v2 = resubmission(submissions.get(resubmitted), rnd);
            LocalDate day = s.preparedOn().plusDays(20);
            byte[] bytes = render(v2, Set.of(), rnd, instant(day));
            String path = uniquePath(paths, first.path().replaceFirst("\\.xlsx$", "") + " - bản sửa lần 2.xlsx");
            Written w = write(home, path, bytes, instant(day));
            entries.add(entry(w, s, v2, EnumSet.of(RESUBMISSION), first.path()));

            Written orig = written.get(duplicated);
            DemoSchool d = submitting.get(duplicated);
            String copyName = orig.path().substring(orig.path().lastIndexOf('/') + 1).replaceFirst("\\.xlsx$", "")
                    + " (1).xlsx";
            String copyPath = uniquePath(paths, "inbox/" + copyName);
            Written copy = write(home, copyPath, orig.bytes(), instant(d.preparedOn()).plusSeconds(3600));
            entries.add(new FileEntry(copy.path(), copy.sha256(), d.code(), d.name(), typeOf(d), d.levelLabel(),
                    d.unit().name(), d.schoolYear(), d.catalogue().id(), null, null, null, null, true,
                    List.of(DUPLICATE_CONTENT.name()), DUPLICATE_CONTENT.expectedFindings(), orig.path()));

            DemoSchool l = submitting.get(sound.get(2 % sound.size()));
            Written locked = written.get(sound.get(2 % sound.size()));
            String dir = locked.path().substring(0, locked.path().lastIndexOf('/') + 1);
            String lockPath = uniquePath(paths, dir + "~$" + locked.path().substring(dir.length()));
            Written lock = write(home, lockPath, FaultyFiles.lockFile(TemplateSet.ascii(factory.person()).replace('-', ' ')),
                    instant(l.preparedOn()).plusSeconds(7200));
            entries.add(new FileEntry(lock.path(), lock.sha256(), l.code(), l.name(), typeOf(l), l.levelLabel(),
                    l.unit().name(), l.schoolYear(), null, null, null, null, null, true,
                    List.of(LOCK_FILE.name()), LOCK_FILE.expectedFindings(), locked.path()));
        }

        List<RegistryEntry> registry = schools.stream().map(s -> new RegistryEntry(s.code(), s.name(), s.levelLabel(),
                s.unit().name(), data.province(), SubmissionFactory.officePhone(s.code()),
                SubmissionFactory.email(s.name()))).toList();
        Instant registryDate = instant(LocalDate.of(2023, 8, 15));
        new Registry(registry).write(home.resolve("registry.xlsx"), registryDate);

        entries.sort(Comparator.comparing(FileEntry::path));
        DemoManifest manifest = new DemoManifest(seed, data.province(), "registry.xlsx", entries);
        writeManifest(home.resolve("demo").resolve("manifest.json"), manifest);
        return manifest;
    }

    // ---- schools -----------------------------------------------------------------------------

    private DemoSchool school(int index, Random rnd, SubmissionFactory factory, Set<String> names) {
        for (int attempt = 0; ; attempt++) {
            String key = index < TYPE_KEYS.size() && attempt < 10 ? TYPE_KEYS.get(index) : weightedType(rnd);
            List<String> patterns = data.schoolNames().get(key);
            int pattern = rnd.nextInt(patterns.size());
            SchoolType type = typeOf(key, pattern);
            String year = rnd.nextDouble() < 0.75 ? "2024-2025" : "2023-2024";
            int start = Integer.parseInt(year.substring(0, 4));
            LocalDate prepared = LocalDate.of(start, 9 + rnd.nextInt(3), 1 + rnd.nextInt(28));
            Optional<Catalogue> catalogue = catalogues.inForce(type.framework(), prepared)
                    .or(() -> catalogues.versions(type.framework()).stream().findFirst());
            if (catalogue.isEmpty()) {
                if (attempt > 50) {
                    throw new IllegalStateException("Chưa có danh mục tiêu chí nào để tạo dữ liệu mẫu");
                }
                continue;
            }
            DemoData.Unit unit = type == SchoolType.THPT ? data.provincialUnit() : factory.pick(data.units());
            List<String> communes = unit.communes() == null || unit.communes().isEmpty()
                    ? data.units().get(rnd.nextInt(data.units().size())).communes() : unit.communes();
            String commune = factory.pick(communes);
            String name = patterns.get(pattern).replace("{commune}", commune);
            if (!names.add(name)) {
                if (attempt < 30) {
                    continue;
                }
                name = name + " số " + (index + 2);
                names.add(name);
            }
            int unitNo = type == SchoolType.THPT ? 0 : data.units().indexOf(unit) + 1;
            String code = data.provinceCode() + String.format("%02d%04d", unitNo, index + 1);
            return new DemoSchool(code, name, levelLabel(key, pattern, rnd), type, unit, commune, year, prepared,
                    catalogue.get());
        }
    }

    private static String weightedType(Random rnd) {
        double p = rnd.nextDouble();
        return p < 0.25 ? "MN" : p < 0.5 ? "TH" : p < 0.72 ? "THCS" : p < 0.8 ? "THPT" : p < 0.88 ? "PTNCH" : "PTDTBT";
    }

    /** PTDTBT name patterns are TH, THCS and TH&THCS in this order (data.yaml). */
    private static SchoolType typeOf(String key, int pattern) {
        return switch (key) {
            case "PTDTBT" -> pattern == 0 ? SchoolType.TH : pattern == 1 ? SchoolType.THCS : SchoolType.PTNCH;
            default -> SchoolType.valueOf(key);
        };
    }

    private static String levelLabel(String key, int pattern, Random rnd) {
        return switch (key) {
            case "PTDTBT" -> pattern == 0 ? "PTDTBT Tiểu học" : pattern == 1 ? "PTDTBT THCS" : "PTDTBT TH&THCS";
            case "PTNCH" -> pattern == 0 ? "TH&THCS" : SchoolType.PTNCH.label();
            default -> SchoolType.valueOf(key).label();
        };
    }

    private static String typeOf(DemoSchool s) {
        return s.type().name();
    }

    private static SubmissionFactory.Profile profile(Random rnd) {
        double p = rnd.nextDouble();
        return p < 0.12 ? SubmissionFactory.Profile.WEAK : p < 0.8 ? SubmissionFactory.Profile.NORMAL
                : SubmissionFactory.Profile.STRONG;
    }

    // ---- rendering -----------------------------------------------------------------------------

    private byte[] render(DemoSubmission sub, Set<Defect> defects, Random rnd,
                          Instant date) {
        if (defects.contains(ZERO_BYTES)) {
            return new byte[0];
        }
        if (defects.contains(NOT_A_WORKBOOK)) {
            return FaultyFiles.pdf("KE HOACH CAI TIEN CHAT LUONG NAM HOC " + sub.school().schoolYear() + " - "
                    + TemplateSet.ascii(sub.school().name()).replace('-', ' '));
        }
        TemplateWriter writer = new TemplateWriter(date);
        Catalogue catalogue = sub.school().catalogue();
        try (Workbook wb = defects.contains(XLS) ? new HSSFWorkbook() : writer.build(catalogue, sub.data())) {
            if (wb instanceof HSSFWorkbook) {
                writer.fill(wb, catalogue, sub.data());
            }
            if (defects.contains(TWO_ROW_HEADER) || defects.contains(TITLE_ROWS)) {
                PlanSheetRewriter.rewrite(wb, sub, PlanSheetRewriter.Layout.WORD_RETYPED);
            } else if (defects.contains(RENAMED_COLUMNS)) {
                PlanSheetRewriter.rewrite(wb, sub, PlanSheetRewriter.Layout.OFFICE_EDITED);
            }
            if (defects.contains(NFD_TEXT)) {
                FaultyFiles.toNfd(wb);
            }
            byte[] bytes = WorkbookBytes.of(wb);
            if (defects.contains(ENCRYPTED)) {
                return FaultyFiles.encrypt(bytes, PASSWORD, rnd);
            }
            return defects.contains(CORRUPT_ZIP) ? FaultyFiles.truncated(bytes) : bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DemoSubmission withInfo(DemoSubmission sub, InfoField field, Object value) {
        Map<InfoField, Object> info = new EnumMap<>(InfoField.class);
        info.putAll(sub.data().info());
        info.put(field, value);
        SchoolSubmissionData d = sub.data();
        return new DemoSubmission(sub.school(), new SchoolSubmissionData(info, d.criteria(), d.level4(), d.tasks(),
                d.funding()), sub.tasks(), sub.level(), sub.budget());
    }

    /** The school's corrected version: prepared later, with one more task (without budget). */
    private DemoSubmission resubmission(DemoSubmission sub, Random rnd) {
        DemoSchool s = sub.school();
        Criterion c = s.catalogue().criteria().get(rnd.nextInt(s.catalogue().criteria().size()));
        PlanTask extra = new PlanTask(c.code(), Math.min(c.maxLevel(), 3), "Hồ sơ minh chứng được cập nhật đầy đủ",
                "Rà soát, bổ sung hồ sơ minh chứng theo góp ý của đơn vị quản lý", "Phó hiệu trưởng", "Thư ký hội đồng",
                "Thường xuyên", null, "Không", null, null, "Đang thực hiện", "Bổ sung theo góp ý");
        List<DemoTask> tasks = new ArrayList<>(sub.tasks());
        tasks.add(new DemoTask(extra, c.standard(), 0, Math.min(c.maxLevel(), 3), "Thường xuyên", 0));
        tasks.sort(Comparator.comparingInt(t -> t.level4Number() > 0 ? 1000 + t.level4Number()
                : s.catalogue().criteria().indexOf(s.catalogue().criterion(t.row().criterion()).orElseThrow())));
        Map<InfoField, Object> info = new EnumMap<>(InfoField.class);
        info.putAll(sub.data().info());
        info.put(InfoField.PREPARED_ON, s.preparedOn().plusDays(20));
        SchoolSubmissionData d = sub.data();
        return new DemoSubmission(s, new SchoolSubmissionData(info, d.criteria(), d.level4(),
                tasks.stream().map(DemoTask::row).toList(), d.funding()), tasks, sub.level(), sub.budget());
    }

    // ---- files ---------------------------------------------------------------------------------

    private String folder(DemoSchool s) {
        return s.unit().folder() ? "inbox/" + TemplateSet.ascii(s.unit().name()) + "/" : "inbox/";
    }

    private static String fileName(DemoSchool s, Set<Defect> defects, Random rnd) {
        String ext = defects.contains(XLS) ? ".xls" : ".xlsx";
        int style = defects.contains(MISSING_SCHOOL_CODE) ? 1 : rnd.nextInt(3);
        return switch (style) {
            case 0 -> "KHCTCL_" + s.code() + "_" + s.schoolYear() + ext;
            case 1 -> "Kế hoạch cải tiến " + s.schoolYear() + " - " + s.name().replaceFirst("^Trường ", "") + ext;
            default -> TemplateSet.ascii(s.name()) + "_" + s.schoolYear() + ext;
        };
    }

    private static String uniquePath(Set<String> paths, String path) {
        String p = path;
        for (int i = 2; !paths.add(p); i++) {
            int dot = path.lastIndexOf('.');
            p = path.substring(0, dot) + "_" + i + path.substring(dot);
        }
        return p;
    }

    record Written(String path, byte[] bytes, String sha256) {
    }

    private static Written write(Path home, String path, byte[] bytes, Instant modified) {
        try {
            Path file = home.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            Files.setLastModifiedTime(file, FileTime.from(modified));
            return new Written(path, bytes, Sha256.of(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        }
    }

    private static FileEntry entry(Written w, DemoSchool s, DemoSubmission sub, Set<Defect> defects, String related) {
        boolean content = !defects.contains(ZERO_BYTES) && !defects.contains(NOT_A_WORKBOOK);
        List<String> expected = new ArrayList<>();
        // An unreadable or rejected-early file reports only why it could not be read.
        Set<Defect> fatal = EnumSet.of(ENCRYPTED, CORRUPT_ZIP, NOT_A_WORKBOOK, ZERO_BYTES);
        boolean unreadable = defects.stream().anyMatch(fatal::contains);
        for (Defect d : defects) {
            if (!unreadable || fatal.contains(d)) {
                d.expectedFindings().stream().filter(f -> !expected.contains(f)).forEach(expected::add);
            }
        }
        return new FileEntry(w.path(), w.sha256(), s.code(), s.name(), typeOf(s), s.levelLabel(), s.unit().name(),
                s.schoolYear(), s.catalogue().id(), content ? sub.level() : null,
                content ? s.catalogue().criteria().size() : null, content ? sub.tasks().size() : null,
                content ? sub.budget() : null, defects.stream().anyMatch(Defect::isFault),
                defects.stream().map(Defect::name).toList(), expected, related);
    }

    private static Instant instant(LocalDate day) {
        return day.atTime(8, 0).toInstant(VIETNAM);
    }

    private static void writeManifest(Path file, DemoManifest manifest) {
        try {
            Files.createDirectories(file.getParent());
            JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
            Files.writeString(file, json.writeValueAsString(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
