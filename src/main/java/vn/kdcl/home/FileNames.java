package vn.kdcl.home;

import java.nio.charset.StandardCharsets;

/**
 * File names the disk accepts. ext4 and most Linux file systems take at most 255 bytes of UTF-8 per name, and a
 * Vietnamese letter such as "ế" is three of them: a school's 90-character file name already comes close, and the
 * names kdcl derives from it (".why.txt", "_1a2b3c4d", " (2)", ".phan-hoi.xlsx.tmp") must not push it over.
 */
public final class FileNames {

    /** A file name cut before its last dot: "Kế hoạch 2024" and ".xlsx" (no extension: the whole name and ""). */
    public record Parts(String stem, String ext) {

        public static Parts of(String name) {
            int dot = name.lastIndexOf('.');
            return dot < 0 ? new Parts(name, "") : new Parts(name.substring(0, dot), name.substring(dot));
        }
    }

    /** Bytes of UTF-8 a file name may have. */
    public static final int MAX_BYTES = 255;

    private FileNames() {
    }

    /**
     * {@code stem}, shortened by whole characters and marked with "…" where it was cut, so that {@code stem + tail}
     * takes at most {@link #MAX_BYTES} bytes; the tail (extension, suffixes) is never cut.
     */
    public static String fit(String stem, String tail) {
        return fit(stem, tail, MAX_BYTES);
    }

    /** As {@link #fit(String, String)}, for a name that must leave room for more: {@code maxBytes} in all. */
    public static String fit(String stem, String tail, int maxBytes) {
        int budget = maxBytes - bytes(tail);
        if (bytes(stem) <= budget) {
            return stem;
        }
        String mark = "…";
        int room = Math.max(0, budget - bytes(mark));
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < stem.length(); ) {
            int cp = stem.codePointAt(i);
            int n = bytes(new String(Character.toChars(cp)));
            if (used + n > room) {
                break;
            }
            out.appendCodePoint(cp);
            used += n;
            i += Character.charCount(cp);
        }
        return out.toString().strip() + mark;
    }

    /**
     * True when {@code name} holds {@code token} as a word of its own (a school code in "KHCTCL_79000123_2024"),
     * case aside: not as a part of a longer code ("790001234").
     */
    public static boolean hasToken(String name, String token) {
        if (token.isEmpty()) {
            return false;
        }
        String n = name.toLowerCase(java.util.Locale.ROOT);
        String t = token.toLowerCase(java.util.Locale.ROOT);
        for (int i = n.indexOf(t); i >= 0; i = n.indexOf(t, i + 1)) {
            int end = i + t.length();
            if ((i == 0 || !Character.isLetterOrDigit(n.codePointBefore(i)))
                    && (end == n.length() || !Character.isLetterOrDigit(n.codePointAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** The name's length as the disk counts it. */
    public static int bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }
}
