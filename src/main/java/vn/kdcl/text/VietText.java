package vn.kdcl.text;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text helpers: NFC for storage, a folded form for matching labels and names. */
public final class VietText {

    private VietText() {
    }

    /** NFC, non-breaking and repeated spaces collapsed, trimmed; null stays null. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        return nfc.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ')
                .replaceAll("[\\s&&[^\\n]]+", " ").replaceAll(" *\\n *", "\n").strip();
    }

    /**
     * Folded key for comparisons: diacritics removed (đ → d), lower case, punctuation dropped,
     * whitespace collapsed. "Chủ trì và phối hợp" and "CHU TRI VA PHOI HOP:" fold alike.
     */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        d = d.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return d.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
