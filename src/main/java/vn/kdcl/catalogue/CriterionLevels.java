package vn.kdcl.catalogue;

/** A criterion's level from its Mức 1..3 marks (CONTRACT.md: highest level whose marks and all lower ones are met). */
public final class CriterionLevels {

    private CriterionLevels() {
    }

    /** Highest L such that marks 1..L are all met; 0 when Mức 1 is not met. {@code marks[0]} is Mức 1. */
    public static int fromMarks(boolean... marks) {
        int level = 0;
        while (level < marks.length && marks[level]) {
            level++;
        }
        return level;
    }

    /**
     * Same, for one criterion: marks of levels the criterion has no indicators for are ignored,
     * so criterion 1.2 of TT19 (Mức 1–2 only) is at most Mức 2 whatever its Mức 3 cell says, and a level
     * below its highest that has no clause (TT18 5.3 amended by TT22/2024 has no Mức 1) counts as met.
     */
    public static int fromMarks(Criterion criterion, boolean level1, boolean level2, boolean level3) {
        boolean[] marks = {level1, level2, level3};
        for (int l = 1; l < criterion.maxLevel() && l <= marks.length; l++) {
            if (!criterion.hasLevel(l)) {
                marks[l - 1] = true;
            }
        }
        return Math.min(fromMarks(marks), criterion.maxLevel());
    }
}
