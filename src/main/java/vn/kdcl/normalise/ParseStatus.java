package vn.kdcl.normalise;

/** Outcome of reading one free-text value. */
public enum ParseStatus {
    /** understood; the value is set */
    OK,
    /** blank or an explicit "nothing" (Không, -, 0): nothing to understand */
    NONE,
    /** there is text but it was not understood; the caller keeps the text and reports it */
    NOT_UNDERSTOOD
}
