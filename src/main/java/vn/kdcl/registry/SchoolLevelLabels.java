package vn.kdcl.registry;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.kdcl.catalogue.SchoolType;
import vn.kdcl.text.VietText;

/**
 * The "Cấp học" labels offered in templates and registries, and their reading back into a
 * {@link SchoolType}. Ethnic boarding schools (PTDTBT) are assessed by the circular of their level.
 */
public final class SchoolLevelLabels {

    private SchoolLevelLabels() {
    }

    /** Dropdown values, in the order shown to schools. */
    public static final List<String> LABELS = List.of(SchoolType.MN.label(), SchoolType.TH.label(),
            SchoolType.THCS.label(), SchoolType.THPT.label(), SchoolType.PTNCH.label(),
            "PTDTBT Tiểu học", "PTDTBT THCS", "PTDTBT TH&THCS");

    /**
     * Reads a free-text school level: "Mầm non", "Trường Tiểu học", "THCS", "TH&THCS",
     * "Phổ thông nhiều cấp học", "PTDTBT Tiểu học"… Empty when the text names no level.
     */
    public static Optional<SchoolType> parse(String text) {
        String f = " " + VietText.fold(text) + " ";
        if (f.isBlank()) {
            return Optional.empty();
        }
        if (f.contains(" mam non ") || f.contains(" mau giao ") || f.contains(" nha tre ")) {
            return Optional.of(SchoolType.MN);
        }
        if (f.contains(" nhieu cap") || f.contains(" ptnch ")) {
            return Optional.of(SchoolType.PTNCH);
        }
        Set<String> tokens = Set.copyOf(Arrays.asList(f.strip().split(" ")));
        boolean primary = f.contains(" tieu hoc ") || tokens.contains("th");
        boolean lower = f.contains(" trung hoc co so ") || tokens.contains("thcs");
        boolean upper = f.contains(" trung hoc pho thong ") || tokens.contains("thpt");
        int levels = (primary ? 1 : 0) + (lower ? 1 : 0) + (upper ? 1 : 0);
        if (levels > 1) {
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
