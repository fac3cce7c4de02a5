package vn.kdcl.catalogue;

/** The circular family a school is assessed under. */
public enum Framework {
    /** Thông tư 17/2018/TT-BGDĐT: primary schools. */
    TT17,
    /** Thông tư 18/2018/TT-BGDĐT: lower and upper secondary and multi-level schools. */
    TT18,
    /** Thông tư 19/2018/TT-BGDĐT: preschools. */
    TT19,
    /**
     * Thông tư 57/2026/TT-BGDĐT (in force 07/7/2026): one shape for every kind of school (preschools,
     * general schools, continuing-education centres), replacing the three 2018 circulars and TT22/2024.
     */
    TT57
}
