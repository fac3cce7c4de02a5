package vn.kdcl.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.kdcl.check.Finding;
import vn.kdcl.check.Severity;
import vn.kdcl.ingest.read.CellValue;
import vn.kdcl.registry.Registry;
import vn.kdcl.registry.RegistryEntry;

class RegistryRulesTest {

    private final Registry registry = new Registry(List.of(
            new RegistryEntry("11030006", "Trường PTDTBT Tiểu học Mường Lạn", "Tiểu học", "Phòng GD&ĐT huyện Mường Ảng", "Điện Biên")));
    private final CellValue codeCell = new CellValue("11030006", null, null, "Thông tin trường", "B2");
    private final CellValue nameCell = new CellValue("x", null, null, "Thông tin trường", "B3");

    private List<Finding> check(String code, String name) {
        List<Finding> out = new ArrayList<>();
        RegistryRules.check(registry, code, codeCell, name, nameCell, out);
        return out;
    }

    @Test
    void sch002FiresForACodeNotInTheRegistry() {
        assertThat(check("11039999", "Trường Tiểu học Mường Lạn")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("SCH-002");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.cell()).isEqualTo("B2");
            assertThat(f.message()).contains("11039999");
        });
    }

    @Test
    void sch002QuietForTheSameCodeWithSpacesAndCase() {
        assertThat(check(" 11030006 ", "Trường PTDTBT Tiểu học Mường Lạn")).isEmpty();
    }

    @Test
    void sch003FiresWhenTheNameDiffers() {
        assertThat(check("11030006", "Trường Tiểu học Mường Lạn")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("SCH-003");
            assertThat(f.cell()).isEqualTo("B3");
            assertThat(f.message()).contains("\"Trường Tiểu học Mường Lạn\"").contains("\"Trường PTDTBT Tiểu học Mường Lạn\"");
        });
    }

    @Test
    void sch003QuietForCaseDiacriticFormAndTheWordTruong() {
        String nfd = java.text.Normalizer.normalize("PTDTBT TIỂU HỌC MƯỜNG LẠN", java.text.Normalizer.Form.NFD);
        assertThat(check("11030006", nfd)).isEmpty();
    }
}
