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
