package vn.kdcl.normalise;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kdcl.ingest.read.CellValue;

/**
 * Reads the "Thời gian" cells of a plan into a {@link Period}. The text is folded (no diacritics,
 * lower case, dashes unified) and scanned once for date expressions; the period runs from the
 * earliest start to the latest end of what was found, so "Từ 8/2023 Đến 5/2024", "9/2022 - 5/2023"
 * and "Tháng 9/2021 đến tháng 5/2022" need no special grammar and noise words are ignored.
 * Expressions without a year (HK I, Dịp 22/12, Tháng 10, Thường xuyên) are placed in the school
 * year of the context (or one named in the same text); without one they are NOT_UNDERSTOOD.
 * A year pair that is neither a school year nor a plausible plan period ("2013-2024"), an impossible
 * month or day makes the whole text NOT_UNDERSTOOD rather than guessed. Thread-safe and stateless.
 */
public final class PeriodParser {

    private static final String Y4 = "(?:19|20|21)\\d{2}";
    private static final String MONTH_SEP = "\\s*(?:,|;|&|-+>?|>|va|den|toi)\\s*(?:thang\\s*)?";

    private static final Pattern ATOMS = Pattern.compile(String.join("|",
            "\\bgiai doan\\s*(?:tu\\s*)?(?:nam\\s*(?:hoc\\s*)?)?(?<planA>" + Y4 + ")\\s*(?:-|den)\\s*(?:nam\\s*(?:hoc\\s*)?)?(?<planB>" + Y4 + ")(?!\\d)",
            "\\bquy\\s*(?<q>iv|iii|ii|i|\\d{1,2})(?![\\da-z])(?:\\s*(?:/|-|,|nam)\\s*(?<qY>" + Y4 + ")(?!\\d))?",
            "\\b(?:hk|hoc ky|hoc ki)\\s*(?<sem>ii|i|2|1)(?![\\da-z])",
            "(?<![\\d/.])(?<dD>\\d{1,2})(?<dSep>[/.-])(?<dM>\\d{1,2})\\k<dSep>(?<dY>" + Y4 + ")(?!\\d)",
            "\\bngay\\s*(?<nD>\\d{1,2})\\s*thang\\s*(?<nM>\\d{1,2})\\s*nam\\s*(?<nY>" + Y4 + ")(?!\\d)",
            "\\bthang\\s*(?<tL>\\d{1,2}(?!\\d)(?:" + MONTH_SEP + "\\d{1,2}(?!\\d))*)(?:\\s*(?:/|-|\\.|nam)\\s*(?<tY>" + Y4 + ")(?!\\d))?",
            "(?<![\\d/.])(?<mL>\\d{1,2}(?:\\s*(?:-+>?|>|den|toi)\\s*\\d{1,2}(?!\\d))+)\\s*/\\s*(?<mLY>" + Y4 + ")(?!\\d)",
            "(?<![\\d/.,])(?:nam hoc\\s*)?(?<syA>" + Y4 + ")\\s*[-/]\\s*(?<syB>" + Y4 + "|\\d{2})(?![\\d/])",
            "(?<![\\d/.])(?<mM>\\d{1,2})\\s*[/.-]\\s*(?<mY>" + Y4 + ")(?![\\d/])",
            "(?<![\\d/.])(?<dmD>\\d{1,2})\\s*/\\s*(?<dmM>\\d{1,2})(?![\\d/])",
            "(?<![\\d/.,])(?<y>" + Y4 + ")(?!\\d|[.,]\\d|\\s*[-/]\\s*\\d)"));

    private static final Pattern DIGITS = Pattern.compile("\\d{1,2}");
    private static final Pattern WHOLE_YEAR = Pattern.compile(
            "\\b(?:thuong xuyen|ca nam|hang thang|hang tuan|hang ngay|hang quy|hang ky|hang nam|dinh ky"
                    + "|suot nam|trong nam hoc|ca hai hoc ky|nam hoc nay|lien tuc)\\b");
    private static final Pattern FROM = Pattern.compile("\\b(?:tu|bat dau)\\b");
    private static final Pattern UNTIL = Pattern.compile("\\b(?:den|toi)\\b|-");
    private static final Pattern OCCASION = Pattern.compile("\\bdip\\b");

    /** Reads a cell: its date when it was a real Excel date, else its text. */
    public Period parse(CellValue cell, SchoolYear schoolYear, PlanPeriod plan) {
        return parse(cell.text(), cell.date(), schoolYear, plan);
    }

    public Period parse(String text, SchoolYear schoolYear) {
        return parse(text, null, schoolYear, null);
    }

    public Period parse(String text, SchoolYear schoolYear, PlanPeriod plan) {
        return parse(text, null, schoolYear, plan);
    }

    /**
     * @param text       the cell text (may be null or blank when only a date is given)
     * @param date       the date of a real Excel date cell, else null
     * @param schoolYear context for expressions without a year (may be null)
     * @param plan       plan period, used for whole-year words when no school year is known (may be null)
     */
    public Period parse(String text, LocalDate date, SchoolYear schoolYear, PlanPeriod plan) {
        if (date != null) {
            String shown = text == null || text.isBlank() ? date.toString() : text;
            return new Period(date, date, shown, ParseStatus.OK, Period.Kind.DAY, List.of(date));
        }
        String f = Fold.keepPunctuation(text);
        if (f.isEmpty()) {
            return Period.none(text);
        }
        List<Atom> atoms = scan(f);
        if (atoms == null) {
            return Period.notUnderstood(text);
        }
        if (atoms.isEmpty()) {
            if (WHOLE_YEAR.matcher(f).find()) {
                if (schoolYear != null) {
                    return ok(text, schoolYear.start(), schoolYear.end(), Period.Kind.WHOLE_SCHOOL_YEAR, List.of());
                }
                if (plan != null) {
                    return ok(text, plan.start(), plan.end(), Period.Kind.WHOLE_SCHOOL_YEAR, List.of());
                }
            }
            return Period.notUnderstood(text);
        }
        return resolve(text, f, atoms, schoolYear);
    }

    /**
     * Joins the "Thời gian bắt đầu" and "Thời gian hoàn thành" cells: the start of the first and
     * the end of the second. A blank cell leaves the other as it is (one free-text cell may hold the
     * whole range). When one side is not understood the result is NOT_UNDERSTOOD but keeps the
     * understood bound. Check {@link Period#endsBeforeStart()} for PLN-005.
     */
    public Period combine(Period start, Period end) {
        boolean noStart = start == null || start.status() == ParseStatus.NONE;
        boolean noEnd = end == null || end.status() == ParseStatus.NONE;
        if (noEnd) {
            return noStart && start == null ? Period.none("") : start;
        }
        if (noStart) {
            return end;
        }
        String text = start.text() + " – " + end.text();
        if (!start.isOk() || !end.isOk()) {
            return new Period(start.isOk() ? start.start() : null, end.isOk() ? end.end() : null, text,
                    ParseStatus.NOT_UNDERSTOOD, null, List.of());
        }
        return new Period(start.start(), end.end(), text, ParseStatus.OK, Period.Kind.RANGE, List.of());
    }

    /** Reads and joins two cells (see {@link #combine(Period, Period)}). */
    public Period combine(CellValue startCell, CellValue endCell, SchoolYear schoolYear, PlanPeriod plan) {
        Period s = startCell == null ? null : parse(startCell, schoolYear, plan);
        Period e = endCell == null ? null : parse(endCell, schoolYear, plan);
        return combine(s, e);
    }

    private static Period ok(String text, LocalDate start, LocalDate end, Period.Kind kind, List<LocalDate> days) {
        return new Period(start, end, text, ParseStatus.OK, kind, days);
    }

    private enum Type { PLAN, QUARTER, SEMESTER, DAY, MONTHS, SCHOOL_YEAR, YEAR, DAY_NO_YEAR }

    /** One expression found; year 0 means "place it in the school year". */
    private record Atom(Type type, int a, int b, int year, int start, int end, String months) {
    }

    /** The atoms of the folded text, or null when one of them is impossible. */
    private static List<Atom> scan(String f) {
        List<Atom> out = new ArrayList<>(2);
        Matcher m = ATOMS.matcher(f);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            Atom atom;
            if (m.start("planA") >= 0) {
                int a = Integer.parseInt(m.group("planA"));
                int b = Integer.parseInt(m.group("planB"));
                if (!PlanPeriod.isPlausible(a, b)) {
                    return null;
                }
                atom = new Atom(Type.PLAN, a, b, 0, s, e, null);
            } else if (m.start("q") >= 0) {
                if (quarter(m.group("q")) == 0) {
                    return null; // "Quý 5/2024"
                }
                atom = new Atom(Type.QUARTER, quarter(m.group("q")), 0, yearOrZero(m.group("qY")), s, e, null);
            } else if (m.start("sem") >= 0) {
                String sem = m.group("sem");
                atom = new Atom(Type.SEMESTER, sem.equals("i") || sem.equals("1") ? 1 : 2, 0, 0, s, e, null);
            } else if (m.start("dD") >= 0) {
                atom = new Atom(Type.DAY, num(m.group("dD")), num(m.group("dM")), num(m.group("dY")), s, e, null);
            } else if (m.start("nD") >= 0) {
                atom = new Atom(Type.DAY, num(m.group("nD")), num(m.group("nM")), num(m.group("nY")), s, e, null);
            } else if (m.start("tL") >= 0) {
                atom = new Atom(Type.MONTHS, 0, 0, yearOrZero(m.group("tY")), s, e, m.group("tL"));
            } else if (m.start("mL") >= 0) {
                atom = new Atom(Type.MONTHS, 0, 0, num(m.group("mLY")), s, e, m.group("mL"));
            } else if (m.start("syA") >= 0) {
                int a = num(m.group("syA"));
                int b = SchoolYear.expandSecondYear(a, m.group("syB"));
                if (SchoolYear.isValid(a, b)) {
                    atom = new Atom(Type.SCHOOL_YEAR, a, b, 0, s, e, null);
                } else if (PlanPeriod.isPlausible(a, b)) {
                    atom = new Atom(Type.PLAN, a, b, 0, s, e, null);
                } else {
                    return null; // "2013-2024": a typo, not a period
                }
            } else if (m.start("mM") >= 0) {
                atom = new Atom(Type.MONTHS, 0, 0, num(m.group("mY")), s, e, m.group("mM"));
            } else if (m.start("dmD") >= 0) {
                atom = new Atom(Type.DAY_NO_YEAR, num(m.group("dmD")), num(m.group("dmM")), 0, s, e, null);
            } else {
                atom = new Atom(Type.YEAR, 0, 0, num(m.group("y")), s, e, null);
            }
            out.add(atom);
        }
        return out;
    }

    private Period resolve(String text, String f, List<Atom> atoms, SchoolYear context) {
        boolean relative = false;
        SchoolYear named = null;
        for (Atom a : atoms) {
            relative |= isRelative(a);
            if (a.type == Type.SCHOOL_YEAR && named == null) {
                named = new SchoolYear(a.a);
            }
        }
        // "HK I năm học 2024-2025": the named school year is the context, not a span of its own
        SchoolYear sy = relative && named != null ? named : context;
        LocalDate start = null;
        LocalDate end = null;
        List<LocalDate> days = new ArrayList<>(0);
        Period.Kind kind = null;
        int spans = 0;
        Atom used = null;
        for (Atom a : atoms) {
            if (relative && named != null && a.type == Type.SCHOOL_YEAR) {
                continue;
            }
            if (isRelative(a) && sy == null) {
                return Period.notUnderstood(text);
            }
            LocalDate[] span = span(a, sy);
            if (span == null) {
                return Period.notUnderstood(text);
            }
            if (a.type == Type.DAY || a.type == Type.DAY_NO_YEAR) {
                days.add(span[0]);
            }
            start = start == null || span[0].isBefore(start) ? span[0] : start;
            end = end == null || span[1].isAfter(end) ? span[1] : end;
            kind = kindOf(a);
            used = a;
            spans++;
        }
        if (spans == 0) {
            return Period.notUnderstood(text);
        }
        if (days.size() == spans) {
            days.sort(null);
            kind = days.size() > 1 || OCCASION.matcher(f).find() ? Period.Kind.OCCASIONS : Period.Kind.DAY;
            return ok(text, start, end, kind, days);
        }
        if (spans > 1) {
            kind = Period.Kind.RANGE;
        } else if (isOpenEnded(f, used)) {
            LocalDate yearEnd = SchoolYear.containing(start).end();
            if (yearEnd.isAfter(end)) {
                end = yearEnd;
                kind = Period.Kind.OPEN_ENDED;
            }
        }
        return ok(text, start, end, kind, List.of());
    }

    /** "Từ tháng 9/2023" (and no "đến"): runs to the end of that school year. */
    private static boolean isOpenEnded(String f, Atom only) {
        Matcher from = FROM.matcher(f);
        return from.find() && from.start() < only.start
                && !UNTIL.matcher(f).region(only.end, f.length()).find();
    }

    private static boolean isRelative(Atom a) {
        return switch (a.type) {
            case SEMESTER, DAY_NO_YEAR -> true;
            case QUARTER, MONTHS -> a.year == 0;
            default -> false;
        };
    }

    private static Period.Kind kindOf(Atom a) {
        return switch (a.type) {
            case PLAN -> Period.Kind.PLAN_PERIOD;
            case QUARTER -> Period.Kind.QUARTER;
            case SEMESTER -> Period.Kind.SEMESTER;
            case DAY, DAY_NO_YEAR -> Period.Kind.DAY;
            case MONTHS -> Period.Kind.MONTH;
            case SCHOOL_YEAR -> Period.Kind.SCHOOL_YEAR;
            case YEAR -> Period.Kind.CALENDAR_YEAR;
        };
    }

    /** [start, end] of one atom, or null when impossible (month 13, 31/2). */
    private static LocalDate[] span(Atom a, SchoolYear sy) {
        try {
            switch (a.type) {
                case PLAN:
                    return new LocalDate[] {LocalDate.of(a.a, 9, 1), LocalDate.of(a.b, 8, 31)};
                case SCHOOL_YEAR:
                    return new LocalDate[] {LocalDate.of(a.a, 9, 1), LocalDate.of(a.a + 1, 8, 31)};
                case YEAR:
                    return new LocalDate[] {LocalDate.of(a.year, 1, 1), LocalDate.of(a.year, 12, 31)};
                case DAY: {
                    LocalDate d = LocalDate.of(a.year, a.b, a.a);
                    return new LocalDate[] {d, d};
                }
                case DAY_NO_YEAR: {
                    LocalDate d = LocalDate.of(yearInSchoolYear(a.b, sy), a.b, a.a);
                    return new LocalDate[] {d, d};
                }
                case SEMESTER:
                    return a.a == 1
                            ? new LocalDate[] {sy.start(), LocalDate.of(sy.endYear(), 1, 31)}
                            : new LocalDate[] {LocalDate.of(sy.endYear(), 1, 1), LocalDate.of(sy.endYear(), 5, 31)};
                case QUARTER: {
                    int firstMonth = (a.a - 1) * 3 + 1;
                    int year = a.year != 0 ? a.year : yearInSchoolYear(firstMonth + 2, sy);
                    return new LocalDate[] {LocalDate.of(year, firstMonth, 1),
                            YearMonth.of(year, firstMonth + 2).atEndOfMonth()};
                }
                case MONTHS:
                    return months(a, sy);
                default:
                    return null;
            }
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * "9, 10/2023", "9->10/2022", "9 đến tháng 5/2022": the year belongs to the last month; an
     * earlier month greater than its successor belongs to the year before. Without a year the
     * months are placed in the school year.
     */
    private static LocalDate[] months(Atom a, SchoolYear sy) {
        Matcher m = DIGITS.matcher(a.months);
        List<Integer> list = new ArrayList<>(2);
        while (m.find()) {
            int month = Integer.parseInt(m.group());
            if (month < 1 || month > 12) {
                return null;
            }
            list.add(month);
        }
        int n = list.size();
        int[] years = new int[n];
        if (a.year != 0) {
            years[n - 1] = a.year;
            for (int i = n - 2; i >= 0; i--) {
                years[i] = list.get(i) > list.get(i + 1) ? years[i + 1] - 1 : years[i + 1];
            }
        } else {
            for (int i = 0; i < n; i++) {
                years[i] = yearInSchoolYear(list.get(i), sy);
            }
        }
        LocalDate start = null;
        LocalDate end = null;
        for (int i = 0; i < n; i++) {
            LocalDate s = LocalDate.of(years[i], list.get(i), 1);
            LocalDate e = YearMonth.of(years[i], list.get(i)).atEndOfMonth();
            start = start == null || s.isBefore(start) ? s : start;
            end = end == null || e.isAfter(end) ? e : end;
        }
        return new LocalDate[] {start, end};
    }

    /** September–December belong to the start year, January–August to the next. */
    private static int yearInSchoolYear(int month, SchoolYear sy) {
        if (month < 1 || month > 12) {
            throw new DateTimeException("month " + month);
        }
        return month >= 9 ? sy.startYear() : sy.endYear();
    }

    private static int quarter(String q) {
        return switch (q) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            case "iv", "4" -> 4;
            default -> 0;
        };
    }

    private static int yearOrZero(String y) {
        return y == null ? 0 : Integer.parseInt(y);
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }
}
