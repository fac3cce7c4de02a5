package vn.kdcl.catalogue;

import java.util.List;

/**
 * One criterion (tiêu chí) of a standard, e.g. {@code 1.1}.
 *
 * @param code     "standard.criterion", e.g. "1.1"
 * @param standard the standard (tiêu chuẩn) number, 1..5
 * @param name     official Vietnamese name (NFC)
 * @param levels   the levels this criterion has indicators for, ascending, e.g. [1, 2] or [1, 2, 3]; a level
 *                 below the highest that is missing (TT18 5.3 after TT22/2024 has no Mức 1 clause) is met by default
 * @param mandatory one of the criteria every school must reach for its level (TT57/2026, điểm a khoản 1 Điều 5)
 * @param note     Vietnamese note on a fact that is inferred or single-source, shown in docs and templates
 */
public record Criterion(String code, int standard, String name, List<Integer> levels, boolean mandatory, String note) {
    public Criterion {
        levels = List.copyOf(levels);
        note = note == null ? "" : note;
    }

    public Criterion(String code, int standard, String name, List<Integer> levels) {
        this(code, standard, name, levels, false, "");
    }

    public boolean hasLevel(int level) {
        return levels.contains(level);
    }

    public int maxLevel() {
        return levels.get(levels.size() - 1);
    }
}
