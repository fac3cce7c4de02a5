package vn.kdcl.check.rules;

import java.util.List;
import java.util.Optional;

import vn.kdcl.check.Finding;
import vn.kdcl.check.Vn;
import vn.kdcl.ingest.read.CellValue;
import vn.kdcl.registry.Registry;
import vn.kdcl.registry.RegistryEntry;
import vn.kdcl.text.VietText;

/** Checks against the office's registry of schools (SCH-002, SCH-003). */
public final class RegistryRules {

    private RegistryRules() {
    }

    /**
     * @param codeCell the "Mã trường" cell; nameCell the "Tên trường" cell (may be null)
     */
    public static void check(Registry registry, String code, CellValue codeCell, String name, CellValue nameCell,
                             List<Finding> out) {
        Optional<RegistryEntry> entry = registry.byCode(code);
        if (entry.isEmpty()) {
            out.add(At.warning("SCH-002", codeCell, SummaryRules.SHEET, "Mã trường " + Vn.quote(code)
                    + " không có trong sổ đăng ký trường của đơn vị (registry); kiểm tra lại mã."));
            return;
        }
        if (name != null && !name.isBlank() && !sameName(name, entry.get().name())) {
            out.add(At.warning("SCH-003", nameCell != null ? nameCell : codeCell, SummaryRules.SHEET, "Tên trường "
                    + Vn.quote(name) + " khác với sổ đăng ký: " + Vn.quote(entry.get().name()) + "."));
        }
    }

    /** Same school name, ignoring case, diacritics, punctuation and a leading "Trường". */
    static boolean sameName(String a, String b) {
        return key(a).equals(key(b));
    }

    private static String key(String name) {
        String f = VietText.fold(name);
        return f.startsWith("truong ") ? f.substring(7) : f;
    }
}
