package vn.kdcl.normalise;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school year {@code YYYY-YYYY+1}, 1 September of the start year to 31 August of the next.
 *
 * @param startYear the year in which the school year begins (2024 for "2024-2025")
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

    /** Years outside this window are typos, not school years. */
    static final int MIN_YEAR = 1950;
    static final int MAX_YEAR = 2199;

    /**
     * A year pair "2024-2025", "2024 - 2025", "2024–2025", "2024/2025", "2024-25" inside any text
     * (folded, so en dashes are already '-'). The second year may have two digits.
     */
    static final Pattern YEAR_PAIR = Pattern.compile(
            "(?<![\\d.,/])((?:19|20|21)\\d{2})\\s*[-/]\\s*((?:19|20|21)\\d{2}|\\d{2})(?![\\d/])");

    public SchoolYear {
        if (startYear < MIN_YEAR || startYear > MAX_YEAR) {
            throw new IllegalArgumentException("implausible school year start: " + startYear);
        }
    }

    /** 1 September of the start year. */
    public LocalDate start() {
        return LocalDate.of(startYear, 9, 1);
    }

    /** 31 August of the following year. */
    public LocalDate end() {
        return LocalDate.of(startYear + 1, 8, 31);
    }

    public int endYear() {
        return startYear + 1;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** The school year a date falls in (September starts a new one). */
    public static SchoolYear containing(LocalDate date) {
        return new SchoolYear(date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1);
    }

    /** "2024-2025", the canonical form used in file names, exports and reports. */
    public String label() {
        return startYear + "-" + (startYear + 1);
    }

    @Override
    public String toString() {
        return label();
    }

    @Override
    public int compareTo(SchoolYear o) {
        return Integer.compare(startYear, o.startYear);
    }

    /** The rule of SCH-004: the second year is the first plus one. */
    public static boolean isValid(int firstYear, int secondYear) {
        return firstYear >= MIN_YEAR && firstYear <= MAX_YEAR && secondYear == firstYear + 1;
    }

    /** True when the text holds a year pair that follows the YYYY-YYYY+1 rule ("Năm học 2024-2025" too). */
    public static boolean isValid(String text) {
        return read(text).status() == Reading.Status.OK;
    }

    /**
     * True when the text holds a year pair that breaks the rule, such as the typos "2003-2024" and
     * "2013-2024" of seed 004 (meant 2023-2024), or a plan period "2021-2026" given as a school year.
     */
    public static boolean isMalformedPair(String text) {
        return read(text).status() == Reading.Status.NOT_CONSECUTIVE;
    }

    /** The school year in the text, when there is a valid one. */
    public static Optional<SchoolYear> parse(String text) {
        return Optional.ofNullable(read(text).value());
    }

    /** Reads the first year pair of the text and says what it found. */
    public static Reading read(String text) {
        String folded = Fold.keepPunctuation(text);
        if (folded.isEmpty()) {
            return new Reading(text, null, null, null, Reading.Status.BLANK);
        }
        Matcher m = YEAR_PAIR.matcher(folded);
        if (!m.find()) {
            return new Reading(text, null, null, null, Reading.Status.NOT_UNDERSTOOD);
        }
        int first = Integer.parseInt(m.group(1));
        int second = expandSecondYear(first, m.group(2));
        if (isValid(first, second)) {
            return new Reading(text, new SchoolYear(first), first, second, Reading.Status.OK);
        }
        return new Reading(text, null, first, second, Reading.Status.NOT_CONSECUTIVE);
    }

    /** "25" after 2024 means 2025; "99" after 1998 means 1999. */
    static int expandSecondYear(int first, String second) {
        if (second.length() == 4) {
            return Integer.parseInt(second);
        }
        int two = Integer.parseInt(second);
        int century = first / 100 * 100;
        int candidate = century + two;
        return candidate < first ? candidate + 100 : candidate;
    }

    /**
     * What {@link #read} found.
     *
     * @param text       the original text
     * @param value      the school year when the pair is valid, else null
     * @param firstYear  first year of the pair found, or null
     * @param secondYear second year of the pair (two-digit forms expanded), or null
     * @param status     see {@link Status}
     */
    public record Reading(String text, SchoolYear value, Integer firstYear, Integer secondYear, Status status) {

        public enum Status {
            /** a valid YYYY-YYYY+1 pair */
            OK,
            /** blank text */
            BLANK,
            /** a year pair that is not consecutive ("2003-2024"): SCH-004 for a school year */
            NOT_CONSECUTIVE,
            /** no year pair at all */
            NOT_UNDERSTOOD
        }
    }
}
