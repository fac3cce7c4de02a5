package vn.kdcl.normalise;

import java.time.LocalDate;
import java.util.List;

/**
 * A time span read from a plan cell ("Tháng 10/2022", "HK I", "Từ 8/2023 Đến 5/2024").
 *
 * @param start  first day (inclusive), null when not understood
 * @param end    last day (inclusive), null when not understood
 * @param text   the original text (for a real date cell: its display text or the ISO date)
 * @param status OK, NONE (blank) or NOT_UNDERSTOOD (PLN-004)
 * @param kind   what kind of expression it was, null unless OK
 * @param days   the single days named ("Dịp 22/12, 30/4, 27/7"), in order; empty otherwise
 */
public record Period(LocalDate start, LocalDate end, String text, ParseStatus status, Kind kind, List<LocalDate> days) {

    public Period {
        days = days == null ? List.of() : List.copyOf(days);
    }

    public enum Kind {
        /** one day: "15/10/2024", a real date */
        DAY,
        /** several single days within the school year: "Dịp 22/12, 30/4, 27/7" */
        OCCASIONS,
        /** one month (or a list of months sharing a year): "Tháng 10/2022", "Tháng 9, 10/2023" */
        MONTH,
        /** "Quý 1/2024" */
        QUARTER,
        /** "HK I" (1 Sep – 31 Jan), "HK II" (1 Jan – 31 May) */
        SEMESTER,
        /** "Năm 2024", "2026": 1 Jan – 31 Dec */
        CALENDAR_YEAR,
        /** "2024-2025" */
        SCHOOL_YEAR,
        /** "Giai đoạn 2025-2030" */
        PLAN_PERIOD,
        /** "Thường xuyên", "Cả năm", "Hằng tháng": the whole school year */
        WHOLE_SCHOOL_YEAR,
        /** from one expression to another: "9/2022 - 5/2023", "Từ … đến …" */
        RANGE,
        /** "Từ tháng 9/2023" with no end: to the end of that school year */
        OPEN_ENDED
    }

    static Period none(String text) {
        return new Period(null, null, text == null ? "" : text, ParseStatus.NONE, null, List.of());
    }

    static Period notUnderstood(String text) {
        return new Period(null, null, text, ParseStatus.NOT_UNDERSTOOD, null, List.of());
    }

    public boolean isOk() {
        return status == ParseStatus.OK;
    }

    /** PLN-005: the end lies before the start (only after {@link PeriodParser#combine}). */
    public boolean endsBeforeStart() {
        return start != null && end != null && end.isBefore(start);
    }

    /** PLN-003 helper: the whole span lies within [from, to]. */
    public boolean within(LocalDate from, LocalDate to) {
        return start != null && end != null && !start.isBefore(from) && !end.isAfter(to);
    }
}
