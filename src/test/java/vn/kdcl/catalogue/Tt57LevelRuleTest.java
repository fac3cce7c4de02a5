package vn.kdcl.catalogue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The count rule of khoản 3 Điều 5 TT57/2026, as the catalogue data states it, on every kind of school. */
class Tt57LevelRuleTest {

    private static final CatalogueRepository REPO = CatalogueRepository.fromClasspath();
    private static final List<String> MANDATORY = List.of("1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2");
    private static final List<String> OTHERS = List.of("1.1", "1.2", "2.3", "3.3", "3.4", "3.5", "4.3");
    private final SchoolLevelRules engine = new SchoolLevelRules();

    private static Catalogue tt57(SchoolType type) {
        return REPO.forSchoolType(type, LocalDate.of(2026, 9, 1)).orElseThrow();
    }

    @Test
    void everyKindOfSchoolHasFifteenCriteriaTwoLevelsAndTheSameEightMandatory() {
        for (SchoolType type : SchoolType.values()) {
            Catalogue c = tt57(type);
            assertThat(c.id()).isEqualTo("TT57/2026");
            assertThat(c.criteria()).hasSize(15);
            assertThat(c.standards()).extracting(Standard::number).containsExactly(1, 2, 3, 4);
            assertThat(c.criteria()).allSatisfy(cr -> assertThat(cr.levels()).containsExactly(1, 2));
            assertThat(c.mandatoryCodes()).containsExactlyElementsOf(MANDATORY);
            assertThat(c.maxCriterionLevel()).isEqualTo(2);
            assertThat(c.confidence()).isNotBlank();
        }
        assertThat(tt57(SchoolType.MN).appendix()).isEqualTo("Phụ lục I");
        assertThat(tt57(SchoolType.THPT).appendix()).isEqualTo("Phụ lục II");
        assertThat(tt57(SchoolType.GDTX).appendix()).isEqualTo("Phụ lục III");
        assertThat(REPO.byId("TT57/2026").orElseThrow().appendix()).isEqualTo("Phụ lục II");
    }

    @Test
    void levelOneNeedsEveryMandatoryCriterionAndFiveOfTheOtherSeven() {
        Catalogue c = tt57(SchoolType.TH);
        assertThat(level(c, MANDATORY, 1, OTHERS.subList(0, 5), 1)).isEqualTo(1);
        assertThat(level(c, MANDATORY, 1, OTHERS.subList(0, 4), 1)).isZero();
        List<String> sevenMandatory = MANDATORY.subList(1, 8);
        assertThat(level(c, sevenMandatory, 2, OTHERS, 2)).isZero();
    }

    @Test
    void levelTwoNeedsEveryMandatoryAtTwoFiveOthersAtTwoAndAllSevenAtOne() {
        Catalogue c = tt57(SchoolType.MN);
        Map<String, Integer> levels = levels(MANDATORY, 2, OTHERS.subList(0, 5), 2);
        OTHERS.subList(5, 7).forEach(code -> levels.put(code, 1));
        SchoolAssessment a = engine.assess(c, levels, Set.of());
        assertThat(a.level()).isEqualTo(2);
        assertThat(a.countLevel1()).isEqualTo(15);
        assertThat(a.countLevel2()).isEqualTo(13);
        assertThat(a.nationalStandardLevel()).isEqualTo(2);
        assertThat(a.reasons()).anyMatch(r -> r.contains("chỉ để tham khảo"));

        levels.put(OTHERS.get(6), 0); // one other criterion below Mức 1: still Mức 1 (5 of 7), not Mức 2
        assertThat(engine.assess(c, levels, Set.of()).level()).isEqualTo(1);

        Map<String, Integer> oneMandatoryAtOne = levels(MANDATORY, 2, OTHERS, 2);
        oneMandatoryAtOne.put("4.2", 1);
        assertThat(engine.assess(c, oneMandatoryAtOne, Set.of()).level()).isEqualTo(1);

        Map<String, Integer> fourOthersAtTwo = levels(MANDATORY, 2, OTHERS.subList(0, 4), 2);
        OTHERS.subList(4, 7).forEach(code -> fourOthersAtTwo.put(code, 1));
        assertThat(engine.assess(c, fourOthersAtTwo, Set.of()).level()).isEqualTo(1);
    }

    @Test
    void belowLevelOneIsNamedAsTheCircularNamesIt() {
        Catalogue c = tt57(SchoolType.GDTX);
        SchoolAssessment a = engine.assess(c, Map.of(), Set.of());
        assertThat(a.level()).isZero();
        assertThat(a.reasons()).contains("Kết luận: trường không đạt Mức 1.");
        assertThat(a.reasons()).anyMatch(r -> r.contains("tiêu chí 1.3 phải đạt Mức 1"));
    }

    private int level(Catalogue c, List<String> a, int levelA, List<String> b, int levelB) {
        return engine.assess(c, levels(a, levelA, b, levelB), Set.of()).level();
    }

    private static Map<String, Integer> levels(List<String> a, int levelA, List<String> b, int levelB) {
        Map<String, Integer> m = new LinkedHashMap<>();
        a.forEach(code -> m.put(code, levelA));
        b.forEach(code -> m.put(code, levelB));
        return m;
    }
}
