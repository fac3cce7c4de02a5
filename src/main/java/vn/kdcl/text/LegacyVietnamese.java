package vn.kdcl.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.kdcl.text.LegacyEncodingDetector.LegacyEncoding;

/**
 * Converts Vietnamese typed with the legacy TCVN3 (.VnTime) and VNI (VNI-Times) fonts, as it reads
 * back in Unicode ("Tr\u00ADêng", "Tröôøng"), into Unicode NFC ("Trường"), and back for the demo.
 * The tables are data: {@code text/legacy-vietnamese.yaml}. Immutable and thread-safe.
 */
public final class LegacyVietnamese {

    /** The tables as the YAML file writes them: "ư=AD …" (TCVN3 byte in hex), "ư=ö …" (VNI characters). */
    record Tables(String tcvn3, String vni) {
    }

    private final Map<Character, Character> fromTcvn3 = new HashMap<>();
    private final Map<Character, Character> toTcvn3 = new HashMap<>();
    private final Map<String, String> fromVni = new HashMap<>();
    private final Map<Character, String> toVni = new HashMap<>();

    public LegacyVietnamese() {
        Tables tables = load();
        for (String pair : tables.tcvn3().trim().split("\\s+")) {
            char unicode = pair.charAt(0);
            char legacy = (char) Integer.parseInt(pair.substring(2), 16);
            fromTcvn3.put(legacy, unicode);
            toTcvn3.put(unicode, legacy);
        }
        // the soft hyphen of byte AD (ư) reaches some files as a minus sign
        fromTcvn3.put('\u2212', fromTcvn3.get('\u00AD'));
        for (String pair : tables.vni().trim().split("\\s+")) {
            char unicode = pair.charAt(0);
            String legacy = pair.substring(2);
            fromVni.put(legacy, String.valueOf(unicode));
            toVni.put(unicode, legacy);
        }
    }

    /** The text in Unicode NFC, reading it as typed in {@code encoding}; characters outside the table stay. */
    public String toUnicode(String text, LegacyEncoding encoding) {
        StringBuilder sb = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (encoding == LegacyEncoding.TCVN3) {
                sb.append(fromTcvn3.getOrDefault(c, c));
                continue;
            }
            // VNI: a letter and its mark character, else a single-character letter (ơ ư đ ỵ, toned i)
            String pair = i + 1 < n ? fromVni.get(text.substring(i, i + 2)) : null;
            if (pair != null) {
                sb.append(pair);
                i++;
            } else {
                String single = fromVni.get(String.valueOf(c));
                sb.append(single != null ? single : String.valueOf(c));
            }
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }

    /** Unicode text as a .VnTime font user would have typed it (toned capitals in lower case, as .VnTimeH does). */
    public String toTcvn3(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(nfc.length());
        for (char c : nfc.toCharArray()) {
            Character mapped = toTcvn3.get(c);
            if (mapped == null && Character.isUpperCase(c)) {
                mapped = toTcvn3.get(Character.toLowerCase(c));
            }
            sb.append(mapped == null ? c : mapped);
        }
        return sb.toString();
    }

    /** Unicode text as a VNI-Times font user would have typed it. */
    public String toVni(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(nfc.length() + 8);
        for (char c : nfc.toCharArray()) {
            String mapped = toVni.get(c);
            sb.append(mapped == null ? String.valueOf(c) : mapped);
        }
        return sb.toString();
    }

    private static Tables load() {
        try (InputStream in = LegacyVietnamese.class.getResourceAsStream("/text/legacy-vietnamese.yaml")) {
            if (in == null) {
                throw new IllegalStateException("Missing resource text/legacy-vietnamese.yaml");
            }
            return YAMLMapper.builder().build().readValue(in, Tables.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
