package vn.kdcl.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.catalogue.CatalogueRepository;
import vn.kdcl.cli.AppContext;
import vn.kdcl.home.KdclHome;
import vn.kdcl.ingest.ImportService;
import vn.kdcl.ingest.RunReport;

/** The demo's zipped unit imports exactly as its folder would have. */
class DemoArchiveTest {

    @TempDir
    Path dir;

    private static KdclHome demo(Path root) {
        KdclHome home = new KdclHome(root).create();
        new DemoGenerator(CatalogueRepository.fromClasspath()).generate(home.root(), 40, 1);
        return home;
    }

    private static List<String> outcome(RunReport report) {
        return report.files().stream().map(f -> f.file() + " " + f.status() + " " + f.schoolCode() + " "
                + f.findings().stream().map(x -> x.code() + "@" + x.sheet() + "!" + x.cell() + " " + x.message()).toList())
                .sorted().toList();
    }

    @Test
    void aZippedUnitImportsLikeItsFolder() throws Exception {
        KdclHome plain = demo(dir.resolve("plain"));
        KdclHome zipped = demo(dir.resolve("zipped"));

        DemoArchive.Zipped z = DemoArchive.zipOneUnit(zipped.inbox()).orElseThrow();

        String unit = z.archive().getFileName().toString().replaceFirst("\\.zip$", "");
        assertThat(zipped.inbox().resolve(unit)).doesNotExist();
        assertThat(plain.inbox().resolve(unit)).isDirectory();
        assertThat(z.files()).isGreaterThanOrEqualTo(2);
        // the same files give the same bytes: the demo stays reproducible
        KdclHome again = demo(dir.resolve("again"));
        assertThat(DemoArchive.zipOneUnit(again.inbox()).orElseThrow().archive()).hasSameBinaryContentAs(z.archive());

        RunReport fromFolder;
        RunReport fromZip;
        try (AppContext app = AppContext.start(plain)) {
            fromFolder = app.bean(ImportService.class).run(plain.inbox());
        }
        try (AppContext app = AppContext.start(zipped)) {
            fromZip = app.bean(ImportService.class).run(zipped.inbox());
        }
        assertThat(fromZip.unpacked()).singleElement().asString().startsWith("inbox/" + unit + ".zip → inbox/" + unit + "/");
        assertThat(outcome(fromZip)).isEqualTo(outcome(fromFolder));
        assertThat(zipped.archive().resolve("zips")).isDirectoryContaining(p -> p.getFileName().toString().endsWith(unit + ".zip"));
    }
}
