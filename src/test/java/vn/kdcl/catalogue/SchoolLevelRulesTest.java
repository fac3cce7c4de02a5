package vn.kdcl.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SchoolLevelRulesTest {

    private static final CatalogueRepository REPO = CatalogueRepository.fromClasspath();
    private final SchoolLevelRules engine = new SchoolLevelRules();

    /** Every criterion at min(level, its highest level). */
    private static Map<String, Integer> allAt(Catalogue c, int level) {
        Map<String, Integer> m = new LinkedHashMap<>();
        c.criteria().forEach(cr -> m.put(cr.code(), Math.min(level, cr.maxLevel())));
        return m;
    }

    private static Set<Integer> allLevel4(Catalogue c) {
        return c.level4().stream().map(Level4Criterion::number).collect(Collectors.toSet());
    }

    @Test
    void seed004PrimarySchoolIsLevel2() {
        Catalogue tt17 = REPO.byId("TT17/2018").orElseThrow();
        Map<String, Integer> levels = allAt(tt17, 2);
        // 4 of the 19 criteria that have Mức 3 reach it (seed 004: "Mức 3 4/19").
        tt17.criteria().stream().filter(c -> c.hasLevel(3)).limit(4).forEach(c -> levels.put(c.code(), 3));

        SchoolAssessment a = engine.assess(tt17, levels, Set.of());

        assertThat(a.level()).isEqualTo(2);
        assertThat(List.of(a.countLevel1(), a.countLevel2(), a.countLevel3(), a.countLevel4()))
                .containsExactly(27, 27, 4, 0);
        assertThat(a.accreditationLevel()).isEqualTo(2);
        assertThat(a.nationalStandardLevel()).isEqualTo(1);
        assertThat(a.catalogueId()).isEqualTo("TT17/2018");
        assertThat(a.reasons()).anySatisfy(r -> assertThat(r)
                .startsWith("Mức 3: chưa đạt").contains("cần ít nhất 19 tiêu chí đạt Mức 3, có 4"));
        assertThat(a.reasons()).contains("Kết luận: trường đạt Mức 2.");
        assertThat(a.reasons()).anySatisfy(r -> assertThat(r).startsWith("Mức 4: không xét"));
    }

    static Stream<Arguments> cataloguesAndLevels() {
        return REPO.all().stream().filter(c -> c.framework() != Framework.TT57).flatMap(c -> IntStream.rangeClosed(1, 3).mapToObj(l -> Arguments.of(c, l)));
    }

    @ParameterizedTest(name = "{0} Mức {1} just met")
    @MethodSource("cataloguesAndLevels")
    void levelJustMet(Catalogue c, int level) {
        SchoolAssessment a = engine.assess(c, allAt(c, level), Set.of());
        assertThat(a.level()).isEqualTo(level);
        assertThat(a.count(level)).isEqualTo(c.countHavingLevel(level));
        assertThat(a.accreditationLevel()).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} Mức {1} just missed")
    @MethodSource("cataloguesAndLevels")
    void levelJustMissed(Catalogue c, int level) {
        Map<String, Integer> levels = allAt(c, level);
        Criterion last = c.criteria().stream().filter(cr -> cr.hasLevel(level)).reduce((x, y) -> y).orElseThrow();
        levels.put(last.code(), level - 1);

        SchoolAssessment a = engine.assess(c, levels, Set.of());

        assertThat(a.level()).isEqualTo(level - 1);
        assertThat(a.count(level)).isEqualTo(c.countHavingLevel(level) - 1);
        assertThat(a.reasons()).anySatisfy(r -> assertThat(r).startsWith("Mức " + level + ": chưa đạt"));
    }

    static Stream<Catalogue> catalogues() {
        return REPO.all().stream().filter(c -> c.framework() != Framework.TT57); // TT57: Tt57LevelRuleTest
    }

    @ParameterizedTest(name = "{0} Mức 4")
    @MethodSource("catalogues")
    void level4JustMetAndJustMissed(Catalogue c) {
        Set<Integer> all = allLevel4(c);
        SchoolAssessment met = engine.assess(c, allAt(c, 3), all);
        assertThat(met.level()).isEqualTo(4);
        assertThat(met.countLevel4()).isEqualTo(c.level4().size());
        assertThat(met.accreditationLevel()).isEqualTo(4);
        assertThat(met.nationalStandardLevel()).isEqualTo(2);

        Set<Integer> oneShort = all.stream().filter(n -> n != 1).collect(Collectors.toSet());
        SchoolAssessment missed = engine.assess(c, allAt(c, 3), oneShort);
        assertThat(missed.level()).isEqualTo(3);
        assertThat(missed.countLevel4()).isEqualTo(c.level4().size() - 1);

        // Mức 4 criteria do not lift a school that is not at Mức 3.
        SchoolAssessment notLevel3 = engine.assess(c, allAt(c, 2), all);
        assertThat(notLevel3.level()).isEqualTo(2);
    }

    @Test
    void noResultsMeansNotLevel1() {
        Catalogue tt19 = REPO.byId("TT19/2018").orElseThrow();
        SchoolAssessment a = engine.assess(tt19, Map.of(), Set.of());
        assertThat(a.level()).isZero();
        assertThat(a.countLevel1()).isZero();
        assertThat(a.accreditationLevel()).isZero();
        assertThat(a.nationalStandardLevel()).isZero();
        assertThat(a.reasons()).contains("Kết luận: trường chưa đạt Mức 1.");
    }

    @Test
    void unknownCodesAreIgnoredAndLevelsAreCappedAtTheCriterionsHighest() {
        Catalogue tt19 = REPO.byId("TT19/2018").orElseThrow();
        Map<String, Integer> levels = new HashMap<>(allAt(tt19, 3));
        levels.put("1.2", 3);      // 1.2 has no Mức 3 in TT19
        levels.put("5.6", 3);      // not a TT19 criterion
        levels.put("2.4", 3);
        Set<Integer> level4 = Set.of(1, 99);

        SchoolAssessment a = engine.assess(tt19, levels, level4);

        assertThat(a.countLevel3()).isEqualTo(19);
        assertThat(a.countLevel1()).isEqualTo(25);
        assertThat(a.countLevel4()).isEqualTo(1);
        assertThat(a.level()).isEqualTo(3);
    }

    @Test
    void rulesWithThresholdsPerStandardAndRequiredCriteria() {
        Catalogue c = CatalogueRepository.parse(new ByteArrayInputStream("""
                id: TEST/1
                framework: TT17
                title: Thử
                effectiveFrom: 2020-01-01
                schoolTypes: [TH]
                standards:
                  - number: 1
                    name: Một
                    criteria:
                      - {code: "1.1", name: A, levels: [1, 2, 3]}
                      - {code: "1.2", name: B, levels: [1, 2]}
                  - number: 2
                    name: Hai
                    criteria:
                      - {code: "2.1", name: C, levels: [1, 2, 3]}
                      - {code: "2.2", name: D, levels: [1, 2, 3]}
                level4:
                  - {number: 1, name: E}
                  - {number: 2, name: F}
                rules:
                  verified: true
                  levels:
                    - level: 1
                      criteria: [{level: 1, min: 3}]
                    - level: 2
                      article: "Điều thử"
                      criteria: [{level: 2, min: 2}, {level: 2, min: 1, standard: 2}]
                      required: [{level: 2, codes: ["1.1"]}]
                    - level: 3
                      criteria: [{level: 3, min: all, standard: 2}]
                    - level: 4
                      level4: {min: 1}
                  accreditation:
                    fromLevel: {1: 1, 2: 2, 3: 3, 4: 4}
                """.getBytes(StandardCharsets.UTF_8)));

        // 1.1 at 2, 2.1 at 3, 2.2 at 3, 1.2 at 0: three criteria at Mức 1 (min 3), 1.1 required at Mức 2,
        // standard 2 entirely at Mức 3, one Mức 4 criterion met.
        Map<String, Integer> levels = Map.of("1.1", 2, "1.2", 0, "2.1", 3, "2.2", 3);
        SchoolAssessment a = engine.assess(c, levels, Set.of(2));
        assertThat(a.level()).isEqualTo(4);
        assertThat(a.rulesVerified()).isTrue();
        assertThat(a.reasons()).noneMatch(r -> r.startsWith("Lưu ý"));
        assertThat(a.nationalStandardLevel()).isZero();

        // The required criterion 1.1 below Mức 2 stops the school at Mức 1 although the counts are met.
        SchoolAssessment b = engine.assess(c, Map.of("1.1", 1, "1.2", 2, "2.1", 3, "2.2", 3), Set.of(1, 2));
        assertThat(b.level()).isEqualTo(1);
        assertThat(b.reasons()).anySatisfy(r -> assertThat(r)
                .contains("tiêu chí 1.1 phải đạt Mức 2, đang ở Mức 1").contains("(Điều thử)"));

        // Per-standard count: standard 2 needs all its criteria at Mức 3.
        SchoolAssessment d = engine.assess(c, Map.of("1.1", 3, "1.2", 2, "2.1", 3, "2.2", 2), Set.of(1));
        assertThat(d.level()).isEqualTo(2);
        assertThat(d.reasons()).anySatisfy(r -> assertThat(r)
                .contains("tiêu chuẩn 2 cần ít nhất 2 tiêu chí đạt Mức 3, có 1"));
    }

    @Test
    void catalogueWithoutRulesGivesLevelZeroWithAReason() {
        Catalogue tt17 = REPO.byId("TT17/2018").orElseThrow();
        Catalogue bare = new Catalogue(tt17.id(), tt17.framework(), tt17.title(), tt17.effectiveFrom(),
                tt17.schoolTypes(), tt17.standards(), tt17.level4());
        SchoolAssessment a = engine.assess(bare, allAt(bare, 3), allLevel4(bare));
        assertThat(a.level()).isZero();
        assertThat(a.countLevel3()).isEqualTo(19);
        assertThat(a.reasons()).anySatisfy(r -> assertThat(r).contains("chưa có quy tắc"));
    }

    @Test
    void criterionLevelFromMarks() {
        assertThat(CriterionLevels.fromMarks(true, true, true)).isEqualTo(3);
        assertThat(CriterionLevels.fromMarks(true, true, false)).isEqualTo(2);
        assertThat(CriterionLevels.fromMarks(true, false, true)).isEqualTo(1);
        assertThat(CriterionLevels.fromMarks(false, true, true)).isZero();
        assertThat(CriterionLevels.fromMarks()).isZero();

        Catalogue tt19 = REPO.byId("TT19/2018").orElseThrow();
        assertThat(CriterionLevels.fromMarks(tt19.criterion("1.2").orElseThrow(), true, true, true)).isEqualTo(2);
        assertThat(CriterionLevels.fromMarks(tt19.criterion("1.1").orElseThrow(), true, true, true)).isEqualTo(3);
        assertThat(CriterionLevels.fromMarks(tt19.criterion("1.1").orElseThrow(), false, true, true)).isZero();
    }

    @Test
    void amendedPrimary2025To2026Criterion15WithoutMuc2StillReachesMuc2() {
        Catalogue amended = new CatalogueDetector(REPO).detect("TT17/2018", "Tiểu học", "2025-2026", List.of())
                .orElseThrow().catalogue();
        assertThat(amended.id()).isEqualTo("TT17/2018+TT22/2024");
        Criterion c15 = amended.criterion("1.5").orElseThrow();
        // The workbook may still tick Mức 2 and Mức 3 of 1.5: the criterion stays at its highest, Mức 1.
        int level15 = CriterionLevels.fromMarks(c15, true, true, true);
        assertThat(level15).isEqualTo(1);

        Map<String, Integer> levels = allAt(amended, 2);
        levels.put("1.5", level15);
        SchoolAssessment a = engine.assess(amended, levels, Set.of());
        assertThat(a.level()).isEqualTo(2);
        assertThat(a.countLevel1()).isEqualTo(27);
        assertThat(a.countLevel2()).isEqualTo(26);
        assertThat(a.reasons()).contains("Kết luận: trường đạt Mức 2.");
        assertThat(a.reasons()).anySatisfy(r -> assertThat(r).startsWith("Chuẩn quốc gia: Mức độ 1")
                .contains("Giám đốc Sở GDĐT").contains("01 năm"));

        // The same results under the 2018 text: 1.5 has Mức 2 there, so the school stays at Mức 1.
        Catalogue base = REPO.byId("TT17/2018").orElseThrow();
        assertThat(engine.assess(base, levels, Set.of()).level()).isEqualTo(1);
    }

    @Test
    void amendedSecondaryCriteria53To55HaveNoMuc1() {
        Catalogue amended = REPO.byId("TT18/2018+TT22/2024").orElseThrow();
        for (String code : List.of("5.3", "5.4", "5.5")) {
            Criterion c = amended.criterion(code).orElseThrow();
            assertThat(c.hasLevel(1)).as(code).isFalse();
            assertThat(c.note()).as(code).contains("Suy ra từ cấu trúc Chương II");
            // Mức 1 has no clause: met by default, so an empty Mức 1 cell does not stop Mức 2.
            assertThat(CriterionLevels.fromMarks(c, false, false, false)).as(code).isEqualTo(1);
            assertThat(CriterionLevels.fromMarks(c, false, true, false)).as(code).isEqualTo(2);
        }
        assertThat(CriterionLevels.fromMarks(amended.criterion("5.5").orElseThrow(), false, true, true)).isEqualTo(3);
        assertThat(CriterionLevels.fromMarks(amended.criterion("5.3").orElseThrow(), false, true, true)).isEqualTo(2);

        // Mức 1 of the school counts the 25 criteria that still have Mức 1.
        Map<String, Integer> levels = allAt(amended, 1);
        for (String code : List.of("5.3", "5.4", "5.5")) {
            levels.put(code, 1);
        }
        SchoolAssessment level1 = engine.assess(amended, levels, Set.of());
        assertThat(level1.level()).isEqualTo(1);
        assertThat(level1.countLevel1()).isEqualTo(25);
        assertThat(level1.reasons()).anySatisfy(r -> assertThat(r).startsWith("Mức 2: chưa đạt")
                .contains("cần ít nhất 27 tiêu chí đạt Mức 2"));

        // Mức 2 needs 5.3–5.5 at Mức 2 like every criterion that has Mức 2 (1.5 has none any more).
        Map<String, Integer> two = allAt(amended, 2);
        SchoolAssessment level2 = engine.assess(amended, two, Set.of());
        assertThat(level2.level()).isEqualTo(2);
        assertThat(level2.countLevel2()).isEqualTo(27);
        two.put("5.4", 1);
        assertThat(engine.assess(amended, two, Set.of()).level()).isEqualTo(1);
    }

    @Test
    void tt19SchoolNeedsAllSixMuc4Criteria() {
        for (String id : List.of("TT19/2018", "TT19/2018+TT22/2024")) {
            Catalogue tt19 = REPO.byId(id).orElseThrow();
            assertThat(engine.assess(tt19, allAt(tt19, 3), Set.of(1, 2, 3, 4, 5, 6)).level()).as(id).isEqualTo(4);
            SchoolAssessment five = engine.assess(tt19, allAt(tt19, 3), Set.of(1, 2, 3, 4, 5));
            assertThat(five.level()).as(id).isEqualTo(3);
            assertThat(five.reasons()).anySatisfy(r -> assertThat(r).contains("cần ít nhất 6 tiêu chí Mức 4 đạt, có 5/6"));
        }
    }
}
