package vn.kdcl.check.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import vn.kdcl.check.CheckContext;
import vn.kdcl.check.CheckRule;
import vn.kdcl.check.Finding;
import vn.kdcl.check.Vn;
import vn.kdcl.ingest.read.InfoField;
import vn.kdcl.normalise.DeclaredCount;

/** Rules on the declared results in "Thông tin trường" (SUM-001 … SUM-004). */
public final class SummaryRules {

    static final String SHEET = "Thông tin trường";
    private static final InfoField[] COUNT_FIELDS = {null, InfoField.COUNT_LEVEL1, InfoField.COUNT_LEVEL2,
            InfoField.COUNT_LEVEL3, InfoField.COUNT_LEVEL4};

    private SummaryRules() {
    }

    public static List<CheckRule> all() {
        return List.of(new CountDiffers(), new PercentWrong(), new LevelDiffers(), new CountExceedsCriteria());
    }

    /** How many criteria have the level (Mức 4: the circular's Mức 4 criteria). */
    static int available(CheckContext c, int level) {
        return level == 4 ? c.catalogue().level4().size() : c.catalogue().countHavingLevel(level);
    }

    /** SUM-001: declared count differs from the count of the results table. */
    public static final class CountDiffers implements CheckRule {
        public String code() {
            return "SUM-001";
        }

        public void check(CheckContext c, List<Finding> out) {
            for (int level = 1; level <= 4; level++) {
                DeclaredCount d = c.declaredCounts().get(level);
                if (d == null || d.count() == null || (level == 4 && c.level4().isEmpty())) {
                    continue;
                }
                int computed = c.computedCounts()[level];
                if (d.count() != computed) {
                    out.add(At.warning(code(), c.info(COUNT_FIELDS[level]), SHEET, "Khai báo " + d.count()
                            + " tiêu chí đạt Mức " + level + " nhưng bảng kết quả cho " + computed + "/"
                            + available(c, level) + "."));
                }
            }
        }
    }

    /** SUM-002: the declared percentage is not count/total (rounded to 2 decimals). */
    public static final class PercentWrong implements CheckRule {
        public String code() {
            return "SUM-002";
        }

        public void check(CheckContext c, List<Finding> out) {
            for (int level = 1; level <= 4; level++) {
                DeclaredCount d = c.declaredCounts().get(level);
                if (d == null || d.percent() == null || d.count() == null) {
                    continue;
                }
                int total = d.total() != null ? d.total() : available(c, level);
                if (total <= 0) {
                    continue;
                }
                BigDecimal exact = BigDecimal.valueOf(d.count()).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_UP);
                // Tolerate rounding or truncation to 2, 1 or 0 decimals.
                BigDecimal diff = exact.subtract(d.percent()).abs();
                BigDecimal allowed = BigDecimal.ONE.movePointLeft(Math.max(0, d.percent().scale()));
                if (diff.compareTo(allowed) >= 0) {
                    out.add(At.warning(code(), c.info(COUNT_FIELDS[level]), SHEET, "Tỷ lệ khai báo "
                            + Vn.percent(d.percent()) + " nhưng " + d.count() + "/" + total + " = " + Vn.percent(exact)
                            + "."));
                }
            }
        }
    }

    /** SUM-003: declared school level differs from what the circular's rules give. */
    public static final class LevelDiffers implements CheckRule {
        public String code() {
            return "SUM-003";
        }

        public void check(CheckContext c, List<Finding> out) {
            if (c.declaredLevel() != null && c.declaredLevel() != c.computedLevel()) {
                // level 0 as the circular names it: "chưa đạt Mức 1" (2018), "Không đạt Mức 1" (TT57/2026)
                String none = c.catalogue().rules().notReached();
                none = Character.toLowerCase(none.charAt(0)) + none.substring(1);
                out.add(At.warning(code(), c.info(InfoField.DECLARED_LEVEL), SHEET, "Mức tự đánh giá khai báo là "
                        + (c.declaredLevel() == 0 ? none : "Mức " + c.declaredLevel()) + " nhưng theo quy định của "
                        + c.catalogue().id() + ", kết quả các tiêu chí cho "
                        + (c.computedLevel() == 0 ? none : "Mức " + c.computedLevel()) + "."));
            }
        }
    }

    /** SUM-004: a declared count (or its total) larger than the number of criteria of the circular. */
    public static final class CountExceedsCriteria implements CheckRule {
        public String code() {
            return "SUM-004";
        }

        public void check(CheckContext c, List<Finding> out) {
            for (int level = 1; level <= 4; level++) {
                DeclaredCount d = c.declaredCounts().get(level);
                if (d == null) {
                    continue;
                }
                int max = available(c, level);
                boolean countTooBig = d.count() != null && d.count() > max;
                boolean totalTooBig = d.total() != null && d.total() > max;
                if (countTooBig || totalTooBig) {
                    out.add(At.warning(code(), c.info(COUNT_FIELDS[level]), SHEET, "Khai báo " + Vn.quote(d.text())
                            + " nhưng " + c.catalogue().id() + " chỉ có " + max + " tiêu chí "
                            + (level == 4 ? "Mức 4." : "có Mức " + level + ".")));
                }
            }
        }
    }
}
