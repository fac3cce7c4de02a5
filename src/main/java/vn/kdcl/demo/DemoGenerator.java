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
import vn.kdcl.template.Tt57Labels;
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
    private static final List<String> TYPE_KEYS = List.of("MN", "TH", "THCS", "THPT", "PTNCH", "PTDTBT", "GDTX");
    /** Continuing-education centres (not in demo/data.yaml): a GDNN-GDTX centre per district, a GDTX one. */
    private static final List<String> GDTX_NAMES = List.of("Trung tâm GDNN-GDTX {commune}",
            "Trung tâm Giáo dục thường xuyên {commune}");

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
    /** Thông tư 57/2026 fault groups (2026-2027 files), in priority order; each group is one file. */
    private static final List<Set<Defect>> TT57_FAULT_GROUPS = List.of(
            EnumSet.of(MANDATORY_BELOW_LEVEL1, LEVEL2_WITHOUT_LEVEL1),
            EnumSet.of(ACTION_WITHOUT_OWNER, ACTION_WITHOUT_TIME, ACTION_WITHOUT_INDICATOR, WEAK_CRITERION_WITHOUT_TASK),
            EnumSet.of(WRONG_DECLARED_LEVEL),
            EnumSet.of(PERIOD_OUTSIDE_YEAR, DONE_WITHOUT_MONITORING));
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
        int termReviews = extras ? Math.max(1, files / 10) : 0; // about one plan in ten re-sent after term I
        int schoolCount = files - (extras ? 3 + termReviews : 0);
        SubmissionFactory factory = new SubmissionFactory(data, rnd);
        Tt57SubmissionFactory factory57 = new Tt57SubmissionFactory(rnd, factory);

        // Which form each submitting school uses: most on TT57/2026 (2026-2027), about a third on the 2018 form
        // (2025-2026: the 2018 fault groups live there), a few 2026-2027 files still on a 2018 form.
        int groups2018 = extras ? FAULT_GROUPS.size()
                : Math.min(FAULT_GROUPS.size(), Math.max(1, Math.round(files * 0.15f)));
        int n2018 = schoolCount < 2 ? 0 : Math.max(Math.round(schoolCount * 0.3f),
                Math.min(schoolCount - 1, groups2018 + (extras ? 3 : 1)));
        int nOld = extras ? Math.max(1, Math.round(schoolCount * 0.05f)) : 0;
        List<Form> forms = new ArrayList<>();
        for (int i = 0; i < schoolCount; i++) {
            forms.add(i < n2018 ? Form.Y2025 : i < n2018 + nOld ? Form.OLD_FORM : Form.TT57);
        }
        java.util.Collections.shuffle(forms, rnd);
        int gdtx = TYPE_KEYS.indexOf("GDTX");
        if (gdtx < forms.size() && forms.get(gdtx) != Form.TT57 && forms.contains(Form.TT57)) {
            java.util.Collections.swap(forms, gdtx, forms.indexOf(Form.TT57));
        }

        List<DemoSchool> schools = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < schoolCount + Math.max(1, files / 10); i++) {
            schools.add(school(i, rnd, factory, names, i < schoolCount ? forms.get(i) : Form.TT57));
        }
        List<DemoSchool> submitting = schools.subList(0, schoolCount);

        // Which school gets which faults: the 2018 groups on 2025-2026 files, the TT57 ones on TT57 files.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < schoolCount; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, rnd);
        List<Integer> on2018 = order.stream().filter(i -> !tt57(submitting.get(i)) && forms.get(i) == Form.Y2025).toList();
        List<Integer> on57 = order.stream().filter(i -> tt57(submitting.get(i))).toList();
        List<Set<Defect>> groups = new ArrayList<>(FAULT_GROUPS.subList(0, Math.min(groups2018, on2018.size())));
        for (int i = 0; (groups.size() + 2) < Math.round(files * 0.15f) && groups.size() < on2018.size() - 1
                && i < schoolCount; i++) {
            groups.add(EXTRA_FAULTS.get(i % EXTRA_FAULTS.size()));
        }
        Map<Integer, Set<Defect>> faults = new LinkedHashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            faults.put(on2018.get(g), groups.get(g));
        }
        int groups57 = extras ? TT57_FAULT_GROUPS.size()
                : Math.min(TT57_FAULT_GROUPS.size(), Math.round(on57.size() * 0.1f));
        for (int g = 0; g < groups57 && g < on57.size(); g++) {
            faults.put(on57.get(g), TT57_FAULT_GROUPS.get(g));
        }
        if (on57.size() - groups57 >= 2) {
            faults.put(on57.get(groups57), EnumSet.of(ONE_SHEET_LAYOUT));
        }
        for (int i = 0; i < schoolCount; i++) {
            if (forms.get(i) == Form.OLD_FORM && !tt57(submitting.get(i))) {
                faults.put(i, EnumSet.of(OLD_FORM));
            }
        }
        List<Integer> sound = order.stream().filter(i -> !faults.containsKey(i)).toList();

        List<FileEntry> entries = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        Map<Integer, Written> written = new LinkedHashMap<>();
        Map<Integer, DemoSubmission> submissions = new LinkedHashMap<>();
        Map<Integer, Tt57SubmissionFactory.Tt57Submission> submissions57 = new LinkedHashMap<>();
        for (int i = 0; i < submitting.size(); i++) {
            DemoSchool s = submitting.get(i);
            Set<Defect> defects = faults.getOrDefault(i, EnumSet.noneOf(Defect.class));
            String path = uniquePath(paths, folder(s) + fileName(s, defects, rnd, i == 0));
            Written w;
            if (tt57(s)) {
                Tt57SubmissionFactory.Tt57Submission sub = factory57.create(s, profile(rnd), defects);
                w = write(home, path, render57(sub, defects, instant(s.preparedOn())),
                        instant(s.preparedOn()).plusSeconds(60L * i));
                submissions57.put(i, sub);
                entries.add(entry57(w, sub, defects, null));
            } else {
                DemoSubmission sub = factory.create(s, profile(rnd), defects);
                if (defects.contains(LEGACY_ENCODING)) {
                    sub = withInfo(sub, InfoField.SCHOOL_NAME, legacy.toTcvn3(s.name()));
                }
                byte[] bytes = render(sub, defects, rnd, instant(s.preparedOn()));
                w = write(home, path, bytes, instant(s.preparedOn()).plusSeconds(60L * i));
                submissions.put(i, sub);
                entries.add(entry(w, s, sub, defects, null));
            }
            written.put(i, w);
        }

        List<Integer> sound2018 = sound.stream().filter(submissions::containsKey)
                .filter(i -> forms.get(i) == Form.Y2025).toList();
        List<Integer> sound57 = sound.stream().filter(submissions57::containsKey).toList();
        if (extras && sound.size() >= 3 && !sound2018.isEmpty()) {
            // A newer version of a sound submission, an exact copy under another name, and a lock file.
            int resubmitted = sound2018.get(0);
            int duplicated = sound.stream().filter(i -> i != resubmitted).findFirst().orElseThrow();
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
                    List.of(DUPLICATE_CONTENT.name()), DUPLICATE_CONTENT.expectedFindings(), orig.path(), form(d),
                    null, null, List.of()));

            int lockedIndex = sound.stream().filter(i -> i != resubmitted && i != duplicated).findFirst().orElseThrow();
            DemoSchool l = submitting.get(lockedIndex);
            Written locked = written.get(lockedIndex);
            String dir = locked.path().substring(0, locked.path().lastIndexOf('/') + 1);
            String lockPath = uniquePath(paths, dir + "~$" + locked.path().substring(dir.length()));
            Written lock = write(home, lockPath, FaultyFiles.lockFile(TemplateSet.ascii(factory.person()).replace('-', ' ')),
                    instant(l.preparedOn()).plusSeconds(7200));
            entries.add(new FileEntry(lock.path(), lock.sha256(), l.code(), l.name(), typeOf(l), l.levelLabel(),
                    l.unit().name(), l.schoolYear(), null, null, null, null, null, true,
                    List.of(LOCK_FILE.name()), LOCK_FILE.expectedFindings(), locked.path(), form(l), null, null,
                    List.of()));

            // TT57 plans re-sent after the end-of-term-I review: same school and year, a later file.
            for (int k = 0; k < termReviews && k < sound57.size(); k++) {
                int i = sound57.get(sound57.size() - 1 - k);
                if (i == duplicated || i == lockedIndex) {
                    continue;
                }
                DemoSchool r = submitting.get(i);
                Written v1 = written.get(i);
                Tt57SubmissionFactory.Tt57Submission reviewed = factory57.termOneReview(submissions57.get(i));
                LocalDate reviewDay = LocalDate.of(r.startYear() + 1, 1, 12).plusDays(k % 20); // the weeks after term I
                Written rw = write(home, uniquePath(paths, v1.path().replaceFirst("\\.xlsx$", "")
                        + " - cập nhật cuối HK I.xlsx"), render57(reviewed, Set.of(), instant(reviewDay)),
                        instant(reviewDay));
                entries.add(entry57(rw, reviewed, EnumSet.of(TERM_I_REVIEW), v1.path()));
            }
        }

        List<RegistryEntry> registry = schools.stream().map(s -> new RegistryEntry(s.code(), s.name(), s.levelLabel(),
                s.unit().name(), data.province(), SubmissionFactory.officePhone(s.code()),
                SubmissionFactory.email(s.name()))).toList();
        Instant registryDate = instant(LocalDate.of(2026, 8, 15));
        new Registry(registry).write(home.resolve("registry.xlsx"), registryDate);

        entries.sort(Comparator.comparing(FileEntry::path));
        DemoManifest manifest = new DemoManifest(seed, data.province(), "registry.xlsx", entries);
        writeManifest(home.resolve("demo").resolve("manifest.json"), manifest);
        return manifest;
    }

    /** Which form a submitting school fills. */
    enum Form {
        /** 2026-2027 on the catalogue in force on 1/9/2026 (TT57/2026 where the repository has it). */
        TT57,
        /** 2025-2026 on the catalogue in force on 1/9/2025 (the 2018 circulars, as amended). */
        Y2025,
        /** 2026-2027 on the 2018 form of 1/9/2025. */
        OLD_FORM
    }

    private static boolean tt57(DemoSchool s) {
        return TemplateWriter.isTt57(s.catalogue());
    }

    private static String form(DemoSchool s) {
        return tt57(s) ? Tt57Labels.CIRCULAR : "2018";
    }

    // ---- schools -----------------------------------------------------------------------------

    private DemoSchool school(int index, Random rnd, SubmissionFactory factory, Set<String> names, Form form) {
        for (int attempt = 0; ; attempt++) {
            String key = index < TYPE_KEYS.size() && attempt < 10 ? TYPE_KEYS.get(index) : weightedType(rnd);
            if (key.equals("GDTX") && form != Form.TT57) {
                continue; // continuing-education centres have no 2018 catalogue
            }
            List<String> patterns = key.equals("GDTX") ? GDTX_NAMES : data.schoolNames().get(key);
            int pattern = rnd.nextInt(patterns.size());
            SchoolType type = typeOf(key, pattern);
            String year = form == Form.Y2025 ? "2025-2026" : "2026-2027";
            int start = Integer.parseInt(year.substring(0, 4));
            LocalDate prepared = LocalDate.of(start, 9 + rnd.nextInt(3), 1 + rnd.nextInt(28));
            LocalDate formDay = LocalDate.of(form == Form.TT57 ? 2026 : 2025, 9, 1);
            Optional<Catalogue> catalogue = catalogues.forSchoolType(type, formDay)
                    .filter(c -> form == Form.TT57 || !TemplateWriter.isTt57(c))
                    .or(() -> catalogues.inForce(type.framework(), formDay))
                    .or(() -> catalogues.versions(type.framework()).stream().findFirst());
            if (catalogue.isEmpty() || (form != Form.TT57 && TemplateWriter.isTt57(catalogue.get()))) {
                if (attempt > 50) {
                    throw new IllegalStateException("Chưa có danh mục tiêu chí nào để tạo dữ liệu mẫu");
                }
                continue;
            }
            DemoData.Unit unit = type == SchoolType.THPT || type == SchoolType.GDTX ? data.provincialUnit()
                    : factory.pick(data.units());
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
            int unitNo = type == SchoolType.THPT || type == SchoolType.GDTX ? 0 : data.units().indexOf(unit) + 1;
            String code = data.provinceCode() + String.format("%02d%04d", unitNo, index + 1);
            return new DemoSchool(code, name, levelLabel(key, pattern, rnd), type, unit, commune, year, prepared,
                    catalogue.get());
        }
    }

    private static String weightedType(Random rnd) {
        double p = rnd.nextDouble();
        return p < 0.25 ? "MN" : p < 0.49 ? "TH" : p < 0.7 ? "THCS" : p < 0.78 ? "THPT" : p < 0.85 ? "PTNCH"
                : p < 0.95 ? "PTDTBT" : "GDTX";
    }

    /** PTDTBT name patterns are TH, THCS and TH&THCS in this order (data.yaml). */
    private static SchoolType typeOf(String key, int pattern) {
        return switch (key) {
            case "PTDTBT" -> pattern == 0 ? SchoolType.TH : pattern == 1 ? SchoolType.THCS : SchoolType.PTNCH;
            case "GDTX" -> SchoolType.GDTX;
            default -> SchoolType.valueOf(key);
        };
    }

    private static String levelLabel(String key, int pattern, Random rnd) {
        return switch (key) {
            case "PTDTBT" -> pattern == 0 ? "PTDTBT Tiểu học" : pattern == 1 ? "PTDTBT THCS" : "PTDTBT TH&THCS";
            case "PTNCH" -> pattern == 0 ? "TH&THCS" : SchoolType.PTNCH.label();
            case "GDTX" -> Tt57Labels.GDTX_LABELS.get(pattern == 0 ? 1 : 0);
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

    /** {@code vietnamese}: the name in Vietnamese (every demo has one, which the locale checks rely on). */
    private static String fileName(DemoSchool s, Set<Defect> defects, Random rnd, boolean vietnamese) {
        String ext = defects.contains(XLS) ? ".xls" : ".xlsx";
        int style = defects.contains(MISSING_SCHOOL_CODE) || vietnamese ? 1 : rnd.nextInt(3);
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
                defects.stream().map(Defect::name).toList(), expected, related, "2018",
                content ? String.valueOf(defects.contains(WRONG_DECLARED_LEVEL) ? Math.min(sub.level() + 1, 4)
                        : sub.level()) : null, null, List.of());
    }

    private static FileEntry entry57(Written w, Tt57SubmissionFactory.Tt57Submission sub, Set<Defect> defects,
                                     String related) {
        DemoSchool s = sub.school();
        List<String> expected = new ArrayList<>();
        for (Defect d : defects) {
            d.expectedFindings().stream().filter(f -> !expected.contains(f)).forEach(expected::add);
        }
        return new FileEntry(w.path(), w.sha256(), s.code(), s.name(), typeOf(s), s.levelLabel(), s.unit().name(),
                s.schoolYear(), s.catalogue().id(), sub.level(), s.catalogue().criteria().size(),
                sub.data().actions().size(), sub.budget(), defects.stream().anyMatch(Defect::isFault),
                defects.stream().map(Defect::name).toList(), expected, related, Tt57Labels.CIRCULAR, sub.declared(),
                sub.data().reviews().size(), sub.details());
    }

    private static byte[] render57(Tt57SubmissionFactory.Tt57Submission sub, Set<Defect> defects, Instant date) {
        Catalogue catalogue = sub.school().catalogue();
        if (!defects.contains(ONE_SHEET_LAYOUT)) {
            return new TemplateWriter(date).toBytes(catalogue, sub.data());
        }
        try (XSSFWorkbook wb = Tt57OneSheet.build(catalogue, sub.data())) {
            var core = wb.getProperties().getCoreProperties();
            core.setCreator("Microsoft Office User");
            core.setCreated(Optional.of(java.util.Date.from(date)));
            core.setModified(Optional.of(java.util.Date.from(date)));
            return WorkbookBytes.of(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
