package vn.kdcl.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.kdcl.export.ExportedSchool;

/**
 * Planned task budgets (Dự kiến kinh phí of the plan's tasks) grouped by standard and by quarter of the start date.
 * Keys sort in print order: standards by number, Mức 4 after them, unknown last; quarters by date, undated last.
 */
final class TaskFunding {

    static final String LEVEL4_KEY = "90";
    static final String UNKNOWN_KEY = "99";
    static final String NO_DATE_KEY = "9999-9";
    static final String NO_DATE = "Chưa rõ thời gian";

    private TaskFunding() {
    }

    /** @param standardNames standard number → name where every catalogue of the schools agrees, else absent */
    static List<Dashboard.GroupAmount> byStandard(Collection<ExportedSchool> schools, Map<Integer, String> standardNames) {
        Map<String, long[]> sums = new TreeMap<>();
        for (ExportedSchool s : schools) {
            for (ExportedSchool.TaskEntry t : s.tasks()) {
                add(sums, standardKey(t.criterion()), t.amount());
            }
        }
        List<Dashboard.GroupAmount> out = new ArrayList<>();
        sums.forEach((k, v) -> out.add(new Dashboard.GroupAmount(k, standardLabel(k, standardNames), (int) v[0], v[1])));
        return out;
    }

    static List<Dashboard.GroupAmount> byQuarter(Collection<ExportedSchool> schools) {
        Map<String, long[]> sums = new TreeMap<>();
        for (ExportedSchool s : schools) {
            for (ExportedSchool.TaskEntry t : s.tasks()) {
                add(sums, quarterKey(t.start()), t.amount());
            }
        }
        List<Dashboard.GroupAmount> out = new ArrayList<>();
        sums.forEach((k, v) -> out.add(new Dashboard.GroupAmount(k, quarterLabel(k), (int) v[0], v[1])));
        return out;
    }

    /** Sums groups of several dashboards by key (the province roll-up); labels from the first that has the key. */
    static List<Dashboard.GroupAmount> merge(Collection<List<Dashboard.GroupAmount>> lists) {
        Map<String, Dashboard.GroupAmount> sums = new TreeMap<>();
        for (List<Dashboard.GroupAmount> list : lists) {
            for (Dashboard.GroupAmount g : list) {
                sums.merge(g.key(), g, (a, b) -> new Dashboard.GroupAmount(a.key(),
                        a.label().equals(b.label()) ? a.label() : genericLabel(a.key()), a.tasks() + b.tasks(),
                        a.amount() + b.amount()));
            }
        }
        return List.copyOf(sums.values());
    }

    private static void add(Map<String, long[]> sums, String key, Long amount) {
        long[] v = sums.computeIfAbsent(key, k -> new long[2]);
        v[0]++;
        v[1] += amount == null ? 0 : amount;
    }

    /** "1.1" → "01", "M4.2" → {@link #LEVEL4_KEY}, anything else → {@link #UNKNOWN_KEY}. */
    static String standardKey(String criterion) {
        if (criterion == null) {
            return UNKNOWN_KEY;
        }
        if (criterion.startsWith("M4.")) {
            return LEVEL4_KEY;
        }
        int dot = criterion.indexOf('.');
        try {
            int n = Integer.parseInt(criterion.substring(0, dot));
            return n > 0 && n < 90 ? String.format("%02d", n) : UNKNOWN_KEY;
        } catch (RuntimeException e) {
            return UNKNOWN_KEY;
        }
    }

    static String quarterKey(LocalDate start) {
        return start == null ? NO_DATE_KEY : start.getYear() + "-" + ((start.getMonthValue() - 1) / 3 + 1);
    }

    private static String standardLabel(String key, Map<Integer, String> names) {
        String generic = genericLabel(key);
        String name = key.equals(LEVEL4_KEY) || key.equals(UNKNOWN_KEY) ? null : names.get(Integer.parseInt(key));
        return name == null || name.isBlank() ? generic : generic + ": " + name;
    }

    private static String genericLabel(String key) {
        return switch (key) {
            case LEVEL4_KEY -> "Mức 4";
            case UNKNOWN_KEY -> "Chưa rõ tiêu chí";
            default -> key.contains("-") ? quarterLabel(key) : "Tiêu chuẩn " + Integer.parseInt(key);
        };
    }

    private static String quarterLabel(String key) {
        if (key.equals(NO_DATE_KEY)) {
            return NO_DATE;
        }
        String[] p = key.split("-");
        return "Quý " + p[1] + "/" + p[0];
    }
}
