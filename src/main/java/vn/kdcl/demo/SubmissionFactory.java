package vn.kdcl.demo;

import static vn.kdcl.template.TemplateLabels.*;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import vn.kdcl.catalogue.Catalogue;
import vn.kdcl.catalogue.Criterion;
import vn.kdcl.catalogue.Level4Criterion;
import vn.kdcl.demo.DemoSubmission.DemoTask;
import vn.kdcl.ingest.read.InfoField;
import vn.kdcl.template.SchoolSubmissionData;
import vn.kdcl.template.SchoolSubmissionData.CriterionMark;
import vn.kdcl.template.SchoolSubmissionData.FundingLine;
import vn.kdcl.template.SchoolSubmissionData.Level4Mark;
import vn.kdcl.template.SchoolSubmissionData.PlanTask;
import vn.kdcl.template.TemplateSet;

/**
 * Realistic content for one school: most criteria at Mức 2, some at Mức 3, a few failing Mức 1; a plan
 * with tasks for the weak criteria; periods and budgets written the ways schools write them.
 * Declared counts and level agree with the marks unless a content defect says otherwise.
 */
final class SubmissionFactory {

    enum Profile { WEAK, NORMAL, STRONG }

    static final int MIN_TASKS = 5;
    static final int MAX_TASKS = 60;
    private static final double[] MILLIONS = {2, 3, 5, 10, 15, 20, 30, 50, 81, 100, 150, 200, 350, 494.51, 1500, 3000};

    private final DemoData data;
    private final Random rnd;

    SubmissionFactory(DemoData data, Random rnd) {
        this.data = data;
        this.rnd = rnd;
    }

    DemoData data() {
        return data;
    }

    DemoSubmission create(DemoSchool school, Profile profile, Set<Defect> defects) {
        Catalogue cat = school.catalogue();
        List<Criterion> criteria = cat.criteria();
        boolean blankForNotMet = rnd.nextBoolean();
        Map<String, boolean[]> met = new LinkedHashMap<>();
        for (Criterion c : criteria) {
            boolean l2 = switch (profile) {
                case STRONG -> true;
                case NORMAL -> rnd.nextDouble() < 0.93;
                case WEAK -> rnd.nextDouble() < 0.8;
            };
            boolean l3 = c.hasLevel(3) && l2 && switch (profile) {
                case STRONG -> true;
                case NORMAL -> rnd.nextDouble() < 0.2;
                case WEAK -> rnd.nextDouble() < 0.1;
            };
            met.put(c.code(), new boolean[] {true, l2, l3});
        }
        if (profile == Profile.WEAK) {
            for (int i = 0, n = 1 + rnd.nextInt(2); i < n; i++) {
                met.put(pick(criteria).code(), new boolean[] {false, false, false});
            }
        }
        if (profile != Profile.STRONG) {
            // Keep Mức 3 counts clearly below two thirds so that every reading of the level rules agrees.
            int having3 = cat.countHavingLevel(3);
            List<String> at3 = met.entrySet().stream().filter(e -> e.getValue()[2]).map(Map.Entry::getKey).toList();
            for (int i = 0; i < at3.size() && at3.size() - i > having3 / 2; i++) {
                met.get(at3.get(i))[2] = false;
            }
        }
        if (defects.contains(Defect.WEAK_CRITERION_WITHOUT_TASK)
                && met.values().stream().allMatch(m -> m[1])) {
            met.get(pick(criteria).code())[1] = false;
        }
        for (boolean[] m : met.values()) {
            m[2] &= m[1] && m[0];
            m[1] &= m[0];
        }

        // only the levels a criterion has count (TT22/2024 left 1.5 with Mức 1 only and TT18 5.3 without Mức 1)
        int level = criteria.stream().anyMatch(c -> c.hasLevel(1) && !met.get(c.code())[0]) ? 0
                : criteria.stream().anyMatch(c -> c.hasLevel(2) && !met.get(c.code())[1]) ? 1
                : profile == Profile.STRONG ? 3 : 2;

        List<CriterionMark> marks = new ArrayList<>();
        for (Criterion c : criteria) {
            boolean[] m = met.get(c.code());
            Boolean l2 = !c.hasLevel(2) ? null : m[1] ? Boolean.TRUE : !m[0] && blankForNotMet ? null : Boolean.FALSE;
            Boolean l3 = !c.hasLevel(3) ? null : m[2] ? Boolean.TRUE : blankForNotMet ? null : Boolean.FALSE;
            boolean top = m[0] && m[1] && (m[2] || !c.hasLevel(3));
            marks.add(new CriterionMark(c.code(), c.hasLevel(1) ? m[0] : null, l2, l3, pick(data.strengths()),
                    top ? null : pick(data.weaknesses()), pick(data.evidence())));
        }

        List<Level4Mark> level4 = new ArrayList<>();
        Map<Integer, Boolean> l4met = new LinkedHashMap<>();
        boolean assessesLevel4 = profile == Profile.STRONG || (profile == Profile.NORMAL && rnd.nextBoolean());
        for (Level4Criterion l4 : cat.level4()) {
            boolean ok = profile == Profile.STRONG && rnd.nextDouble() < 0.3;
            l4met.put(l4.number(), ok);
            if (assessesLevel4) {
                level4.add(new Level4Mark(l4.number(), ok, ok ? null : "Chưa đạt"));
            }
        }

        Integer target = rnd.nextDouble() < 0.4 ? null : level <= 1 ? Integer.valueOf(2) : Integer.valueOf(3);
        List<DemoTask> tasks = tasks(school, met, l4met, profile, target);
        if (defects.contains(Defect.WEAK_CRITERION_WITHOUT_TASK)) {
            String weak = met.entrySet().stream().filter(e -> !e.getValue()[1]).map(Map.Entry::getKey).findFirst()
                    .orElseThrow();
            tasks.removeIf(t -> weak.equals(t.row().criterion()));
        }
        if (defects.contains(Defect.END_BEFORE_START)) {
            int i = rnd.nextInt(tasks.size());
            DemoTask t = tasks.get(i);
            int y = school.startYear();
            PlanTask r = t.row();
            PlanTask reversed = new PlanTask(r.criterion(), r.targetLevel(), r.expectedResult(), r.task(), r.lead(),
                    r.partners(), LocalDate.of(y + 1, 3, 15), LocalDate.of(y, 11, 30), r.budget(), r.source(),
                    r.support(), r.status(), r.note());
            tasks.set(i, new DemoTask(reversed, t.standard(), t.level4Number(), t.targetLevel(),
                    "15/3/" + (y + 1) + " - 30/11/" + y, t.amount()));
        }
        long budget = tasks.stream().mapToLong(DemoTask::amount).sum();

        int[] counts = new int[5];
        int[] having = new int[5];
        for (Criterion c : criteria) {
            boolean[] m = met.get(c.code());
            for (int l = 1; l <= 3; l++) {
                if (c.hasLevel(l)) {
                    having[l]++;
                    if (m[l - 1]) {
                        counts[l]++;
                    }
                }
            }
        }
        counts[4] = (int) l4met.values().stream().filter(b -> b).count();
        having[4] = cat.level4().size();

        Map<InfoField, Object> info = info(school, level, target, counts, having, budget, assessesLevel4, defects);
        List<FundingLine> funding = rnd.nextDouble() < 0.6 ? funding(tasks, school) : List.of();
        SchoolSubmissionData content = new SchoolSubmissionData(info, marks, level4,
                tasks.stream().map(DemoTask::row).toList(), funding);
        return new DemoSubmission(school, content, tasks, level, budget);
    }

    // ---- plan --------------------------------------------------------------------------------

    private List<DemoTask> tasks(DemoSchool school, Map<String, boolean[]> met, Map<Integer, Boolean> l4met,
                                 Profile profile, Integer target) {
        Catalogue cat = school.catalogue();
        List<DemoTask> required = new ArrayList<>();
        List<DemoTask> optional = new ArrayList<>();
        for (Criterion c : cat.criteria()) {
            boolean[] m = met.get(c.code());
            if (!m[1]) {
                for (int i = 0, n = 1 + rnd.nextInt(3); i < n; i++) {
                    required.add(task(school, c.code(), c.standard(), 0, 2));
                }
            } else if (c.hasLevel(3) && !m[2]) {
                if (target != null && target >= 3) {
                    required.add(task(school, c.code(), c.standard(), 0, 3));
                } else if (rnd.nextDouble() < 0.35) {
                    optional.add(task(school, c.code(), c.standard(), 0, 3));
                }
            }
        }
        if (profile == Profile.STRONG) {
            for (Map.Entry<Integer, Boolean> e : l4met.entrySet()) {
                if (!e.getValue() && rnd.nextDouble() < 0.5) {
                    optional.add(task(school, LEVEL4_CODE_PREFIX + e.getKey(), 0, e.getKey(), 4));
                }
            }
        }
        List<DemoTask> all = new ArrayList<>(required);
        for (DemoTask t : optional) {
            if (all.size() < MAX_TASKS) {
                all.add(t);
            }
        }
        while (all.size() < MIN_TASKS) {
            Criterion c = pick(cat.criteria());
            all.add(task(school, c.code(), c.standard(), 0, Math.min(c.maxLevel(), 3)));
        }
        if (all.size() > MAX_TASKS) {
            all = new ArrayList<>(all.subList(0, MAX_TASKS));
        }
        List<String> order = cat.criteria().stream().map(Criterion::code).toList();
        all.sort(Comparator.comparingInt((DemoTask t) -> t.level4Number() > 0 ? order.size() + t.level4Number()
                : order.indexOf(t.row().criterion())));
        return all;
    }

    private DemoTask task(DemoSchool school, String criterion, int standard, int level4Number, int targetLevel) {
        String phrase = level4Number > 0
                ? data.level4Tasks().get((level4Number - 1) % data.level4Tasks().size())
                : pick(data.tasks().getOrDefault(String.valueOf(standard), data.tasks().get("1")));
        String[] parts = phrase.split("\\s*\\|\\s*", 2);
        Period period = period(school.startYear());
        Money money = money();
        String partners = rnd.nextDouble() < 0.8 ? pick(data.partners()) : null;
        String support = pick(data.supports());
        PlanTask row = new PlanTask(criterion, targetLevel, parts[1], parts[0], pick(data.leads()), partners,
                period.start(), period.end(), money.cell(), money.source(), support.isEmpty() ? null : support,
                rnd.nextDouble() < 0.6 ? TASK_STATES.get(0) : TASK_STATES.get(1), null);
        return new DemoTask(row, standard, level4Number, targetLevel, period.text(), money.amount());
    }

    /** Start cell, end cell and the same period as one text, always inside the school year. */
    record Period(Object start, Object end, String text) {
    }

    private Period period(int y) {
        int startMonth = 9 + rnd.nextInt(4);
        int endMonth = 1 + rnd.nextInt(5);
        return switch (rnd.nextInt(11)) {
            case 0, 1 -> {
                LocalDate s = LocalDate.of(y, startMonth, 1 + rnd.nextInt(28));
                LocalDate e = LocalDate.of(y + 1, endMonth, 1 + rnd.nextInt(28));
                yield new Period(s, e, dmy(s) + " - " + dmy(e));
            }
            case 2 -> new Period("Tháng " + startMonth + "/" + y, "Tháng " + endMonth + "/" + (y + 1),
                    "Từ " + startMonth + "/" + y + " đến " + endMonth + "/" + (y + 1));
            case 3 -> new Period("Thường xuyên", null, "Thường xuyên");
            case 4 -> rnd.nextBoolean() ? new Period("HK I", null, "HK I") : new Period("Học kỳ II", null, "Học kỳ II");
            case 5 -> {
                int q = 1 + rnd.nextInt(2);
                yield new Period("Quý " + q + "/" + (y + 1), null, "Quý " + q + "/" + (y + 1));
            }
            case 6 -> {
                String t = "Từ " + startMonth + "/" + y + " đến " + endMonth + "/" + (y + 1);
                yield new Period(t, null, t);
            }
            case 7 -> new Period(startMonth + "/" + y, endMonth + "/" + (y + 1),
                    startMonth + "/" + y + " - " + endMonth + "/" + (y + 1));
            case 8 -> new Period("Cả năm", null, "Cả năm");
            case 9 -> new Period("Tháng " + startMonth + "/" + y, null, "Tháng " + startMonth + "/" + y);
            default -> new Period(y + "-" + (y + 1), null, y + "-" + (y + 1));
        };
    }

    private static String dmy(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** A budget as a cell (text or number), its source label and its value in đồng. */
    record Money(Object cell, String source, long amount) {
    }

    private Money money() {
        if (rnd.nextDouble() < 0.3) {
            Object none = switch (rnd.nextInt(4)) {
                case 0 -> "Không";
                case 1 -> 0;
                case 2 -> "-";
                default -> null;
            };
            return new Money(none, null, 0);
        }
        double millions = MILLIONS[rnd.nextInt(MILLIONS.length)];
        long amount = Math.round(millions * 1_000_000);
        String source = source();
        boolean whole = millions == Math.rint(millions);
        int style = rnd.nextInt(7);
        if (!whole && style != 0) {
            style = 3;
        }
        Object cell = switch (style) {
            case 0 -> amount;
            case 1 -> fmt(millions) + " triệu đồng";
            case 2 -> fmt(millions) + " tr";
            case 3 -> dotted(amount) + " đồng";
            case 4 -> millions >= 1000 ? fmt(millions / 1000) + (rnd.nextBoolean() ? " tỷ" : " tỷ đồng")
                    : fmt(millions) + " triệu";
            case 5 -> {
                source = SOURCE_SOCIAL;
                yield "Xã hội hóa " + fmt(millions) + " tr";
            }
            default -> dotted(amount);
        };
        return new Money(cell, source, amount);
    }

    private String source() {
        double p = rnd.nextDouble();
        return p < 0.35 ? SOURCE_STATE : p < 0.7 ? SOURCE_SCHOOL : p < 0.9 ? SOURCE_SOCIAL : p < 0.98 ? SOURCE_PARENTS
                : SOURCE_OTHER;
    }

    /** 1,5 or 81: Vietnamese decimal comma, no trailing zeros. */
    static String fmt(double v) {
        DecimalFormat f = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN")));
        return f.format(v);
    }

    /** 494.510.000: dots group thousands. */
    static String dotted(long v) {
        return String.format(Locale.ROOT, "%,d", v).replace(',', '.');
    }

    private List<FundingLine> funding(List<DemoTask> tasks, DemoSchool school) {
        Map<String, Long> bySource = new LinkedHashMap<>();
        for (String s : FUNDING_SOURCES) {
            bySource.put(s, 0L);
        }
        tasks.stream().filter(t -> t.amount() > 0).forEach(t -> bySource.merge(t.row().source(), t.amount(), Long::sum));
        List<FundingLine> lines = new ArrayList<>();
        bySource.forEach((source, sum) -> {
            if (sum > 0) {
                lines.add(new FundingLine("Kinh phí thực hiện kế hoạch cải tiến - " + source, source, sum,
                        school.schoolYear(), null));
            }
        });
        return lines;
    }

    // ---- Thông tin trường ---------------------------------------------------------------------

    private Map<InfoField, Object> info(DemoSchool s, int level, Integer target, int[] counts, int[] having,
                                        long budget, boolean level4, Set<Defect> defects) {
        Map<InfoField, Object> info = new EnumMap<>(InfoField.class);
        if (!defects.contains(Defect.MISSING_SCHOOL_CODE)) {
            info.put(InfoField.SCHOOL_CODE, s.code());
        }
        info.put(InfoField.SCHOOL_NAME, s.name());
        info.put(InfoField.SCHOOL_TYPE, s.levelLabel());
        boolean city = s.unit().district() != null && s.unit().district().startsWith("thành phố");
        info.put(InfoField.COMMUNE, (city ? "phường " : "xã ") + s.commune());
        info.put(InfoField.DISTRICT, s.unit().district());
        info.put(InfoField.PROVINCE, data.province());
        info.put(InfoField.UNIT, s.unit().name());
        info.put(InfoField.SCHOOL_YEAR, s.schoolYear());
        if (rnd.nextBoolean()) {
            // a five-year plan period that holds the school year (2020-2025 for 2024-2025, 2025-2030 after)
            int first = Integer.parseInt(s.schoolYear().substring(0, 4));
            info.put(InfoField.PLAN_PERIOD, first < 2025 ? (rnd.nextBoolean() ? "2020-2025" : "2021-2026")
                    : first == 2025 && rnd.nextBoolean() ? "2021-2026" : "2025-2030");
        }
        // a 2026-2027 file on an old form names the 2018 circular it was made with
        info.put(InfoField.CIRCULAR, rnd.nextDouble() < 0.8 || defects.contains(Defect.OLD_FORM) ? s.catalogue().id() : "");
        int declaredLevel = defects.contains(Defect.WRONG_DECLARED_LEVEL) ? Math.min(level + 1, 4) : level;
        info.put(InfoField.DECLARED_LEVEL, declaredLevel);
        if (target != null) {
            info.put(InfoField.TARGET_LEVEL, target);
        }
        int style = rnd.nextInt(3);
        InfoField[] fields = {null, InfoField.COUNT_LEVEL1, InfoField.COUNT_LEVEL2, InfoField.COUNT_LEVEL3,
                InfoField.COUNT_LEVEL4};
        for (int l = 1; l <= 4; l++) {
            if (l == 4 && !level4) {
                continue;
            }
            int n = counts[l];
            if (l == 1 && defects.contains(Defect.WRONG_DECLARED_COUNT)) {
                n = n > 0 ? n - 1 : n + 1;
            }
            String text = style == 1 ? String.valueOf(n) : n + "/" + having[l];
            if (style == 2 || (l == 2 && defects.contains(Defect.WRONG_PERCENTAGE))) {
                double pct = having[l] == 0 ? 0 : 100.0 * n / having[l];
                if (l == 2 && defects.contains(Defect.WRONG_PERCENTAGE)) {
                    pct = pct > 98 ? pct - 1.1 : pct + 1.1;
                }
                text = n + "/" + having[l] + " (" + percent(pct) + "%)";
            }
            info.put(fields[l], text);
        }
        if (budget > 0) {
            int b = rnd.nextInt(3);
            if (b == 0) {
                info.put(InfoField.TOTAL_BUDGET, dotted(budget) + " đồng");
            } else if (b == 1) {
                info.put(InfoField.TOTAL_BUDGET, budget);
            }
        }
        String principal = person();
        info.put(InfoField.PRINCIPAL, principal);
        info.put(InfoField.PREPARER, rnd.nextBoolean() ? principal : person());
        info.put(InfoField.PHONE, String.format("09%d%d %03d %03d", 1 + rnd.nextInt(8), rnd.nextInt(10),
                rnd.nextInt(1000), rnd.nextInt(1000)));
        info.put(InfoField.EMAIL, email(s.name()));
        info.put(InfoField.PREPARED_ON, s.preparedOn());
        return info;
    }

    /** The school's address as the province's mail service names them: "thcsthanhxuong@dienbien.edu.vn". */
    static String email(String schoolName) {
        return TemplateSet.ascii(schoolName).toLowerCase(Locale.ROOT).replace("truong-", "").replace("-", "")
                + "@dienbien.edu.vn";
    }

    /** A school office's landline in Điện Biên (area code 0215), the same for a code on every run. */
    static String officePhone(String code) {
        return String.format(Locale.ROOT, "0215 3%06d", Math.floorMod(code.hashCode(), 1_000_000));
    }

    /** 94,44 or 100: two decimals with a comma, none for whole numbers. */
    static String percent(double pct) {
        if (Math.abs(pct - Math.rint(pct)) < 1e-9) {
            return String.valueOf((long) Math.rint(pct));
        }
        return String.format(Locale.ROOT, "%.2f", pct).replace('.', ',');
    }

    String person() {
        String middle = pick(data.middleNames());
        return pick(data.surnames()) + " " + middle + " " + pick(data.givenNames());
    }

    <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }
}
