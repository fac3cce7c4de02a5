package vn.kdcl.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogueDetectorTest {

    private static final CatalogueRepository REPO = CatalogueRepository.fromClasspath();
    private final CatalogueDetector detector = new CatalogueDetector(REPO);

    private static List<String> codes(String id) {
        return new ArrayList<>(REPO.byId(id).orElseThrow().criteriaByCode().keySet());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "TT17/2018|TT17",
            "Thông tư 17/2018/TT-BGDĐT|TT17",
            "thong tu so 17/2018|TT17",
            "TT 18|TT18",
            "18/2018|TT18",
            "TT18/2018+TT22/2024|TT18",
            "Thông tư số 19/2018/TT-BGDĐT ngày 22/8/2018|TT19",
            "TT19|TT19",
            "Thông tư số 18|TT18"})
    void frameworkFromCircularText(String text, Framework expected) {
        assertThat(detector.frameworkFromCircularText(text)).contains(expected);
        Optional<Detection> d = detector.detect(text, null, "2023-2024", List.of());
        assertThat(d).isPresent();
        assertThat(d.get().basis()).isEqualTo(Detection.Basis.CIRCULAR_TEXT);
        assertThat(d.get().catalogue().framework()).isEqualTo(expected);
        assertThat(d.get().explanation()).contains(d.get().catalogue().id());
    }

    @Test
    void textThatNamesNoneOrSeveralCircularsIsNotUsed() {
        assertThat(detector.frameworkFromCircularText(null)).isEmpty();
        assertThat(detector.frameworkFromCircularText("  ")).isEmpty();
        assertThat(detector.frameworkFromCircularText("TT17, TT18")).isEmpty();
        assertThat(detector.frameworkFromCircularText("Thông tư 22/2024/TT-BGDĐT")).isEmpty();
        assertThat(detector.frameworkFromCircularText("ngày 22/8/2018")).isEmpty();
        assertThat(detector.mentionsAmendment("Thông tư số 22/2024/TT-BGDĐT")).isTrue();
        assertThat(detector.mentionsAmendment("Thông tư số 19/2018/TT-BGDĐT ngày 22/8/2018")).isFalse();

        Detection d = detector.detect("TT17, TT18", "THCS", "2023-2024", List.of()).orElseThrow();
        assertThat(d.basis()).isEqualTo(Detection.Basis.SCHOOL_TYPE);
        assertThat(d.catalogue().id()).isEqualTo("TT18/2018");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mầm non|TT19",
            "TRƯỜNG MẪU GIÁO|TT19",
            "Nhà trẻ|TT19",
            "Tiểu học|TT17",
            "PTDTBT TH|TT17",
            "PTDTBT Tiểu học|TT17",
            "THCS|TT18",
            "THPT|TT18",
            "Trung học phổ thông|TT18",
            "Phổ thông nhiều cấp học|TT18",
            "TH&THCS|TT18",
            "PTNCH|TT18"})
    void frameworkFromSchoolType(String type, Framework expected) {
        assertThat(detector.frameworkFromSchoolType(type)).contains(expected);
        String nfd = Normalizer.normalize(type, Normalizer.Form.NFD);
        assertThat(detector.frameworkFromSchoolType(nfd)).contains(expected);
        Detection d = detector.detect("", type, "2022-2023", codes("TT19/2018")).orElseThrow();
        assertThat(d.basis()).isEqualTo(Detection.Basis.SCHOOL_TYPE);
        assertThat(d.catalogue().framework()).isEqualTo(expected);
    }

    @Test
    void schoolTypeLabelsOfTheEnumMapToTheirFramework() {
        for (SchoolType t : SchoolType.values()) {
            assertThat(detector.frameworkFromSchoolType(t.label())).as(t.label()).contains(t.framework());
        }
        assertThat(detector.frameworkFromSchoolType("Trung tâm GDNN-GDTX")).contains(Framework.TT57);
        assertThat(detector.frameworkFromSchoolType(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"TT17/2018", "TT18/2018", "TT19/2018"})
    void fullCodeSetIdentifiesItsCircular(String id) {
        Detection d = detector.detect(null, null, "2023-2024", codes(id)).orElseThrow();
        assertThat(d.basis()).isEqualTo(Detection.Basis.CRITERION_CODES);
        assertThat(d.catalogue().id()).isEqualTo(id);
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void partialCodesPickTheBestFitAndSayWhenAmbiguous() {
        // 5.6 exists only in TT18.
        Detection secondary = detector.detect(null, "", null, List.of("1.1", "2.4", "5.6")).orElseThrow();
        assertThat(secondary.catalogue().framework()).isEqualTo(Framework.TT18);
        assertThat(secondary.warnings()).isEmpty();
        // 2.4 and 5.5 exclude TT19; without 5.6 the primary list leaves fewer criteria out than TT18.
        Detection primary = detector.detect(null, "", null, List.of("2.4", "5.5", "1.1")).orElseThrow();
        assertThat(primary.catalogue().framework()).isEqualTo(Framework.TT17);
        assertThat(primary.warnings()).isNotEmpty();
        // 1.1–1.10 are in every circular: a guess, flagged.
        List<String> standard1 = List.of("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10");
        Detection ambiguous = detector.detect(null, null, null, standard1).orElseThrow();
        assertThat(ambiguous.warnings()).isNotEmpty();
        assertThat(detector.detect(null, null, null, List.of("9.9", "x"))).isEmpty();
        assertThat(detector.detect(null, null, null, List.of())).isEmpty();
    }

    @Test
    void firstDayOfSchoolYear() {
        assertThat(CatalogueDetector.firstDayOfSchoolYear("2024-2025")).contains(LocalDate.of(2024, 9, 1));
        assertThat(CatalogueDetector.firstDayOfSchoolYear(" 2025 - 2026 ")).contains(LocalDate.of(2025, 9, 1));
        assertThat(CatalogueDetector.firstDayOfSchoolYear("2003-2024")).isEmpty();
        assertThat(CatalogueDetector.firstDayOfSchoolYear("năm nay")).isEmpty();
        assertThat(CatalogueDetector.firstDayOfSchoolYear(null)).isEmpty();
    }

    @Test
    void versionFollowsTheFirstDayOfTheSchoolYear() {
        CatalogueDetector d = detector; // the shipped TT18/2018+TT22/2024, in force from 25/01/2025
        assertThat(d.detect("TT18/2018", null, "2024-2025", List.of()).orElseThrow().catalogue().id())
                .isEqualTo("TT18/2018");
        assertThat(d.detect("TT18/2018", null, "2025-2026", List.of()).orElseThrow().catalogue().id())
                .isEqualTo("TT18/2018+TT22/2024");
        assertThat(d.detect(null, "THPT", "2025-2026", List.of()).orElseThrow().catalogue().id())
                .isEqualTo("TT18/2018+TT22/2024");
        assertThat(d.detect(null, "THPT", "2026-2027", List.of()).orElseThrow().catalogue().id())
                .isEqualTo("TT57/2026");
        assertThat(d.detect(null, "THPT", null, List.of()).orElseThrow().catalogue().id())
                .isEqualTo("TT57/2026");
        // Naming the amendment asks for it even in 2024-2025.
        Detection named = d.detect("TT18/2018+TT22/2024", null, "2024-2025", List.of()).orElseThrow();
        assertThat(named.catalogue().id()).isEqualTo("TT18/2018+TT22/2024");
        assertThat(named.warnings()).isEmpty();
        // Codes are matched against the version in force for the year.
        assertThat(d.detect(null, null, "2025-2026", codes("TT18/2018")).orElseThrow().catalogue().id())
                .isEqualTo("TT18/2018+TT22/2024");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "TT17/2018|Tiểu học|2024-2025|TT17/2018",
            "TT17/2018|Tiểu học|2025-2026|TT17/2018+TT22/2024",
            "TT19/2018|Mầm non|2024-2025|TT19/2018",
            "TT19/2018|Mầm non|2025-2026|TT19/2018+TT22/2024",
            "|Mầm non|2025-2026|TT19/2018+TT22/2024",
            "|Tiểu học|2025-2026|TT17/2018+TT22/2024",
            "|THCS|2024-2025|TT18/2018",
            "|Tiểu học|2026-2027|TT57/2026"})
    void everyCircularHasItsAmendedVersionFor2025To2026(String circular, String type, String year, String expected) {
        Detection d = detector.detect(circular, type, year, List.of()).orElseThrow();
        assertThat(d.catalogue().id()).isEqualTo(expected);
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void missingAmendedVersionFallsBackToTheBaseWithAWarning() {
        // An office folder or an old build without the amended files.
        CatalogueDetector withoutAmendment = new CatalogueDetector(new CatalogueRepository(
                REPO.all().stream().filter(c -> !c.id().contains("+")).toList()));
        Detection d = withoutAmendment.detect("TT18/2018+TT22/2024", null, "2025-2026", List.of()).orElseThrow();
        assertThat(d.catalogue().id()).isEqualTo("TT18/2018");
        assertThat(d.warnings()).singleElement().asString().contains("22/2024");
    }

    @Test
    void yearBeforeTheCircularUsesTheOldestVersionWithAWarning() {
        Detection d = detector.detect("TT17/2018", null, "2017-2018", List.of()).orElseThrow();
        assertThat(d.catalogue().id()).isEqualTo("TT17/2018");
        assertThat(d.warnings()).isNotEmpty();
        assertThat(d.explanation()).contains("2017-2018");
        Set<String> none = Set.of();
        assertThat(detector.detect(null, null, "2024-2025", none)).isEmpty();
    }
}
