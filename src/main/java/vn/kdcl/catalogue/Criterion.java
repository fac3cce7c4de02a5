package vn.kdcl.catalogue;

import java.util.List;

/**
 * One criterion (tiêu chí) of a standard, e.g. {@code 1.1}.
 *
 * @param code     "standard.criterion", e.g. "1.1"
 * @param standard the standard (tiêu chuẩn) number, 1..5
 * @param name     official Vietnamese name (NFC)
 * @param levels   the levels this criterion has indicators for, ascending, e.g. [1, 2] or [1, 2, 3]
 */
public record Criterion(String code, int standard, String name, List<Integer> levels) {
    public Criterion {
        levels = List.copyOf(levels);
    }

    public boolean hasLevel(int level) {
        return levels.contains(level);
    }

    public int maxLevel() {
        return levels.get(levels.size() - 1);
    }
}
