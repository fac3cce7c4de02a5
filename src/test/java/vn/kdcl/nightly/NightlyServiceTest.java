package vn.kdcl.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.catalogue.CatalogueRepository;
import vn.kdcl.cli.AppContext;
import vn.kdcl.demo.DemoGenerator;
import vn.kdcl.home.KdclHome;

/** The unattended run: import, then reports; a second run re-renders only what changed. */
class NightlyServiceTest {

    @TempDir
    Path dir;

    @Test
    void importsThenRendersAndSkipsUnchangedSchoolsNextTime() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("home")).create();
        new DemoGenerator(CatalogueRepository.fromClasspath()).generate(home.root(), 24, 3);
        try (AppContext app = AppContext.start(home)) {
            String out = run(app);
            assertThat(out).contains("Lần nhập").contains("Báo cáo:");
        }
        List<Path> summaries = pdfs(home, "schools");
        assertThat(summaries).isNotEmpty();
        assertThat(pdfs(home, "dashboard.pdf")).isNotEmpty();
        assertThat(pdfs(home, "book.pdf")).isNotEmpty();
        FileTime before = Files.getLastModifiedTime(summaries.get(0));
        Thread.sleep(1100);

        try (AppContext app = AppContext.start(home)) {
            run(app);
        }
        assertThat(Files.getLastModifiedTime(summaries.get(0))).as("unchanged school not re-rendered").isEqualTo(before);
    }

    /**
     * A resubmission that names another management unit (schools moved from districts to communes in 7/2025):
     * the next night the old unit's book and folder no longer hold the school, although no other school changed.
     */
    @Test
    void aSchoolThatMovedToAnotherUnitLeavesTheOldUnitsBookAndFolder() throws Exception {
        KdclHome home = new KdclHome(dir.resolve("home")).create();
        Path a = home.inbox().resolve("a.xlsx");
        vn.kdcl.ingest.SampleWorkbooks.write(vn.kdcl.ingest.SampleWorkbooks.heMuong("DB-TH-001", "13/9/2023"), "TT17/2018", a);
        Files.setLastModifiedTime(a, FileTime.from(java.time.Instant.parse("2023-09-13T08:00:00Z")));
        Path b = home.inbox().resolve("b.xlsx");
        vn.kdcl.ingest.SampleWorkbooks.write(vn.kdcl.ingest.SampleWorkbooks.heMuong("DB-TH-002", "13/9/2023"), "TT17/2018", b);
        Files.setLastModifiedTime(b, FileTime.from(java.time.Instant.parse("2023-09-13T08:00:00Z")));
        try (AppContext app = AppContext.start(home)) {
            run(app);
        }
        Path district = home.reports().resolve("2023-2024").resolve("Phong-GD-DT-huyen-Dien-Bien");
        assertThat(district.resolve("schools/DB-TH-001.pdf")).exists();
        assertThat(vn.kdcl.report.PdfText.of(district.resolve("book.pdf"))).contains("DB-TH-001");

        vn.kdcl.template.SchoolSubmissionData moved = vn.kdcl.ingest.SampleWorkbooks.heMuong("DB-TH-001", "20/9/2023");
        java.util.Map<vn.kdcl.ingest.read.InfoField, Object> info = new java.util.EnumMap<>(moved.info());
        info.put(vn.kdcl.ingest.read.InfoField.UNIT, "UBND xã Thanh Nưa");
        Path a2 = home.inbox().resolve("a (xã).xlsx");
        vn.kdcl.ingest.SampleWorkbooks.write(new vn.kdcl.template.SchoolSubmissionData(info, moved.criteria(), moved.level4(),
                moved.tasks(), moved.funding()), "TT17/2018", a2);
        Files.setLastModifiedTime(a2, FileTime.from(java.time.Instant.parse("2023-09-20T08:00:00Z")));
        try (AppContext app = AppContext.start(home)) {
            run(app);
        }
        assertThat(home.reports().resolve("2023-2024/UBND-xa-Thanh-Nua/schools/DB-TH-001.pdf")).exists();
        assertThat(district.resolve("schools/DB-TH-001.pdf")).doesNotExist();
        assertThat(district.resolve("schools/.DB-TH-001.pdf.sha")).doesNotExist();
        assertThat(district.resolve("schools/DB-TH-002.pdf")).exists();
        String book = vn.kdcl.report.PdfText.of(district.resolve("book.pdf"));
        assertThat(book).contains("DB-TH-002").doesNotContain("DB-TH-001");

        // the last school of the district moves too: the district's reports go, a file of the officer's stays
        Files.writeString(district.resolve("ghi-chu.txt"), "ghi chú của cán bộ");
        vn.kdcl.template.SchoolSubmissionData second = vn.kdcl.ingest.SampleWorkbooks.heMuong("DB-TH-002", "20/9/2023");
        java.util.Map<vn.kdcl.ingest.read.InfoField, Object> info2 = new java.util.EnumMap<>(second.info());
        info2.put(vn.kdcl.ingest.read.InfoField.UNIT, "UBND xã Thanh Nưa");
        Path b2 = home.inbox().resolve("b (xã).xlsx");
        vn.kdcl.ingest.SampleWorkbooks.write(new vn.kdcl.template.SchoolSubmissionData(info2, second.criteria(),
                second.level4(), second.tasks(), second.funding()), "TT17/2018", b2);
        Files.setLastModifiedTime(b2, FileTime.from(java.time.Instant.parse("2023-09-20T09:00:00Z")));
        try (AppContext app = AppContext.start(home)) {
            run(app);
        }
        try (Stream<Path> left = Files.walk(district)) {
            assertThat(left.filter(Files::isRegularFile).map(p -> district.relativize(p).toString()).toList())
                    .containsExactly("ghi-chu.txt");
        }
        assertThat(home.reports().resolve("2023-2024/UBND-xa-Thanh-Nua/schools/DB-TH-002.pdf")).exists();
    }

    private static String run(AppContext app) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        app.bean(NightlyService.class).run(new PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
        return buf.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<Path> pdfs(KdclHome home, String part) throws Exception {
        try (Stream<Path> s = Files.walk(home.reports())) {
            return s.filter(p -> p.toString().endsWith(".pdf") && p.toString().contains(part)).sorted().toList();
        }
    }
}
