package vn.kdcl.normalise;

import java.util.Set;

/**
 * An amount of money read from a cell, in đồng.
 *
 * @param dong   the amount in đồng (rounded half-up); 0 for an explicit "nothing" (Không, -, 0),
 *               null when blank or not understood
 * @param text   the original text (or the number as displayed when the cell was numeric)
 * @param status OK, NONE (blank, Không, -, 0) or NOT_UNDERSTOOD (PLN-007)
 * @param flags  how the value was obtained, for messages and audits
 */
public record Money(Long dong, String text, ParseStatus status, Set<Flag> flags) {

    public Money {
        flags = Set.copyOf(flags);
    }

    /** What the parser had to assume or did besides reading one plain amount. */
    public enum Flag {
        /** several amounts ("50 tr + 30 tr") were added up */
        SUMMED,
        /** "1.5 tỷ": a single dot followed by one or two digits read as a decimal mark */
        DECIMAL_DOT,
        /** "494,510,000": commas read as thousands separators */
        COMMA_THOUSANDS,
        /** a bare number was multiplied by 10^6 because the header said "(triệu đồng)" */
        MILLIONS_FROM_HEADER,
        /** a bare number ≥ 1 000 000 under a "(triệu đồng)" header was taken as đồng */
        DONG_UNDER_MILLIONS_HEADER,
        /** the value came from a numeric cell */
        NUMERIC_CELL,
        /** numbers without a unit next to amounts with a unit were ignored ("điểm 329-331") */
        IGNORED_NUMBERS,
        /** a bare number below 10 000 without a "(triệu đồng)" header: đồng or millions? */
        AMBIGUOUS_UNIT,
        /** a range ("50-100 tr") or a product ("5 tr x 10 lớp"): not summed, not guessed */
        RANGE_OR_PRODUCT
    }

    public boolean isOk() {
        return status == ParseStatus.OK;
    }
}
