package vn.kdcl.check;

/** ERROR rejects the file; WARNING and INFO are stored and reported. */
public enum Severity {
    ERROR, WARNING, INFO
}
