package vn.kdcl.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;
import vn.kdcl.demo.DemoManifest.FileEntry;
import vn.kdcl.ingest.read.InfoField;
import vn.kdcl.registry.Registry;
import vn.kdcl.catalogue.CatalogueRepository;
import vn.kdcl.catalogue.SchoolType;
import vn.kdcl.catalogue.SchoolTypeNames;
import vn.kdcl.template.TemplateLabels;
import vn.kdcl.template.Tt57Labels;

class DemoGeneratorTest {

    @TempDir
    static Path first;
    @TempDir
    static Path second;
    static DemoManifest manifest;
    /** The shipped catalogues: the 2018 circulars and TT57/2026 (three appendices). */
    static final CatalogueRepository REPO = CatalogueRepository.fromClasspath();

    @BeforeAll
    static void generate() {
        manifest = new DemoGenerator(REPO).generate(first, 50, 1);
        new DemoGenerator(REPO).generate(second, 50, 1);
    }

    private static Map<String, String> hashes(Path home) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(home)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(home.relativize(p).toString().replace('\\', '/'),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    @Test
    void sameSeedGivesIdenticalFilesAndAnotherSeedDiffers(@TempDir Path third) throws IOException {
        Map<String, String> a = hashes(first);
        assertThat(hashes(second)).isEqualTo(a);
        new DemoGenerator(REPO).generate(third, 50, 2);
        Map<String, String> c = hashes(third);
        assertThat(c).isNotEqualTo(a);
        assertThat(c.get("registry.xlsx")).isNotEqualTo(a.get("registry.xlsx"));
        // Manifest hashes are the hashes of the files written.
        for (FileEntry e : manifest.files()) {
            assertThat(a.get(e.path())).as(e.path()).isEqualTo(e.sha256());
        }
    }

    @Test
    void realisticCounts() throws IOException {
        assertThat(manifest.files()).hasSize(50);
        try (Stream<Path> files = Files.walk(first.resolve("inbox"))) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(50);
        }
        assertThat(manifest.files()).anyMatch(e -> e.path().chars().filter(ch -> ch == '/').count() > 1);
        long faulty = manifest.files().stream().filter(FileEntry::faulty).count();
        // the 2018 fault groups, the TT57 ones, an old form, a copy and a lock file
        assertThat(faulty / 50.0).isBetween(0.20, 0.36);
        assertThat(manifest.files().stream().map(FileEntry::schoolType).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("MN", "TH", "THCS", "THPT", "PTNCH", "GDTX");
        assertThat(manifest.files()).anyMatch(e -> e.schoolLevelLabel().startsWith("PTDTBT"));
        assertThat(manifest.files().stream().map(FileEntry::unit).distinct().count()).isBetween(3L, 6L);
        assertThat(manifest.files().stream().map(FileEntry::schoolYear).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("2025-2026", "2026-2027");
        // mostly TT57/2026 plans of 2026-2027; 2025-2026 on the 2018 forms; a few 2026-2027 on an old form
        List<FileEntry> plans = manifest.files().stream().filter(e -> e.relatedPath() == null).toList();
        long tt57 = plans.stream().filter(e -> "TT57/2026".equals(e.form())).count();
        assertThat(tt57).isBetween(25L, 40L);
        assertThat(plans).filteredOn(e -> "TT57/2026".equals(e.form()))
                .allMatch(e -> e.schoolYear().equals("2026-2027") && "TT57/2026".equals(e.catalogue()));
        assertThat(plans).filteredOn(e -> e.schoolYear().equals("2025-2026"))
                .hasSizeGreaterThan(10).allMatch(e -> e.form().equals("2018") && e.catalogue().endsWith("/2018+TT22/2024"));
        assertThat(plans).filteredOn(e -> e.defects().contains(Defect.OLD_FORM.name()))
                .hasSizeGreaterThanOrEqualTo(2)
                .allMatch(e -> e.schoolYear().equals("2026-2027") && e.form().equals("2018"));
        assertThat(plans).filteredOn(e -> e.schoolType().equals("GDTX")).isNotEmpty()
                .allMatch(e -> "TT57/2026".equals(e.form()));
        Set<String> defects = manifest.files().stream().flatMap(e -> e.defects().stream()).collect(Collectors.toSet());
        for (Defect d : Defect.values()) {
            assertThat(defects).as("defect present").contains(d.name());
        }
        manifest.files().stream().filter(e -> e.tasks() != null && e.defects().isEmpty())
                .forEach(e -> assertThat(e.tasks()).isBetween(e.form().equals("2018") ? 5 : 4, e.form().equals("2018") ? 61 : 30));

        Registry registry = Registry.read(first.resolve("registry.xlsx"));
        Set<String> codes = registry.entries().stream().map(r -> r.code()).collect(Collectors.toSet());
        assertThat(registry.entries().size()).isGreaterThan(40);
        manifest.files().forEach(e -> assertThat(codes).contains(e.schoolCode()));
        // GDTX centres: SchoolLevelLabels (RegistryEntry.type) does not name them yet, SchoolTypeNames does
        assertThat(registry.entries()).allSatisfy(r -> assertThat(r.type().or(() -> SchoolTypeNames.parse(r.schoolType())))
                .isPresent());
        assertThat(registry.entries()).anyMatch(r -> SchoolTypeNames.parse(r.schoolType()).orElseThrow() == SchoolType.GDTX);

        DemoManifest back = JsonMapper.builder().build().readValue(first.resolve("demo/manifest.json").toFile(),
                DemoManifest.class);
        assertThat(back).isEqualTo(manifest);
    }

    private static FileEntry with(Defect d) {
        return manifest.files().stream().filter(e -> e.defects().contains(d.name())).findFirst().orElseThrow();
    }

    private static byte[] bytes(FileEntry e) throws IOException {
        return Files.readAllBytes(first.resolve(e.path()));
    }

    @Test
    void unreadableFilesAreReallyUnreadable() throws Exception {
        byte[] encrypted = bytes(with(Defect.ENCRYPTED));
        assertThat(FileMagic.valueOf(encrypted)).isEqualTo(FileMagic.OLE2);
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(encrypted))) {
            EncryptionInfo info = new EncryptionInfo(fs);
            Decryptor dec = Decryptor.getInstance(info);
            assertThat(dec.verifyPassword("wrong")).isFalse();
            assertThat(dec.verifyPassword(DemoGenerator.PASSWORD)).isTrue();
            try (InputStream in = dec.getDataStream(fs); Workbook wb = new XSSFWorkbook(in)) {
                assertThat(wb.getSheet(TemplateLabels.SHEET_PLAN)).isNotNull();
            }
        }
        try {
            WorkbookFactory.create(new ByteArrayInputStream(encrypted)).close();
            throw new AssertionError("opened an encrypted workbook without password");
        } catch (EncryptedDocumentException expected) {
            // POI refuses it as encrypted
        }
        assertThat(bytes(with(Defect.ZERO_BYTES))).isEmpty();
        assertThat(new String(bytes(with(Defect.NOT_A_WORKBOOK)), 0, 5, "US-ASCII")).isEqualTo("%PDF-");
        assertThat(with(Defect.NOT_A_WORKBOOK).path()).endsWith(".xlsx");
        byte[] corrupt = bytes(with(Defect.CORRUPT_ZIP));
        assertThat(FileMagic.valueOf(corrupt)).isEqualTo(FileMagic.OOXML);
        boolean failed;
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(corrupt))) {
            failed = false;
        } catch (Exception e) {
            failed = true;
        }
        assertThat(failed).as("truncated zip must not open").isTrue();
        FileEntry lock = with(Defect.LOCK_FILE);
        assertThat(Path.of(lock.path()).getFileName().toString()).startsWith("~$");
        assertThat(bytes(lock)).hasSize(165);
    }

    @Test
    void readableFaultsAreWhatTheManifestSays() throws IOException {
        DataFormatter fmt = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes(with(Defect.XLS))))) {
            assertThat(wb).isInstanceOf(HSSFWorkbook.class);
            assertThat(with(Defect.XLS).path()).endsWith(".xls");
            Sheet plan = wb.getSheet(TemplateLabels.SHEET_PLAN);
            assertThat(fmt.formatCellValue(plan.getRow(0).getCell(0))).startsWith("KẾ HOẠCH");
            assertThat(plan.getNumMergedRegions()).isGreaterThan(5);
            assertThat(texts(plan)).contains("Dự kiến kinh phí (triệu đồng)").anyMatch(t -> t.matches("MỨC [1-4]"))
                    .anyMatch(t -> t.startsWith("Tiêu chuẩn "));
            FileEntry e = with(Defect.XLS);
            assertThat(e.expectedFindings()).contains("SUM-001", "SUM-003");
            Sheet info = wb.getSheet(TemplateLabels.SHEET_INFO);
            String declared = fmt.formatCellValue(info.getRow(InfoField.DECLARED_LEVEL.ordinal() + 1).getCell(1));
            assertThat(Integer.parseInt(declared)).isEqualTo(e.level() + 1);
        }
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes(with(Defect.NFD_TEXT))))) {
            List<String> all = new ArrayList<>();
            wb.forEach(s -> all.addAll(texts(s)));
            assertThat(all).anyMatch(t -> !Normalizer.isNormalized(t, Normalizer.Form.NFC));
            assertThat(wb.getSheet(Normalizer.normalize("KH cải tiến", Normalizer.Form.NFD))).isNotNull();
            assertThat(wb.getSheet(Normalizer.normalize("KH cải tiến", Normalizer.Form.NFC))).isNull();
            assertThat(wb.getSheet(TemplateLabels.SHEET_PLAN)).isNull();
            assertThat(all).anyMatch(t -> Normalizer.normalize(t, Normalizer.Form.NFC).matches(".*\\(\\d+,\\d\\d%\\)"));
        }
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes(with(Defect.LEGACY_ENCODING))))) {
            String name = wb.getSheet(TemplateLabels.SHEET_INFO).getRow(InfoField.SCHOOL_NAME.ordinal() + 1)
                    .getCell(1).getStringCellValue();
            assertThat(name).startsWith("Tr\u00AD\u00EAng").doesNotContain("Trường");
        }
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes(with(Defect.MISSING_SCHOOL_CODE))))) {
            Cell code = wb.getSheet(TemplateLabels.SHEET_INFO).getRow(InfoField.SCHOOL_CODE.ordinal() + 1).getCell(1);
            assertThat(code.getCellType()).isEqualTo(CellType.BLANK);
        }
        FileEntry dup = with(Defect.DUPLICATE_CONTENT);
        assertThat(dup.sha256()).isEqualTo(manifest.files().stream().filter(e -> e.path().equals(dup.relatedPath()))
                .findFirst().orElseThrow().sha256());
        FileEntry v2 = with(Defect.RESUBMISSION);
        FileEntry v1 = manifest.files().stream().filter(e -> e.path().equals(v2.relatedPath())).findFirst().orElseThrow();
        assertThat(v2.schoolCode()).isEqualTo(v1.schoolCode());
        assertThat(v2.schoolYear()).isEqualTo(v1.schoolYear());
        assertThat(v2.sha256()).isNotEqualTo(v1.sha256());
        assertThat(v2.tasks()).isEqualTo(v1.tasks() + 1);
        assertThat(Files.getLastModifiedTime(first.resolve(v2.path())))
                .isGreaterThan(Files.getLastModifiedTime(first.resolve(v1.path())));
    }

    @Test
    void soundFilesDeclareWhatTheirMarksGive() throws IOException {
        DataFormatter fmt = new DataFormatter();
        List<FileEntry> sound = manifest.files().stream().filter(e -> e.defects().isEmpty())
                .filter(e -> e.form().equals("2018")).toList();
        assertThat(sound.size()).isGreaterThan(4);
        Set<Integer> levels = new java.util.HashSet<>();
        for (FileEntry e : sound) {
            try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes(e)))) {
                Sheet info = wb.getSheet(TemplateLabels.SHEET_INFO);
                String declared = fmt.formatCellValue(info.getRow(InfoField.DECLARED_LEVEL.ordinal() + 1).getCell(1));
                assertThat(Integer.parseInt(declared)).as(e.path()).isEqualTo(e.level());
                levels.add(e.level());
                Sheet criteria = wb.getSheet(TemplateLabels.SHEET_CRITERIA);
                int below2 = 0;
                List<String> weak = new ArrayList<>();
                vn.kdcl.catalogue.Catalogue cat = vn.kdcl.catalogue.CatalogueRepository.fromClasspath()
                        .byId(e.catalogue()).orElseThrow();
                for (Row r : criteria) {
                    // a criterion is weak below Mức 2, or below its highest level when it has no Mức 2 (1.5 after TT22)
                    int goal = r.getRowNum() == 0 ? 0
                            : Math.min(2, cat.criterion(r.getCell(1).getStringCellValue()).orElseThrow().maxLevel());
                    if (r.getRowNum() > 0 && r.getCell(6).getNumericCellValue() < goal) {
                        below2++;
                        weak.add(r.getCell(1).getStringCellValue());
                    }
                }
                assertThat(below2 > 0).isEqualTo(e.level() < 2);
                Set<String> planned = new java.util.HashSet<>();
                for (Row r : wb.getSheet(TemplateLabels.SHEET_PLAN)) {
                    if (r.getRowNum() > 0) {
                        planned.add(fmt.formatCellValue(r.getCell(1)));
                    }
                }
                assertThat(planned).as(e.path()).containsAll(weak);
            }
        }
        assertThat(levels).isNotEmpty();
    }

    // ---- Thông tư 57/2026 files ----------------------------------------------------------------

    private static Sheet sheet(Workbook wb, String name) {
        Sheet s = wb.getSheet(name);
        assertThat(s).as(name).isNotNull();
        return s;
    }

    private static String cell(Sheet sheet, int row, int col) {
        Row r = sheet.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        if (c == null) {
            return "";
        }
        if (c.getCellType() == CellType.FORMULA) {
            return c.getCachedFormulaResultType() == CellType.NUMERIC
                    ? String.valueOf((int) c.getNumericCellValue()) : c.getStringCellValue();
        }
        return new DataFormatter().formatCellValue(c);
    }

    /** Value of a "Thông tin trường" label (column A) in column B. */
    private static String info(Workbook wb, String label) {
        Sheet s = sheet(wb, Tt57Labels.SHEET_INFO);
        for (Row r : s) {
            if (label.equals(cell(s, r.getRowNum(), 0))) {
                return cell(s, r.getRowNum(), 1);
            }
        }
        throw new AssertionError("no label " + label);
    }

    @Test
    void soundTt57FilesAgreeWithTheCountRuleAndPlanEveryWeakCriterion() throws IOException {
        List<FileEntry> sound = manifest.files().stream().filter(e -> e.defects().isEmpty())
                .filter(e -> e.form().equals("TT57/2026")).toList();
        assertThat(sound.size()).isGreaterThan(15);
        Set<String> declared = new java.util.HashSet<>();
        for (FileEntry e : sound) {
            try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes(e)))) {
                List<String> names = new ArrayList<>();
                wb.forEach(sh -> names.add(sh.getSheetName()));
                assertThat(names).isEqualTo(Tt57Labels.SHEETS);
                assertThat(info(wb, "Thông tư áp dụng")).isEqualTo("TT57/2026");
                assertThat(info(wb, "Năm học")).isEqualTo("2026-2027");
                assertThat(info(wb, "Mức tự đánh giá")).as(e.path()).isEqualTo(e.declaredLevel())
                        .isEqualTo(Tt57SubmissionFactory.label(e.level()));
                assertThat(info(wb, Tt57Labels.COMPUTED_LEVEL)).as(e.path()).isEqualTo(e.declaredLevel());
                declared.add(e.declaredLevel());
                Sheet results = sheet(wb, Tt57Labels.SHEET_RESULTS);
                assertThat(results.getLastRowNum()).isEqualTo(15);
                Set<String> weak = new java.util.HashSet<>();
                for (int r = 1; r <= 15; r++) {
                    if (!cell(results, r, 6).equals("2")) {
                        weak.add(cell(results, r, 1));
                    }
                }
                Sheet plan = sheet(wb, Tt57Labels.SHEET_PLAN);
                Set<String> planned = new java.util.HashSet<>();
                int actions = 0;
                for (Row r : plan) {
                    String content = cell(plan, r.getRowNum(), 1);
                    if (r.getRowNum() > 0 && !content.isEmpty()) {
                        actions++;
                        assertThat(content).matches("(Tiêu chí |TC )\\d\\.\\d.*");
                        planned.add(Tt57SubmissionFactory.codeOf(content));
                        for (int c : new int[] {2, 3, 4, 5, 6, 7, 8}) {
                            assertThat(cell(plan, r.getRowNum(), c)).as(e.path() + " row " + r.getRowNum()).isNotEmpty();
                        }
                        assertThat(cell(plan, r.getRowNum(), 5)).doesNotContain("/2025");
                    }
                }
                assertThat(actions).isEqualTo(e.tasks());
                assertThat(planned).as(e.path()).containsAll(weak);
                assertThat(e.reviews()).isZero();
            }
        }
        assertThat(declared).contains("Mức 1", "Mức 2");
    }

    @Test
    void tt57FaultsAreWhatTheManifestSays() throws IOException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes(with(Defect.MANDATORY_BELOW_LEVEL1))))) {
            FileEntry e = with(Defect.MANDATORY_BELOW_LEVEL1);
            assertThat(e.level()).isZero();
            assertThat(e.declaredLevel()).isEqualTo("Không đạt Mức 1");
            Sheet results = sheet(wb, Tt57Labels.SHEET_RESULTS);
            boolean mandatoryFailed = false;
            boolean level2OverFailed = false;
            for (int r = 1; r <= 15; r++) {
                mandatoryFailed |= cell(results, r, 3).equals("x") && cell(results, r, 4).equals("Không đạt");
                level2OverFailed |= cell(results, r, 4).equals("Không đạt") && cell(results, r, 5).equals("Đạt")
                        && cell(results, r, 6).equals("0");
            }
            assertThat(mandatoryFailed).isTrue();
            assertThat(level2OverFailed).isTrue();
            assertThat(e.expectedFindings()).contains("CRT-003");
        }
        FileEntry actions = with(Defect.ACTION_WITHOUT_OWNER);
        assertThat(actions.defects()).contains(Defect.ACTION_WITHOUT_TIME.name(), Defect.ACTION_WITHOUT_INDICATOR.name());
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes(actions)))) {
            Sheet plan = sheet(wb, Tt57Labels.SHEET_PLAN);
            assertThat(cell(plan, 1, 6)).isEmpty();
            assertThat(cell(plan, 2, 5)).isEmpty();
            assertThat(cell(plan, 3, 4)).isEmpty();
            assertThat(actions.details()).contains("plan row 1: owner empty", "plan row 2: period empty",
                    "plan row 3: indicator empty");
        }
        FileEntry wrong = manifest.files().stream().filter(e -> e.form().equals("TT57/2026")
                && e.defects().contains(Defect.WRONG_DECLARED_LEVEL.name())).findFirst().orElseThrow();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes(wrong)))) {
            assertThat(info(wb, "Mức tự đánh giá")).isEqualTo(wrong.declaredLevel())
                    .isNotEqualTo(info(wb, Tt57Labels.COMPUTED_LEVEL));
            assertThat(info(wb, Tt57Labels.COMPUTED_LEVEL)).isEqualTo(Tt57SubmissionFactory.label(wrong.level()));
        }
        FileEntry late = with(Defect.PERIOD_OUTSIDE_YEAR);
        assertThat(late.defects()).contains(Defect.DONE_WITHOUT_MONITORING.name());
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes(late)))) {
            Sheet plan = sheet(wb, Tt57Labels.SHEET_PLAN);
            List<String> periods = new ArrayList<>();
            List<String> progress = new ArrayList<>();
            for (Row r : plan) {
                periods.add(cell(plan, r.getRowNum(), 5));
                progress.add(cell(plan, r.getRowNum(), 9));
            }
            assertThat(periods).contains("Tháng 10/2025 - 5/2026");
            assertThat(progress).contains("Hoàn thành");
            assertThat(sheet(wb, Tt57Labels.SHEET_MONITORING).getRow(1).getCell(2).getCellType()).isEqualTo(CellType.BLANK);
        }
        FileEntry weak = manifest.files().stream().filter(e -> e.form().equals("TT57/2026")
                && e.defects().contains(Defect.WEAK_CRITERION_WITHOUT_TASK.name())).findFirst().orElseThrow();
        String code = weak.details().stream().filter(d -> d.endsWith("no action")).findFirst().orElseThrow()
                .replaceAll("criterion (\\S+):.*", "$1");
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes(weak)))) {
            Sheet plan = sheet(wb, Tt57Labels.SHEET_PLAN);
            for (Row r : plan) {
                assertThat(Tt57SubmissionFactory.codeOf(cell(plan, r.getRowNum(), 1))).isNotEqualTo(code);
            }
        }
        FileEntry old = with(Defect.OLD_FORM);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes(old)))) {
            assertThat(wb.getSheet(TemplateLabels.SHEET_CRITERIA)).isNotNull();
            String circular = wb.getSheet(TemplateLabels.SHEET_INFO).getRow(InfoField.CIRCULAR.ordinal() + 1)
                    .getCell(1).getStringCellValue();
            assertThat(circular).matches("TT1[789]/2018(\\+TT22/2024)?");
            assertThat(wb.getSheet(TemplateLabels.SHEET_INFO).getRow(InfoField.SCHOOL_YEAR.ordinal() + 1)
                    .getCell(1).getStringCellValue()).isEqualTo("2026-2027");
        }
    }

    @Test
    void termOneReviewIsTheSamePlanWithProgressAndMonitoring() throws IOException {
        List<FileEntry> reviewed = manifest.files().stream()
                .filter(e -> e.defects().contains(Defect.TERM_I_REVIEW.name())).toList();
        assertThat(reviewed).hasSize(5); // one plan in ten of the default 50 files
        for (FileEntry v2 : reviewed) {
            FileEntry v1 = manifest.files().stream().filter(e -> e.path().equals(v2.relatedPath())).findFirst()
                    .orElseThrow();
            assertThat(v2.schoolCode()).isEqualTo(v1.schoolCode());
            assertThat(v2.schoolYear()).isEqualTo(v1.schoolYear()).isEqualTo("2026-2027");
            assertThat(v2.tasks()).isEqualTo(v1.tasks());
            assertThat(v2.faulty()).isFalse();
            assertThat(v2.reviews()).isPositive();
            assertThat(Files.getLastModifiedTime(first.resolve(v2.path())))
                    .isGreaterThan(Files.getLastModifiedTime(first.resolve(v1.path())));
            try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes(v2)))) {
                Sheet plan = sheet(wb, Tt57Labels.SHEET_PLAN);
                for (int r = 1; r <= v2.tasks(); r++) {
                    assertThat(Tt57Labels.PROGRESS).contains(cell(plan, r, 9));
                }
                Sheet monitoring = sheet(wb, Tt57Labels.SHEET_MONITORING);
                assertThat(cell(monitoring, 1, 1)).isEqualTo("Cuối học kỳ I");
                assertThat(cell(monitoring, v2.reviews(), 3)).isNotEmpty();
                assertThat(cell(monitoring, v2.reviews() + 1, 2)).isEmpty();
            }
        }
    }

    @Test
    void oneSheetPlanHasEveryPartOneUnderAnother() throws IOException {
        FileEntry e = with(Defect.ONE_SHEET_LAYOUT);
        assertThat(e.faulty()).isFalse();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes(e)))) {
            assertThat(wb.getNumberOfSheets()).isOne();
            Sheet s = wb.getSheetAt(0);
            List<String> all = texts(s);
            assertThat(all).containsSubsequence("I. THÔNG TIN CHUNG", "Tên trường:", "Mã trường:",
                    "II. KẾT QUẢ TỰ ĐÁNH GIÁ", "Mã tiêu chí", "IV. TÓM TẮT CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN",
                    "Nguyên nhân của hạn chế", "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG", "Nội dung cải tiến",
                    "VI. THEO DÕI VÀ ĐÁNH GIÁ THỰC HIỆN", "Người đánh giá");
            assertThat(all).contains(e.schoolCode(), e.declaredLevel());
            assertThat(all).anyMatch(t -> t.contains("\n"));
            assertThat(s.getNumMergedRegions()).isGreaterThan(10);
        }
    }

    private static List<String> texts(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row r : sheet) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING) {
                    out.add(c.getStringCellValue());
                }
            }
        }
        return out;
    }
}
