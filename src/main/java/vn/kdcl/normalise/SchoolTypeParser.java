package vn.kdcl.normalise;

import java.util.Optional;

import vn.kdcl.catalogue.SchoolType;
import vn.kdcl.text.VietText;

/** "Cấp học" as schools write it → the exported school type (MN, TH, THCS, THPT, PTNCH). */
public final class SchoolTypeParser {

    public Optional<SchoolType> parse(String text) {
        String f = " " + VietText.fold(text) + " ";
        if (f.isBlank()) {
            return Optional.empty();
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
        if (lower) {
            return Optional.of(SchoolType.THCS);
        }
        return primary ? Optional.of(SchoolType.TH) : Optional.empty();
    }
}
