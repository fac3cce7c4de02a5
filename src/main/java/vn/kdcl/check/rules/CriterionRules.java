package vn.kdcl.check.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.kdcl.catalogue.Criterion;
import vn.kdcl.check.CheckContext;
import vn.kdcl.check.CheckContext.CriterionLine;
import vn.kdcl.check.CheckRule;
import vn.kdcl.check.Finding;
import vn.kdcl.check.Vn;
import vn.kdcl.normalise.Mark;

/** Rules on the "Kết quả tiêu chí" and "Mức 4" sheets (CRT-001 … CRT-006). */
public final class CriterionRules {

    static final String SHEET = "Kết quả tiêu chí";

    private CriterionRules() {
    }

    public static List<CheckRule> all() {
        return List.of(new UnknownCriterion(), new MissingCriteria(), new BrokenHierarchy(), new LevelNotInCircular(),
                new DuplicateCriterion(), new ResultNotUnderstood());
    }

    /** CRT-001: a code the circular does not have. */
    public static final class UnknownCriterion implements CheckRule {
        public String code() {
            return "CRT-001";
        }

        public void check(CheckContext c, List<Finding> out) {
            for (CriterionLine l : c.criteria()) {
                if (l.code() == null) {
                    out.add(At.warning(code(), l.row().code(), SHEET, "Không đọc được mã tiêu chí "
                            + Vn.quote(At.text(l.row().code())) + "; mã đúng có dạng 1.1, 2.3 …"));
                } else if (c.catalogue().criterion(l.code()).isEmpty()) {
                    out.add(At.warning(code(), l.row().code(), SHEET, "Tiêu chí " + l.code() + " không có trong "
                            + c.catalogue().id() + " (" + c.catalogue().criteria().size() + " tiêu chí)."));
                }
            }
        }
    }

    /** CRT-002: criteria of the circular with no result row. */
    public static final class MissingCriteria implements CheckRule {
        public String code() {
            return "CRT-002";
        }

        public void check(CheckContext c, List<Finding> out) {
            Set<String> present = new LinkedHashSet<>();
            c.criteria().forEach(l -> present.add(l.code()));
            List<String> missing = c.catalogue().criteria().stream().map(Criterion::code)
                    .filter(code -> !present.contains(code)).toList();
            if (!missing.isEmpty()) {
                // a results table may have no code column (names only): any cell of its first row gives the sheet
                var first = c.criteria().isEmpty() ? null : c.criteria().get(0).row();
                var cell = first == null ? null : first.code() != null ? first.code() : first.name();
                String sheet = cell == null ? SHEET : cell.sheet();
                out.add(new Finding(code(), vn.kdcl.check.Severity.WARNING, sheet, null, "Thiếu kết quả của "
                        + missing.size() + " tiêu chí: " + String.join(", ", missing) + " (" + c.catalogue().id()
                        + " có " + c.catalogue().criteria().size() + " tiêu chí)."));
            }
        }
    }

    /** CRT-003: a higher level met while a lower one is not. */
    public static final class BrokenHierarchy implements CheckRule {
        public String code() {
            return "CRT-003";
        }

        public void check(CheckContext c, List<Finding> out) {
            for (CriterionLine l : c.criteria()) {
                Optional<Criterion> crit = l.code() == null ? Optional.empty() : c.catalogue().criterion(l.code());
                if (crit.isEmpty() || l.duplicate()) {
                    continue;
                }
                for (int level = 3; level >= 2; level--) {
                    if (crit.get().hasLevel(level) && l.mark(level).isMet()) {
                        for (int lower = 1; lower < level; lower++) {
                            if (crit.get().hasLevel(lower) && !l.mark(lower).isMet()) {
                                out.add(At.warning(code(), l.cell(level), SHEET, "Tiêu chí " + l.code()
                                        + " đánh dấu đạt Mức " + level + " nhưng chưa đạt Mức " + lower
                                        + "; mức đạt được tính là Mức " + l.level() + "."));
                                break;
                            }
                        }
                        break;
                    }
                }
            }
        }
    }

    /** CRT-004: a level marked for a criterion that has no such level. */
    public static final class LevelNotInCircular implements CheckRule {
        public String code() {
            return "CRT-004";
        }

        public void check(CheckContext c, List<Finding> out) {
            for (CriterionLine l : c.criteria()) {
                Optional<Criterion> crit = l.code() == null ? Optional.empty() : c.catalogue().criterion(l.code());
                if (crit.isEmpty()) {
                    continue;
                }
                for (int level = 1; level <= 3; level++) {
                    if (!crit.get().hasLevel(level) && l.mark(level).isMet()) {
                        out.add(At.warning(code(), l.cell(level), SHEET, "Tiêu chí " + l.code() + " không có Mức "
                                + level + " theo " + c.catalogue().id() + " nhưng được đánh dấu "
                                + Vn.quote(l.mark(level).text()) + "; để trống hoặc ghi \"—\"."));
                    }
                }
            }
        }
    }

    /** CRT-005: the same criterion listed twice (the first row counts). */
    public static final class DuplicateCriterion implements CheckRule {
        public String code() {
            return "CRT-005";
        }

        public void check(CheckContext c, List<Finding> out) {
            for (CriterionLine l : c.criteria()) {
                if (l.duplicate()) {
                    String first = c.criteria().stream().filter(o -> !o.duplicate() && l.code().equals(o.code()))
                            .map(o -> o.row().code().ref()).findFirst().orElse("?");
                    out.add(At.warning(code(), l.row().code(), SHEET, "Tiêu chí " + l.code()
                            + " được liệt kê hai lần (lần đầu ở ô " + first + "); chỉ dòng đầu được tính."));
                }
            }
        }
    }

    /** CRT-006: a result cell that is neither Đạt nor Không đạt. */
    public static final class ResultNotUnderstood implements CheckRule {
        public String code() {
            return "CRT-006";
        }

        public void check(CheckContext c, List<Finding> out) {
            List<Finding> found = new ArrayList<>();
            for (CriterionLine l : c.criteria()) {
                for (int level = 1; level <= 3; level++) {
                    if (l.mark(level).mark() == Mark.UNKNOWN) {
                        found.add(At.warning(code(), l.cell(level), SHEET, "Giá trị " + Vn.quote(l.mark(level).text())
                                + " của tiêu chí " + (l.code() == null ? "?" : l.code()) + ", Mức " + level
                                + " không hiểu được; dùng \"Đạt\" hoặc \"Không đạt\" (được tính là chưa đạt)."));
                    }
                }
            }
            for (CheckContext.Level4Line l : c.level4()) {
                if (l.result().mark() == Mark.UNKNOWN) {
                    found.add(At.warning(code(), l.row().result(), "Mức 4", "Kết quả " + Vn.quote(l.result().text())
                            + " của tiêu chí Mức 4 số " + l.number() + " không hiểu được; dùng \"Đạt\" hoặc \"Không đạt\"."));
                }
            }
            out.addAll(found);
        }
    }
}
