package vn.kdcl.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
        for (String t : texts) {
            assertThat(t).isNotBlank().isEqualTo(t.strip());
            assertThat(Normalizer.isNormalized(t, Normalizer.Form.NFC)).as(t).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("catalogues")
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
}
