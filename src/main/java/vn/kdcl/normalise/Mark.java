package vn.kdcl.normalise;

/** The value of one result cell (Mức 1/2/3 of a criterion, or a Mức 4 criterion). */
public enum Mark {
    /** Đạt, x, ✓, 1, TRUE */
    MET,
    /** Không đạt, KĐ, Chưa đạt, 0, FALSE */
    NOT_MET,
    /** empty: normal, counts as not met (TEMPLATE.md) */
    BLANK,
    /** —, -, N/A, Không có: the level does not exist for this criterion */
    NOT_APPLICABLE,
    /** anything else (CRT-006) */
    UNKNOWN
}
