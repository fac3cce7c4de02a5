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
     * so criterion 1.2 of TT19 (Mức 1–2 only) is at most Mức 2 whatever its Mức 3 cell says.
     */
    public static int fromMarks(Criterion criterion, boolean level1, boolean level2, boolean level3) {
        return Math.min(fromMarks(level1, level2, level3), criterion.maxLevel());
    }
}
