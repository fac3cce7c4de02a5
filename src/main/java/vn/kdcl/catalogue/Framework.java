package vn.kdcl.catalogue;

/** The circular family a school is assessed under. */
public enum Framework {
    /** Thông tư 17/2018/TT-BGDĐT: primary schools. */
    TT17,
    /** Thông tư 18/2018/TT-BGDĐT: lower and upper secondary and multi-level schools. */
    TT18,
    /** Thông tư 19/2018/TT-BGDĐT: preschools. */
    TT19
}
