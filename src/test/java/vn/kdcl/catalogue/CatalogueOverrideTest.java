package vn.kdcl.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An office corrects a fact by putting a YAML file in {@code <home>/catalogue/} (docs/catalogue.md). */
class CatalogueOverrideTest {

    private static final CatalogueRepository SHIPPED = CatalogueRepository.fromClasspath();

    private static String shipped(String file) throws IOException {
        try (InputStream in = CatalogueOverrideTest.class.getClassLoader().getResourceAsStream("catalogue/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aFileOfTheSameNameReplacesTheShippedOne(@TempDir Path home) throws IOException {
        Path folder = Files.createDirectories(home.resolve("catalogue"));
        String corrected = shipped("tt18-2018-tt22-2024.yaml").replace(
                "{code: \"5.3\", name: \"Thực hiện nội dung giáo dục địa phương theo quy định\"",
                "{code: \"5.3\", name: \"Thực hiện nội dung giáo dục địa phương (tên đã sửa)\"");
        Files.writeString(folder.resolve("tt18-2018-tt22-2024.yaml"), corrected);

        CatalogueRepository repo = CatalogueRepository.load(folder);

        assertThat(repo.all()).extracting(Catalogue::id)
                .containsExactlyElementsOf(SHIPPED.all().stream().map(Catalogue::id).toList());
        assertThat(repo.byId("TT18/2018+TT22/2024").orElseThrow().criterion("5.3").orElseThrow().name())
                .isEqualTo("Thực hiện nội dung giáo dục địa phương (tên đã sửa)");
        // The other files, and the base TT18/2018, are the shipped ones.
        assertThat(repo.byId("TT18/2018").orElseThrow().criterion("5.3").orElseThrow().name())
                .isEqualTo("Thực hiện nội dung giáo dục địa phương theo quy định");
        assertThat(repo.byId("TT17/2018")).isEqualTo(SHIPPED.byId("TT17/2018"));
    }

    @Test
    void anExtraFileIsAddedAfterTheShippedOnesAndIndexYamlIsIgnored(@TempDir Path home) throws IOException {
        Path folder = Files.createDirectories(home.resolve("catalogue"));
        String extra = shipped("tt17-2018.yaml").replace("id: TT17/2018", "id: TT17/2018+THU")
                .replace("effectiveFrom: 2018-10-10", "effectiveFrom: 2099-01-01");
        Files.writeString(folder.resolve("tt17-thu.yaml"), extra);
        Files.writeString(folder.resolve("index.yaml"), "files: [khong-co.yaml]\n");
        Files.writeString(folder.resolve("ghi-chu.txt"), "không phải danh mục");

        CatalogueRepository repo = CatalogueRepository.load(folder);

        assertThat(repo.all()).hasSize(SHIPPED.all().size() + 1);
        assertThat(repo.all().get(repo.all().size() - 1).id()).isEqualTo("TT17/2018+THU");
    }

    @Test
    void anExtraFileWithAShippedIdIsRefusedAsAMisnamedCorrection(@TempDir Path home) throws IOException {
        Path folder = Files.createDirectories(home.resolve("catalogue"));
        Path misnamed = folder.resolve("tt17-sua.yaml");
        Files.writeString(misnamed, shipped("tt17-2018.yaml"));

        assertThatThrownBy(() -> CatalogueRepository.load(folder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(misnamed.toString())
                .hasMessageContaining("trùng mã TT17/2018");
    }

    @Test
    void noFolderMeansTheShippedCatalogues(@TempDir Path home) {
        assertThat(CatalogueRepository.load(home.resolve("catalogue")).all()).isEqualTo(SHIPPED.all());
        assertThat(CatalogueRepository.load(null).all()).isEqualTo(SHIPPED.all());
    }

    @Test
    void aBrokenFileStopsTheLoadNamingTheFile(@TempDir Path home) throws IOException {
        Path folder = Files.createDirectories(home.resolve("catalogue"));
        Path broken = folder.resolve("tt17-2018.yaml");
        Files.writeString(broken, shipped("tt17-2018.yaml").replace("effectiveFrom: 2018-10-10", "effectiveFrom: 10/10/2018"));

        assertThatThrownBy(() -> CatalogueRepository.load(folder))
                .isInstanceOf(IllegalStateException.class)
                .hasNoCause()
                .hasMessageContaining(broken.toString())
                .hasMessageContaining("không đọc được")
                .hasMessageContaining("dòng ");
    }

    @Test
    void aFileWithoutRequiredFieldsSaysWhichAreMissing(@TempDir Path home) throws IOException {
        Path folder = Files.createDirectories(home.resolve("catalogue"));
        Path partial = folder.resolve("moi.yaml");
        Files.writeString(partial, "title: Thử\nframework: TT17\n");

        assertThatThrownBy(() -> CatalogueRepository.load(folder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(partial.toString())
                .hasMessageContaining("thiếu id, effectiveFrom, schoolTypes, standards");
    }

    @Test
    void theSpringBeanReadsTheHomeFolder(@TempDir Path root) throws IOException {
        vn.kdcl.home.KdclHome home = new vn.kdcl.home.KdclHome(root);
        assertThat(CatalogueConfiguration.overrides(home)).isEqualTo(root.toAbsolutePath().normalize().resolve("catalogue"));
    }
}
