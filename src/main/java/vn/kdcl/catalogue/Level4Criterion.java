package vn.kdcl.catalogue;

/** A Mức 4 criterion, numbered 1..n within its circular. */
public record Level4Criterion(int number, String name) {
    /** Code used in exports and plans: "M4.2". */
    public String code() {
        return "M4." + number;
    }
}
