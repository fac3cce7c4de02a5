package vn.kdcl.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogueDataTest {

    private static final CatalogueRepository REPO = CatalogueRepository.fromClasspath();

    static Stream<Catalogue> catalogues() {
        return REPO.all().stream();
    }

    private static Catalogue byId(String id) {
        return REPO.byId(id).orElseThrow(() -> new AssertionError("missing " + id));
    }

    @Test
    void indexListsEveryCatalogueFile() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/catalogue"))) {
            files = s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.equals("index.yaml")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        assertThat(REPO.all()).hasSize(files.size());
        // one id per version, except TT57/2026 whose three appendices share it (one per kind of school)
        assertThat(REPO.all()).extracting(c -> c.id() + " " + c.appendix()).doesNotHaveDuplicates();
    }

    @Test
    void tt17PrimaryCounts() {
        Catalogue c = byId("TT17/2018");
        assertThat(c.framework()).isEqualTo(Framework.TT17);
        assertThat(c.standards()).hasSize(5);
        assertThat(c.criteria()).hasSize(27);
        assertThat(c.countHavingLevel(1)).isEqualTo(27);
        assertThat(c.countHavingLevel(2)).isEqualTo(27);
        assertThat(c.countHavingLevel(3)).isEqualTo(19);
        assertThat(c.level4()).hasSize(5);
        assertThat(c.standards()).extracting(s -> s.criteria().size()).containsExactly(10, 4, 6, 2, 5);
    }

    @Test
    void tt18SecondaryCounts() {
        Catalogue c = byId("TT18/2018");
        assertThat(c.schoolTypes()).containsExactlyInAnyOrder(SchoolType.THCS, SchoolType.THPT, SchoolType.PTNCH);
        assertThat(c.standards()).hasSize(5);
        assertThat(c.criteria()).hasSize(28);
        assertThat(c.countHavingLevel(3)).isEqualTo(20);
        assertThat(c.level4()).hasSize(6);
        assertThat(c.standards()).extracting(s -> s.criteria().size()).containsExactly(10, 4, 6, 2, 6);
    }

    @Test
    void tt19PreschoolCountsAndLevels() {
        Catalogue c = byId("TT19/2018");
        assertThat(c.schoolTypes()).containsExactly(SchoolType.MN);
        assertThat(c.standards()).hasSize(5);
        assertThat(c.criteria()).hasSize(25);
        assertThat(c.standards()).extracting(s -> s.criteria().size()).containsExactly(10, 3, 6, 2, 4);
        assertThat(c.criterion("1.2").orElseThrow().levels()).containsExactly(1, 2);
        assertThat(c.criterion("1.1").orElseThrow().levels()).containsExactly(1, 2, 3);
        assertThat(c.criterion("1.3").orElseThrow().levels()).containsExactly(1, 2, 3);
    }

    @Test
    void everySchoolTypeHasExactlyOneCatalogueOfItsFramework() {
        for (SchoolType t : SchoolType.values()) {
            List<Catalogue> base = REPO.all().stream()
                    .filter(c -> !c.id().contains("+") && c.schoolTypes().contains(t)
                            && c.framework() == t.framework()).toList();
            assertThat(base).as(t.name()).hasSize(1);
            assertThat(REPO.all().stream().filter(c -> c.framework() == Framework.TT57 && c.schoolTypes().contains(t)))
                    .as(t.name() + " under TT57/2026").hasSize(1);
        }
        Set<Framework> frameworks = EnumSet.noneOf(Framework.class);
        REPO.all().forEach(c -> frameworks.add(c.framework()));
        assertThat(frameworks).containsExactlyInAnyOrder(Framework.values());
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void codesAreUniqueAndConsecutivePerStandard(Catalogue c) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < c.standards().size(); i++) {
            Standard s = c.standards().get(i);
            assertThat(s.number()).isEqualTo(i + 1);
            for (int j = 0; j < s.criteria().size(); j++) {
                Criterion cr = s.criteria().get(j);
                assertThat(cr.code()).isEqualTo(s.number() + "." + (j + 1));
                assertThat(cr.standard()).isEqualTo(s.number());
                assertThat(seen.add(cr.code())).as("duplicate " + cr.code()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void namesAreNfcTrimmedAndNonBlank(Catalogue c) {
        List<String> texts = new ArrayList<>();
        texts.add(c.title());
        texts.add(c.source());
        c.standards().forEach(s -> texts.add(s.name()));
        c.criteria().forEach(cr -> texts.add(cr.name()));
        c.level4().forEach(l -> texts.add(l.name()));
        c.rules().levels().forEach(l -> texts.add(l.article()));
        texts.add(c.rules().note());
        c.criteria().stream().map(Criterion::note).filter(n -> !n.isEmpty()).forEach(texts::add);
        texts.add(c.confidence());
        texts.addAll(c.rules().accreditation().preconditions());
        texts.addAll(c.rules().nationalStandard().preconditions());
        for (String t : texts) {
            assertThat(t).isNotBlank().isEqualTo(t.strip());
            assertThat(Normalizer.isNormalized(t, Normalizer.Form.NFC)).as(t).isTrue();
        }
    }

    /** The 2018 texts and TT57/2026; the TT22/2024 versions drop some levels (tests below). */
    static Stream<Catalogue> unamended() {
        return REPO.all().stream().filter(c -> !c.id().contains("+"));
    }

    static Stream<Catalogue> amended() {
        return REPO.all().stream().filter(c -> c.id().endsWith(CatalogueDetector.AMENDMENT_TT22_2024));
    }

    @ParameterizedTest
    @MethodSource("unamended")
    void levelsStartAtOneAndAreContiguous(Catalogue c) {
        for (Criterion cr : c.criteria()) {
            assertThat(cr.levels()).as(cr.code()).startsWith(1, 2);
            for (int i = 0; i < cr.levels().size(); i++) {
                assertThat(cr.levels().get(i)).isEqualTo(i + 1);
            }
            assertThat(cr.maxLevel()).isBetween(2, 3);
        }
        assertThat(c.countHavingLevel(1)).isEqualTo(c.criteria().size());
        assertThat(c.countHavingLevel(2)).isEqualTo(c.criteria().size());
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void level4CriteriaAreNumberedFromOne(Catalogue c) {
        if (c.framework() == Framework.TT57) {
            assertThat(c.level4()).as("TT57/2026 has no Mức 3 or Mức 4").isEmpty();
            return;
        }
        assertThat(c.level4()).isNotEmpty();
        for (int i = 0; i < c.level4().size(); i++) {
            assertThat(c.level4().get(i).number()).isEqualTo(i + 1);
            assertThat(c.level4().get(i).code()).isEqualTo("M4." + (i + 1));
        }
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void rulesCoverEverySchoolLevelWithASource(Catalogue c) {
        LevelRules r = c.rules();
        if (c.framework() == Framework.TT57) {
            assertThat(r.levels()).extracting(LevelRules.SchoolLevelRule::level).containsExactly(1, 2);
            assertThat(r.levels()).allSatisfy(l -> assertThat(l.article()).isNotBlank());
            assertThat(r.notReached()).isEqualTo("Không đạt Mức 1");
            return;
        }
        assertThat(r.levels()).extracting(LevelRules.SchoolLevelRule::level).containsExactly(1, 2, 3, 4);
        assertThat(r.levels()).allSatisfy(l -> assertThat(l.article()).isNotBlank());
        assertThat(r.accreditation().article()).isNotBlank();
        assertThat(r.nationalStandard().article()).isNotBlank();
        for (int level = 1; level <= 4; level++) {
            assertThat(r.accreditation().apply(level)).isEqualTo(level);
        }
        assertThat(r.nationalStandard().apply(1)).isZero();
        assertThat(r.nationalStandard().apply(2)).isEqualTo(1);
        assertThat(r.nationalStandard().apply(3)).isEqualTo(2);
    }

    @Test
    void indexListsEachAmendedVersionRightAfterItsBase() {
        List<String> ids = REPO.all().stream().map(Catalogue::id).toList();
        for (String base : List.of("TT17/2018", "TT18/2018", "TT19/2018")) {
            assertThat(ids.indexOf(base + CatalogueDetector.AMENDMENT_TT22_2024)).as(base)
                    .isEqualTo(ids.indexOf(base) + 1);
        }
        assertThat(amended()).hasSize(3);
    }

    @ParameterizedTest
    @MethodSource("amended")
    void amendedVersionKeepsItsBaseFrameworkTypesAndCodes(Catalogue c) {
        Catalogue base = byId(c.id().replace(CatalogueDetector.AMENDMENT_TT22_2024, ""));
        assertThat(c.framework()).isEqualTo(base.framework());
        assertThat(c.schoolTypes()).isEqualTo(base.schoolTypes());
        assertThat(c.effectiveFrom()).isEqualTo(LocalDate.of(2025, 1, 25));
        assertThat(c.criteriaByCode().keySet()).containsExactlyElementsOf(base.criteriaByCode().keySet());
        assertThat(c.level4()).isEqualTo(base.level4());
        assertThat(c.rules().levels()).isEqualTo(base.rules().levels());
        assertThat(c.source()).contains("22/2024");
        assertThat(c.confidence()).isNotBlank();
        assertThat(c.title()).startsWith(base.title()).contains("22/2024");
        // Recognition of chuẩn quốc gia by the Giám đốc Sở GDĐT; 1 year before a higher level.
        assertThat(c.rules().nationalStandard().preconditions())
                .containsAll(base.rules().nationalStandard().preconditions())
                .anySatisfy(p -> assertThat(p).contains("Giám đốc Sở GDĐT"))
                .anySatisfy(p -> assertThat(p).contains("01 năm"));
        assertThat(c.rules().accreditation().preconditions())
                .containsAll(base.rules().accreditation().preconditions())
                .anySatisfy(p -> assertThat(p).contains("01 năm"));
        // Levels: ascending, within 1..3, contiguous from the lowest; any change from the base is explained.
        for (Criterion cr : c.criteria()) {
            assertThat(cr.levels()).as(cr.code()).isNotEmpty().isSorted().doesNotHaveDuplicates();
            for (int i = 1; i < cr.levels().size(); i++) {
                assertThat(cr.levels().get(i)).as(cr.code()).isEqualTo(cr.levels().get(i - 1) + 1);
            }
            assertThat(cr.maxLevel()).as(cr.code()).isBetween(1, 3);
            Criterion before = base.criterion(cr.code()).orElseThrow();
            assertThat(cr.name()).isEqualTo(before.name());
            if (!cr.levels().equals(before.levels())) {
                assertThat(before.levels()).as(cr.code()).containsAll(cr.levels());
                assertThat(cr.note()).as(cr.code())
                        .contains("Suy ra từ cấu trúc Chương II, chưa đối chiếu nguyên văn TT22/2024");
            }
        }
    }

    @Test
    void tt22AmendedPrimary() {
        Catalogue c = byId("TT17/2018+TT22/2024");
        assertThat(c.criterion("1.5").orElseThrow().levels()).containsExactly(1);
        assertThat(c.criteria()).hasSize(27);
        assertThat(c.countHavingLevel(1)).isEqualTo(27);
        assertThat(c.countHavingLevel(2)).isEqualTo(26);
        assertThat(c.countHavingLevel(3)).isEqualTo(19);
        assertThat(c.level4()).hasSize(5);
        List<String> changed = c.criteria().stream()
                .filter(cr -> !cr.levels().equals(byId("TT17/2018").criterion(cr.code()).orElseThrow().levels()))
                .map(Criterion::code).toList();
        assertThat(changed).containsExactly("1.5");
    }

    @Test
    void tt22AmendedSecondary() {
        Catalogue c = byId("TT18/2018+TT22/2024");
        assertThat(c.criterion("1.5").orElseThrow().levels()).containsExactly(1);
        assertThat(c.criterion("5.3").orElseThrow().levels()).containsExactly(2);
        assertThat(c.criterion("5.4").orElseThrow().levels()).containsExactly(2);
        assertThat(c.criterion("5.5").orElseThrow().levels()).containsExactly(2, 3);
        assertThat(c.criteria()).hasSize(28);
        assertThat(c.countHavingLevel(1)).isEqualTo(25);
        assertThat(c.countHavingLevel(2)).isEqualTo(27);
        assertThat(c.countHavingLevel(3)).isEqualTo(19);
        assertThat(c.level4()).hasSize(6);
        List<String> changed = c.criteria().stream()
                .filter(cr -> !cr.levels().equals(byId("TT18/2018").criterion(cr.code()).orElseThrow().levels()))
                .map(Criterion::code).toList();
        assertThat(changed).containsExactly("1.5", "5.3", "5.4", "5.5");
    }

    @Test
    void tt22AmendedPreschoolKeepsTheCriteriaItsRepealListIsUnknown() {
        Catalogue c = byId("TT19/2018+TT22/2024");
        Catalogue base = byId("TT19/2018");
        assertThat(c.criteria()).isEqualTo(base.criteria());
        assertThat(c.confidence()).contains("chưa thấy");
    }

    @Test
    void tt19Level4IsDieu22WithSixClausesTheCountUnverified() {
        for (String id : List.of("TT19/2018", "TT19/2018+TT22/2024")) {
            Catalogue c = byId(id);
            assertThat(c.level4()).as(id).hasSize(6);
            assertThat(c.level4().get(0).name()).contains("mô hình, phương pháp giáo dục tiên tiến");
            assertThat(c.level4().get(1).name()).contains("90%", "40%", "80%", "30%");
            assertThat(c.level4().get(2).name()).contains("TCVN");
            assertThat(c.level4().get(3).name()).contains("kiên cố", "tư vấn tâm lý", "02 môn thể thao");
            assertThat(c.level4().get(4).name()).startsWith("Trong 05 năm liên tiếp");
            assertThat(c.level4()).noneSatisfy(l -> assertThat(l.name()).contains("chưa đối chiếu được"));
            assertThat(c.rules().note()).contains("Điều 22", "(6) chưa đối chiếu");
            assertThat(c.confidence()).contains("6 tiêu chí là chưa kiểm chứng");
            assertThat(c.rules().levels().get(3).article()).contains("Điều 22");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "TT17/2018|một khóa học sinh đã hoàn thành chương trình tiểu học",
            "TT18/2018|một khóa học sinh đã hoàn thành chương trình của cấp học",
            "TT19/2018|05 năm hoạt động giáo dục",
            "TT17/2018+TT22/2024|một khóa học sinh đã hoàn thành chương trình tiểu học",
            "TT18/2018+TT22/2024|một khóa học sinh đã hoàn thành chương trình của cấp học",
            "TT19/2018+TT22/2024|05 năm hoạt động giáo dục"})
    void dieu34And37Preconditions(String id, String pointA) {
        LevelRules r = byId(id).rules();
        assertThat(r.accreditation().article()).isEqualTo("Điều 34");
        assertThat(r.nationalStandard().article()).isEqualTo("Điều 37");
        assertThat(r.accreditation().preconditions())
                .anySatisfy(p -> assertThat(p).contains(pointA).contains("điểm a khoản 1 Điều 34"))
                .anySatisfy(p -> assertThat(p).contains("đánh giá ngoài đạt Mức 1 trở lên"));
        assertThat(r.nationalStandard().preconditions())
                .anySatisfy(p -> assertThat(p).contains(pointA).contains("điểm a khoản 1 Điều 34"))
                .anySatisfy(p -> assertThat(p).contains("đánh giá ngoài đạt Mức 2 trở lên"));
        if (id.startsWith("TT19")) {
            assertThat(r.accreditation().preconditions()).noneSatisfy(p -> assertThat(p).contains("khóa"));
        }
        if (!id.contains("+")) {
            assertThat(r.nationalStandard().preconditions()).noneSatisfy(p -> assertThat(p).contains("Giám đốc Sở"));
        }
    }
}
