package vn.kdcl.catalogue;

import java.util.Optional;

import vn.kdcl.text.VietText;

/**
 * "Cấp học" as schools write it → the school type: one rule for the workbook, the registry and the choice of
 * catalogue. Several levels named together (TH&amp;THCS, liên cấp) make a multi-level school.
 */
public final class SchoolTypeNames {

    private SchoolTypeNames() {
    }

    public static Optional<SchoolType> parse(String text) {
        String f = " " + VietText.fold(text) + " ";
        if (f.isBlank()) {
            return Optional.empty();
        }
        if (f.contains("giao duc thuong xuyen") || f.contains(" gdtx ") || f.contains(" gdnn ")
                || f.contains("giao duc nghe nghiep")) {
            return Optional.of(SchoolType.GDTX);
        }
        if (f.contains("mam non") || f.contains("mau giao") || f.contains("nha tre") || f.contains(" mn ")) {
            return Optional.of(SchoolType.MN);
        }
        boolean primary = f.contains("tieu hoc") || f.contains(" th ");
        boolean lower = f.contains(" thcs ") || f.contains("trung hoc co so");
        boolean upper = f.contains(" thpt ") || f.contains("trung hoc pho thong");
        int levels = (primary ? 1 : 0) + (lower ? 1 : 0) + (upper ? 1 : 0);
        if (levels > 1 || f.contains("nhieu cap") || f.contains("lien cap") || f.contains(" ptnch ")) {
            return Optional.of(SchoolType.PTNCH);
        }
        if (upper) {
            return Optional.of(SchoolType.THPT);
        }
        if (lower || f.contains("trung hoc")) {
            return Optional.of(SchoolType.THCS);
        }
        return primary ? Optional.of(SchoolType.TH) : Optional.empty();
    }
}
