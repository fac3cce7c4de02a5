package vn.kdcl.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.kdcl.home.FileNames;
import vn.kdcl.text.VietText;

/**
 * Which school a file's name speaks of, for a file rejected before its school code could be read (encrypted,
 * damaged, not a workbook): a school code written as a word of the name, else the school's name written in it,
 * whatever the accents, the separators, the word "Trường" and the usual short forms of the school type
 * ("Truong-Mam-non-Hoa-Ban_2024-2025.xlsx", "KH 2024-2025 - MN Hoa Ban.xlsx"). A name that two schools fit
 * equally well names neither: a wrong attribution would send the officer to the wrong school.
 */
public final class SchoolInFileName {

    /** Fewer words than this (after "Trường") are too common to name one school ("Tiểu học"). */
    private static final int MIN_WORDS = 2;

    /** School types as schools shorten them in file names; both sides are shortened alike before comparing. */
    private static final List<String[]> SHORT_FORMS = List.of(
            new String[] {"trung hoc co so", "thcs"}, new String[] {"trung hoc pho thong", "thpt"},
            new String[] {"tieu hoc", "th"}, new String[] {"mam non", "mn"}, new String[] {"mau giao", "mg"},
            new String[] {"pho thong dan toc ban tru", "ptdtbt"}, new String[] {"pho thong dan toc noi tru", "ptdtnt"});

    private static final Pattern SCHOOL_YEAR = Pattern.compile("(?<!\\d)(\\d{4})\\s*[-–_ ]\\s*(\\d{4})(?!\\d)");

    private record Named(String code, String[] words) {
    }

    private final Map<String, String> schools;
    private final List<String> codes;
    private final List<Named> names = new ArrayList<>();

    /** @param schools code → name of every school the office knows (registry and stored files) */
    public SchoolInFileName(Map<String, String> schools) {
        this.schools = Map.copyOf(schools);
        this.codes = List.copyOf(schools.keySet());
        schools.forEach((code, name) -> {
            String[] words = words(name);
            int from = words.length > 0 && words[0].equals("truong") ? 1 : 0;
            if (words.length - from >= MIN_WORDS) {
                names.add(new Named(code, Arrays.copyOfRange(words, from, words.length)));
            }
        });
    }

    /** The name of the school with this code, as the office knows it. */
    public Optional<String> nameOf(String code) {
        return Optional.ofNullable(schools.get(code)).filter(n -> !n.isBlank());
    }

    /** The code of the one school the file name names, by its code or else by its name. */
    public Optional<String> school(String fileName) {
        String name = lastPart(fileName);
        // one school may be known under its code in two cases (the registry's and the one a school typed)
        List<String> byCode = codes.stream().filter(c -> !c.isBlank() && FileNames.hasToken(name, c.strip())).toList();
        if (!byCode.isEmpty()) {
            boolean one = byCode.stream().allMatch(c -> c.equalsIgnoreCase(byCode.get(0)));
            return one ? Optional.of(byCode.get(0)) : Optional.empty();
        }
        String[] words = words(FileNames.Parts.of(name).stem());
        String best = null;
        int bestLength = 0;
        boolean tie = false;
        for (Named n : names) {
            if (n.words().length >= bestLength && contains(words, n.words())) {
                if (n.words().length > bestLength) {
                    best = n.code();
                    bestLength = n.words().length;
                    tie = false;
                } else if (!n.code().equalsIgnoreCase(best)) {
                    tie = true;
                }
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /** The school years ("2023-2024", "2023_2024") the file name mentions, each once, in order. */
    public static List<String> schoolYears(String fileName) {
        Matcher m = SCHOOL_YEAR.matcher(lastPart(fileName));
        List<String> years = new ArrayList<>();
        while (m.find()) {
            String year = m.group(1) + "-" + m.group(2);
            if (Integer.parseInt(m.group(2)) == Integer.parseInt(m.group(1)) + 1 && !years.contains(year)) {
                years.add(year);
            }
        }
        return years;
    }

    /** Whether the file name mentions school years and none of them is {@code year}. */
    public static boolean namesAnotherYear(String fileName, String year) {
        List<String> years = schoolYears(fileName);
        return !years.isEmpty() && !years.contains(year);
    }

    private static String lastPart(String fileName) {
        String f = fileName.replace('\\', '/');
        return f.substring(f.lastIndexOf('/') + 1);
    }

    /** Folded words with the school types shortened: "Trường Mầm non Hoa Ban" → [truong, mn, hoa, ban]. */
    private static String[] words(String text) {
        String folded = " " + VietText.fold(text) + " ";
        for (String[] form : SHORT_FORMS) {
            folded = folded.replace(" " + form[0] + " ", " " + form[1] + " ");
        }
        String s = folded.strip();
        return s.isEmpty() ? new String[0] : s.split(" ");
    }

    private static boolean contains(String[] text, String[] part) {
        outer:
        for (int i = 0; i + part.length <= text.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (!text[i + j].equals(part[j])) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
