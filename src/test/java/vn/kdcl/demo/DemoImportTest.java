package vn.kdcl.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.kdcl.cli.KdclCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo through the real import: every fault the manifest announces is found (its codes in the run report for
 * that file), sound files stay free of warnings, and the 2026-2027 TT57 plans get the level the count rule gives.
 */
class DemoImportTest {

    @TempDir
    Path dir;

    @Test
    void everyAnnouncedFaultIsFoundAndSoundFilesStayQuiet() throws Exception {
        Path home = dir.resolve("home");
        assertThat(KdclCommand.execute("--home", home.toString(), "demo", "--schools", "60", "--seed", "7")).isZero();
        assertThat(KdclCommand.execute("--home", home.toString(), "import")).isZero();
        JsonMapper json = JsonMapper.builder().build();
        JsonNode manifest = json.readTree(home.resolve("demo/manifest.json").toFile());
        Path runReport;
        try (Stream<Path> runs = Files.list(home.resolve("runs"))) {
            runReport = runs.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode f : json.readTree(runReport.toFile()).get("files")) {
            byName.put(Path.of(f.get("file").asString()).getFileName().toString(), f);
        }
        int faults = 0;
        int tt57Sound = 0;
        for (JsonNode e : manifest.get("files")) {
            JsonNode got = byName.get(Path.of(e.get("path").asString()).getFileName().toString());
            assertThat(got).as(e.get("path").asString()).isNotNull();
            List<String> codes = got.get("findings").valueStream().map(f -> f.get("code").asString()).toList();
            for (JsonNode expected : e.get("expectedFindings")) {
                assertThat(codes).as(e.get("path").asString() + " " + e.get("defects")).contains(expected.asString());
                faults++;
            }
            if (!e.get("faulty").asBoolean()) {
                List<String> loud = got.get("findings").valueStream()
                        .filter(f -> !f.get("severity").asString().equals("INFO"))
                        .map(f -> f.get("code").asString() + " " + f.get("message").asString()).toList();
                assertThat(loud).as(e.get("path").asString()).isEmpty();
                if ("TT57".equals(e.path("form").asString(null)) || e.get("catalogue").asString().startsWith("TT57")) {
                    tt57Sound++;
                }
            }
        }
        assertThat(faults).isGreaterThan(15);
        assertThat(tt57Sound).isGreaterThan(10);
    }

    /** A district-sized demo re-sends dozens of plans after term I, dated over the weeks after it. */
    @Test
    void aLargeDemoSpreadsItsTermOneReviewsOverTheWeeksAfterTheTerm() throws Exception {
        Path home = dir.resolve("large");
        assertThat(KdclCommand.execute("--home", home.toString(), "demo", "--schools", "400")).isZero();
        JsonNode files = JsonMapper.builder().build().readTree(home.resolve("demo/manifest.json").toFile()).get("files");
        long reviews = files.valueStream().filter(f -> f.get("defects").toString().contains("TERM_I_REVIEW")).count();
        assertThat(reviews).isGreaterThan(30);
    }
}
