package vn.kdcl.normalise;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A multi-year plan period ("Giai đoạn 2021-2026"): 1 September of the first year to 31 August of
 * the last, i.e. the school years 2021-2022 … 2025-2026.
 *
 * @param startYear first year (2021)
 * @param endYear   last year (2026), greater than startYear
 */
public record PlanPeriod(int startYear, int endYear) {

    /** Longer spans are typos ("2003-2024"), not plans. */
    public static final int MAX_YEARS = 10;

    public PlanPeriod {
        if (startYear < SchoolYear.MIN_YEAR || endYear <= startYear || endYear - startYear > MAX_YEARS) {
            throw new IllegalArgumentException("implausible plan period: " + startYear + "-" + endYear);
        }
    }

    public static boolean isPlausible(int startYear, int endYear) {
        return startYear >= SchoolYear.MIN_YEAR && startYear <= SchoolYear.MAX_YEAR
                && endYear > startYear && endYear - startYear <= MAX_YEARS;
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 9, 1);
    }

    public LocalDate end() {
        return LocalDate.of(endYear, 8, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public boolean contains(SchoolYear year) {
        return year.startYear() >= startYear && year.endYear() <= endYear;
    }

    /** "2021-2026". */
    public String label() {
        return startYear + "-" + endYear;
    }

    @Override
    public String toString() {
        return label();
    }

    /** "2021-2026", "Giai đoạn 2021-2026", "2021 - 2026", "2021–2026"; empty when none or implausible. */
    public static Optional<PlanPeriod> parse(String text) {
        Matcher m = SchoolYear.YEAR_PAIR.matcher(Fold.keepPunctuation(text));
        if (!m.find()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(1));
        int last = SchoolYear.expandSecondYear(first, m.group(2));
        return isPlausible(first, last) ? Optional.of(new PlanPeriod(first, last)) : Optional.empty();
    }
}
