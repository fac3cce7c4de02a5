package vn.kdcl.catalogue;

/** School types as exported (CONTRACT.md); each maps to the circular that assesses it. */
public enum SchoolType {
    MN("Mầm non", Framework.TT19),
    TH("Tiểu học", Framework.TT17),
    THCS("THCS", Framework.TT18),
    THPT("THPT", Framework.TT18),
    PTNCH("Phổ thông nhiều cấp học", Framework.TT18);

    private final String label;
    private final Framework framework;

    SchoolType(String label, Framework framework) {
        this.label = label;
        this.framework = framework;
    }

    /** The Vietnamese label used in templates' "Cấp học" dropdown. */
    public String label() {
        return label;
    }

    public Framework framework() {
        return framework;
    }
}
