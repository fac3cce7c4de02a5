package vn.kdcl.catalogue;

import java.util.List;

/**
 * The school level that a catalogue's rules give for one set of criterion results.
 *
 * @param catalogueId           catalogue version used
 * @param level                 Mức of the school, 0 (chưa đạt Mức 1) .. 4
 * @param countLevel1           criteria whose level is at least 1
 * @param countLevel2           criteria whose level is at least 2
 * @param countLevel3           criteria (having Mức 3) whose level is 3
 * @param countLevel4           Mức 4 criteria met
 * @param accreditationLevel    cấp độ kiểm định that this level corresponds to, 0 when none
 * @param nationalStandardLevel chuẩn quốc gia Mức độ (1 or 2) this level allows, 0 when none
 * @param rulesVerified         false while the catalogue's rules are inferred, not read in the circular
 * @param reasons               Vietnamese explanation, one line per level checked, then the conclusion
 */
public record SchoolAssessment(String catalogueId, int level, int countLevel1, int countLevel2, int countLevel3,
                               int countLevel4, int accreditationLevel, int nationalStandardLevel,
                               boolean rulesVerified, List<String> reasons) {
    public SchoolAssessment {
        reasons = List.copyOf(reasons);
    }

    /** countLevel1..4 by level number. */
    public int count(int level) {
        return switch (level) {
            case 1 -> countLevel1;
            case 2 -> countLevel2;
            case 3 -> countLevel3;
            case 4 -> countLevel4;
            default -> throw new IllegalArgumentException("level " + level);
        };
    }
}
