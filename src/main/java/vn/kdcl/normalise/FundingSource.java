package vn.kdcl.normalise;

/** Where the money of a task comes from (DOMAIN.md "Funding sources"); export codes are the names. */
public enum FundingSource {
    NSNN("Ngân sách nhà nước"),
    NGAN_SACH_DON_VI("Ngân sách đơn vị"),
    XA_HOI_HOA("Xã hội hóa"),
    DONG_GOP("Đóng góp"),
    KHAC("Khác");

    private final String label;

    FundingSource(String label) {
        this.label = label;
    }

    /** Vietnamese label for reports (NFC). */
    public String label() {
        return label;
    }
}
