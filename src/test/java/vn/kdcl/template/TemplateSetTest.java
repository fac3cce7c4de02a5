package vn.kdcl.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdcl.ingest.read.InfoField;
import vn.kdcl.registry.Registry;
import vn.kdcl.registry.RegistryEntry;

class TemplateSetTest {

    private final TemplateSet set = new TemplateSet(FixtureCatalogues.repository(),
            new TemplateWriter(Instant.parse("2025-08-20T00:00:00Z")));

    @Test
    void oneBlankTemplatePerCatalogue(@TempDir Path dir) {
        TemplateSet.Result r = set.writeBlank(dir);
        assertThat(r.written()).extracting(p -> p.getFileName().toString()).containsExactly(
                "KDCL_TT19-2018_MN.xlsx", "KDCL_TT17-2018_TH.xlsx", "KDCL_TT18-2018_THCS-THPT-PTNCH.xlsx");
        assertThat(r.written()).allMatch(p -> p.toFile().length() > 5_000);
    }

    @Test
    void prefilledWorkbookPerRegisteredSchool(@TempDir Path dir) throws IOException {
        Registry registry = new Registry(List.of(
                new RegistryEntry("11010077", "Trường PTDTBT Tiểu học Hẹ Muông", "PTDTBT Tiểu học", "Phòng GD&ĐT huyện Điện Biên", "Điện Biên"),
                new RegistryEntry("11010023", "Trường THCS Thanh Xương", "THCS", "Phòng GD&ĐT huyện Điện Biên", "Điện Biên"),
                new RegistryEntry("X1", "Trung tâm GDTX", "GDTX", null, null)));
        TemplateSet.Result r = set.writeForSchools(registry, dir, "2025-2026", LocalDate.of(2025, 9, 5));
        assertThat(r.written()).extracting(p -> p.getFileName().toString())
                .containsExactly("11010077_Truong-PTDTBT-Tieu-hoc-He-Muong.xlsx", "11010023_Truong-THCS-Thanh-Xuong.xlsx");
        assertThat(r.skipped()).singleElement().asString().startsWith("X1");
        try (Workbook wb = WorkbookFactory.create(r.written().get(0).toFile())) {
            Sheet info = wb.getSheet(TemplateLabels.SHEET_INFO);
            assertThat(value(info, InfoField.SCHOOL_CODE)).isEqualTo("11010077");
            assertThat(value(info, InfoField.SCHOOL_TYPE)).isEqualTo("PTDTBT Tiểu học");
            assertThat(value(info, InfoField.SCHOOL_YEAR)).isEqualTo("2025-2026");
            assertThat(value(info, InfoField.CIRCULAR)).isEqualTo("TT17/2018");
        }
        assertThat(TemplateSet.schoolYear(LocalDate.of(2025, 8, 31))).isEqualTo("2024-2025");
        assertThat(TemplateSet.schoolYear(LocalDate.of(2025, 9, 1))).isEqualTo("2025-2026");
    }

    private static String value(Sheet info, InfoField f) {
        return info.getRow(f.ordinal() + 1).getCell(1).getStringCellValue();
    }
}
