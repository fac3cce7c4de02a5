package vn.kdcl.text;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Recognises Vietnamese typed with legacy 8-bit fonts and read back as Unicode mojibake
 * (FILE-008): TCVN3/ABC (".VnTime": "Tr−êng", "Hµ Néi", "ViÖt Nam") and VNI ("VNI-Times":
 * "Tröôøng", "Haø Noäi"). It counts signals that never occur in Unicode Vietnamese or English:
 * <ul>
 * <li>TCVN3: Latin-1 symbols used as letters (µ ¶ · ¸ ¹ » ¼ ½ ¾ ¨ © ª « ¬ ® ¡ ¢ £ ¤ ¥ ¦ § − ÷ Þ ß þ
 * and the soft hyphen) touching a letter, and accented capitals right after a lower-case letter
 * inside a word ("ViÖt", "tiÕng");</li>
 * <li>VNI: a vowel followed by a VNI tone byte that no Unicode Vietnamese syllable has after a
 * vowel (ù ø û õ ï å ä ü ë — "aø", "ôø", "uï").</li>
 * </ul>
 * Text that already contains Vietnamese letters outside Latin-1 (ă đ ơ ư ạ … ỹ) in at least the same
 * number is Unicode, whatever else it holds. One signal suffices in a short text (≤ 4 words), two
 * are needed otherwise. Stateless; a single pass over the characters.
 */
public final class LegacyEncodingDetector {

    /** The legacy encodings recognised. */
    public enum LegacyEncoding {
        TCVN3,
        VNI
    }

    private static final String TCVN3_SYMBOLS = "µ¶·¸¹»¼½¾¨©ª«¬®¡¢£¤¥¦§\u2212÷Þßþ\u00AD";
    private static final String VNI_TONES_LOWER = "ùøûõïåäüë";
    private static final String VNI_TONES_UPPER = "ÙØÛÕÏÅÄÜË";
    private static final String VOWELS_LOWER = "aeiouyôö";
    private static final String VOWELS_UPPER = "AEIOUYÔÖ";

    /** The legacy encoding the text seems typed in, or empty for Unicode (or too little evidence). */
    public Optional<LegacyEncoding> detect(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        int tcvn = 0;
        int vni = 0;
        int vietnamese = 0;
        int words = 0;
        boolean inWord = false;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char prev = i > 0 ? s.charAt(i - 1) : ' ';
            char next = i + 1 < n ? s.charAt(i + 1) : ' ';
            boolean letterish = Character.isLetter(c) || TCVN3_SYMBOLS.indexOf(c) >= 0;
            if (letterish && !inWord) {
                words++;
            }
            inWord = letterish;
            if (c < 0x80) {
                continue;
            }
            if (isVietnameseOutsideLatin1(c)) {
                vietnamese++;
            } else if (TCVN3_SYMBOLS.indexOf(c) >= 0) {
                if (Character.isLetter(prev) || Character.isLetter(next)) {
                    tcvn++;
                }
            } else if (c >= 0xC0 && c <= 0xDE && c != 0xD7 && prev >= 'a' && prev <= 'z') {
                tcvn++; // "ViÖt": a capital inside a lower-case word is a TCVN3 lower-case letter
            } else if (VNI_TONES_LOWER.indexOf(c) >= 0 && VOWELS_LOWER.indexOf(prev) >= 0
                    || VNI_TONES_UPPER.indexOf(c) >= 0 && VOWELS_UPPER.indexOf(prev) >= 0) {
                vni++;
            }
        }
        int signals = tcvn + vni;
        if (signals == 0 || vietnamese >= signals) {
            return Optional.empty();
        }
        if (signals < 2 && words > 4) {
            return Optional.empty();
        }
        return Optional.of(tcvn >= vni ? LegacyEncoding.TCVN3 : LegacyEncoding.VNI);
    }

    /** Convenience for a workbook: the first legacy encoding found among sample texts. */
    public Optional<LegacyEncoding> detectAny(Iterable<String> texts) {
        for (String t : texts) {
            Optional<LegacyEncoding> e = detect(t);
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    /** Letters Unicode Vietnamese needs beyond Latin-1: ă đ ĩ ũ ơ ư and U+1EA0–U+1EF9. */
    private static boolean isVietnameseOutsideLatin1(char c) {
        return (c >= '\u1EA0' && c <= '\u1EF9') || c == 'ă' || c == 'Ă' || c == 'đ' || c == 'Đ'
                || c == 'ĩ' || c == 'Ĩ' || c == 'ũ' || c == 'Ũ' || c == 'ơ' || c == 'Ơ' || c == 'ư' || c == 'Ư';
    }
}
