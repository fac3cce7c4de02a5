package vn.kdcl.normalise;

import java.text.Normalizer;
import java.util.List;

/** The same input as typed, NFD-encoded, with non-breaking spaces, and with "⏎" as real line breaks. */
final class Variants {

    private Variants() {
    }

    static String text(String csv) {
        return csv == null ? null : csv.replace("⏎", "\n");
    }

    static List<String> of(String csv) {
        String s = text(csv);
        if (s == null) {
            return java.util.Collections.singletonList(null);
        }
        return List.of(s, Normalizer.normalize(s, Normalizer.Form.NFD), s.replace(' ', '\u00A0'),
                " \u00A0" + s + "\u00A0 ");
    }
}
