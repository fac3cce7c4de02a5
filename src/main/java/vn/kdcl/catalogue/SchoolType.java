package vn.kdcl.catalogue;

/**
 * School types as exported; each maps to the 2018 circular that assessed it. Since 2026-2027 every type is
 * assessed under Thông tư 57/2026: which catalogue applies is a matter of the school year, see
 * {@link CatalogueRepository#forSchoolType}.
 */
public enum SchoolType {
    MN("Mầm non", Framework.TT19),
    TH("Tiểu học", Framework.TT17),
    THCS("THCS", Framework.TT18),
    THPT("THPT", Framework.TT18),
    PTNCH("Phổ thông nhiều cấp học", Framework.TT18),
    /** Trung tâm GDTX, trung tâm GDNN-GDTX: no 2018 catalogue here (they had TT42/2012), TT57/2026 Phụ lục III. */
    GDTX("Trung tâm GDTX", Framework.TT57);

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

    /** The circular of the 2018 era (TT57 for GDTX, which kdcl-hub knows only under TT57/2026). */
    public Framework framework() {
        return framework;
    }
}
