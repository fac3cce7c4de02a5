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
import vn.kdcl.template.FixtureCatalogues;
import vn.kdcl.template.TemplateLabels;

class DemoGeneratorTest {

    @TempDir
    static Path first;
    @TempDir
    static Path second;
    static DemoManifest manifest;

    @BeforeAll
    static void generate() {
        manifest = new DemoGenerator(FixtureCatalogues.repository()).generate(first, 50, 1);
        new DemoGenerator(FixtureCatalogues.repository()).generate(second, 50, 1);
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
        new DemoGenerator(FixtureCatalogues.repository()).generate(third, 50, 2);
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
        assertThat(faulty / 50.0).isBetween(0.10, 0.25);
        assertThat(manifest.files().stream().map(FileEntry::schoolType).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("MN", "TH", "THCS", "THPT", "PTNCH");
        assertThat(manifest.files()).anyMatch(e -> e.schoolLevelLabel().startsWith("PTDTBT"));
        assertThat(manifest.files().stream().map(FileEntry::unit).distinct().count()).isBetween(3L, 6L);
        assertThat(manifest.files().stream().map(FileEntry::schoolYear).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("2023-2024", "2024-2025");
        Set<String> defects = manifest.files().stream().flatMap(e -> e.defects().stream()).collect(Collectors.toSet());
        for (Defect d : Defect.values()) {
            assertThat(defects).as("defect present").contains(d.name());
        }
        manifest.files().stream().filter(e -> e.tasks() != null && e.defects().isEmpty())
                .forEach(e -> assertThat(e.tasks()).isBetween(5, 61));

        Registry registry = Registry.read(first.resolve("registry.xlsx"));
        Set<String> codes = registry.entries().stream().map(r -> r.code()).collect(Collectors.toSet());
        assertThat(registry.entries().size()).isGreaterThan(47);
        manifest.files().forEach(e -> assertThat(codes).contains(e.schoolCode()));
        assertThat(registry.entries()).allSatisfy(r -> assertThat(r.type()).isPresent());

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
        List<FileEntry> sound = manifest.files().stream().filter(e -> e.defects().isEmpty()).toList();
        assertThat(sound.size()).isGreaterThan(35);
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
                for (Row r : criteria) {
                    if (r.getRowNum() > 0 && r.getCell(6).getNumericCellValue() < 2) {
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
        assertThat(levels).contains(0, 2, 3);
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
