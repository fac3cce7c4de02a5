package vn.kdcl.demo;

import static vn.kdcl.template.Tt57Labels.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import vn.kdcl.catalogue.Catalogue;
import vn.kdcl.catalogue.Criterion;
import vn.kdcl.ingest.read.InfoField;
import vn.kdcl.template.SchoolSubmissionData.CriterionMark;
import vn.kdcl.template.TemplateLabels;
import vn.kdcl.template.Tt57SubmissionData;
import vn.kdcl.template.Tt57SubmissionData.Action;
import vn.kdcl.template.Tt57SubmissionData.Issue;
import vn.kdcl.template.Tt57SubmissionData.Review;

/**
 * Realistic Thông tư 57/2026 content for one school: Mức 1/Mức 2 per criterion, the school level by the count
 * rule (khoản 3 Điều 5), priority issues, an improvement plan written the ways schools write it (criterion at
 * the start of "Nội dung cải tiến", money inside "Nguồn lực bảo đảm" or in the optional columns), and the
 * term-I review of a re-sent file. Declared values agree with the marks unless a defect says otherwise.
 */
final class Tt57SubmissionFactory {

    /** Activities by standard: "activities | goal | indicator | evidence". */
    private static final Map<Integer, List<String>> ACTIVITIES = Map.of(
            1, List.of(
                    "Rà soát, điều chỉnh kế hoạch năm học; phân công cụ thể người phụ trách và thời hạn từng nhiệm vụ | Kế hoạch và phân công nhiệm vụ rõ ràng, được công khai | 100% nhiệm vụ trọng tâm có người phụ trách và thời hạn hoàn thành | Kế hoạch năm học; quyết định phân công nhiệm vụ",
                    "Cập nhật, đối chiếu dữ liệu trên cơ sở dữ liệu ngành hằng tháng; phân quyền và sao lưu dữ liệu | Dữ liệu quản lý đầy đủ, chính xác, kịp thời | 100% hồ sơ người học và nhân sự được cập nhật trước ngày 15 hằng tháng | Báo cáo đối chiếu dữ liệu hằng tháng",
                    "Tổ chức tự đánh giá, lấy ý kiến cha mẹ và giáo viên, công khai kết quả trên trang thông tin điện tử | Chu trình tự đánh giá - cải tiến - công khai được thực hiện hằng năm | Kết quả tự đánh giá và kế hoạch cải tiến được công khai trước ngày 30/10/2026 | Biên bản họp hội đồng tự đánh giá; ảnh chụp trang công khai",
                    "Xây dựng quy chế phối hợp giữa các tổ, rà soát chồng chéo và quá tải nhiệm vụ | Các tổ phối hợp hiệu quả, không chồng chéo | 100% tổ chuyên môn, tổ văn phòng ký quy chế phối hợp | Quy chế phối hợp; biên bản rà soát",
                    "Rà soát tầm nhìn, mục tiêu trong kế hoạch phát triển, lấy ý kiến hội đồng trường | Mục tiêu phát triển phù hợp điều kiện thực tế và được công khai | Kế hoạch phát triển được hội đồng trường thông qua trong học kỳ I | Nghị quyết hội đồng trường"),
            2, List.of(
                    "Tổ chức bồi dưỡng chuyên đề đổi mới phương pháp dạy học và kiểm tra, đánh giá | Giáo viên vận dụng phương pháp dạy học tích cực | 100% giáo viên tham gia bồi dưỡng; ít nhất 80% đạt yêu cầu | Kế hoạch bồi dưỡng; danh sách tham gia; bài thu hoạch",
                    "Cử cán bộ quản lý tham gia bồi dưỡng quản trị trường học và ứng dụng dữ liệu | Cán bộ quản lý dùng dữ liệu để điều hành, điều chỉnh kế hoạch | 100% cán bộ quản lý hoàn thành chương trình bồi dưỡng | Giấy chứng nhận bồi dưỡng",
                    "Rà soát định mức, phân công lại nhân viên y tế, thư viện, thiết bị, kế toán | Các vị trí hỗ trợ thiết yếu có người phụ trách | 100% vị trí thiết yếu có người phụ trách và người thay thế | Quyết định phân công nhiệm vụ",
                    "Tạo điều kiện cho giáo viên học nâng chuẩn trình độ đào tạo | Đội ngũ giáo viên đạt chuẩn trình độ đào tạo | Thêm 2 giáo viên hoàn thành chương trình nâng chuẩn | Danh sách giáo viên đi học; văn bằng",
                    "Tổ chức dự giờ, góp ý chuyên môn theo cặp giáo viên | Giáo viên trẻ được hỗ trợ chuyên môn | Mỗi giáo viên dự ít nhất 2 tiết/tháng | Sổ dự giờ; biên bản sinh hoạt tổ"),
            3, List.of(
                    "Xây dựng kế hoạch giáo dục theo từng khối lớp, điều chỉnh sau mỗi học kỳ | Kế hoạch giáo dục phù hợp điều kiện thực tế | 100% tổ chuyên môn có kế hoạch được phê duyệt trước 30/9/2026 | Kế hoạch giáo dục nhà trường; kế hoạch tổ",
                    "Sinh hoạt chuyên môn theo nghiên cứu bài học 2 lần/tháng | Phương pháp giáo dục được đổi mới, phù hợp từng đối tượng | 100% tổ chuyên môn sinh hoạt theo nghiên cứu bài học | Biên bản sinh hoạt chuyên môn",
                    "Phụ đạo người học chưa hoàn thành, bồi dưỡng người học có năng khiếu | Kết quả học tập tiến bộ so với năm học trước | Ít nhất 95% người học hoàn thành chương trình | Sổ theo dõi; kết quả đánh giá cuối năm",
                    "Lập hồ sơ theo dõi, hỗ trợ người học khuyết tật học hòa nhập | Người học có nhu cầu đặc biệt được hỗ trợ kịp thời | 100% người học khuyết tật có kế hoạch giáo dục cá nhân | Kế hoạch giáo dục cá nhân; sổ theo dõi",
                    "Tổ chức hoạt động trải nghiệm, câu lạc bộ kỹ năng sống, thể thao, văn nghệ | Người học được phát triển toàn diện | Ít nhất 90% người học tham gia tối thiểu một câu lạc bộ | Kế hoạch hoạt động; danh sách câu lạc bộ"),
            4, List.of(
                    "Sửa chữa phòng học, bổ sung bàn ghế và thiết bị dạy học tối thiểu | Cơ sở vật chất, thiết bị đáp ứng yêu cầu tối thiểu | 100% phòng học đủ bàn ghế đúng quy cách | Biên bản nghiệm thu; sổ tài sản",
                    "Xây dựng phương án phòng cháy chữa cháy, phòng chống tai nạn thương tích; diễn tập định kỳ | Trường học an toàn, không xảy ra tai nạn | Tổ chức ít nhất 1 buổi diễn tập mỗi học kỳ | Phương án PCCC; biên bản diễn tập",
                    "Thành lập tổ tư vấn tâm lý, phòng chống bạo lực học đường | Môi trường giáo dục an toàn, thân thiện | 100% vụ việc được tiếp nhận và xử lý trong 48 giờ | Sổ tư vấn; quyết định thành lập tổ",
                    "Họp ban đại diện cha mẹ mỗi học kỳ; xây dựng quy chế phối hợp với chính quyền địa phương | Gia đình và cộng đồng phối hợp hiệu quả | Ít nhất 85% cha mẹ tham dự họp đầu năm | Biên bản họp; quy chế phối hợp",
                    "Bổ sung học liệu số, nâng cấp đường truyền internet và máy chiếu | Hạ tầng kỹ thuật phục vụ dạy học số | 100% phòng học có máy chiếu hoặc tivi kết nối internet | Hợp đồng mua sắm; biên bản bàn giao"));

    private static final List<String> VERBS = List.of("Nâng cao chất lượng", "Hoàn thiện", "Cải tiến", "Tăng cường");
    private static final List<String> OWNERS = List.of("Hiệu trưởng", "Phó hiệu trưởng", "Tổ trưởng chuyên môn",
            "Tổ văn phòng", "Phó hiệu trưởng; các tổ trưởng", "Kế toán; tổ văn phòng", "Nhân viên y tế",
            "Tổng phụ trách Đội", "Giáo viên chủ nhiệm", "Ban đại diện cha mẹ; Hiệu trưởng");
    private static final List<String> PEOPLE = List.of("Nhân lực: giáo viên cốt cán", "Nhân lực: tổ văn phòng",
            "Cán bộ quản lý, tổ trưởng", "Giáo viên, nhân viên của trường");
    private static final List<String> CAUSES = List.of(
            "Kinh phí hạn hẹp, cơ sở vật chất xuống cấp",
            "Một số giáo viên chưa chủ động đổi mới phương pháp",
            "Dữ liệu chưa được cập nhật thường xuyên, thiếu người phụ trách",
            "Công tác phối hợp với cha mẹ và địa phương chưa thường xuyên",
            "Chưa có quy trình rà soát, điều chỉnh kế hoạch sau mỗi học kỳ");

    private final Random rnd;
    private final SubmissionFactory base;

    Tt57SubmissionFactory(Random rnd, SubmissionFactory base) {
        this.rnd = rnd;
        this.base = base;
    }

    /**
     * A Thông tư 57/2026 submission.
     *
     * @param level        school level the marks give by the count rule (0 = Không đạt Mức 1)
     * @param declared     Mức tự đánh giá as written
     * @param budget       sum of the plan's money in đồng (money columns and amounts written in "Nguồn lực bảo đảm")
     * @param details      what the injected faults are, in English, for tests ("plan row 3: owner empty")
     */
    record Tt57Submission(DemoSchool school, Tt57SubmissionData data, int level, String declared, long budget,
                          List<Integer> amounts, List<String> details) {
    }

    Tt57Submission create(DemoSchool school, SubmissionFactory.Profile profile, Set<Defect> defects) {
        Catalogue cat = school.catalogue();
        List<String> details = new ArrayList<>();
        Map<String, boolean[]> met = new LinkedHashMap<>(); // written Mức 1, written Mức 2
        for (Criterion c : cat.criteria()) {
            boolean l2 = switch (profile) {
                case STRONG -> true;
                case NORMAL -> rnd.nextDouble() < (c.mandatory() ? 0.9 : 0.8);
                case WEAK -> rnd.nextDouble() < 0.6;
            };
            met.put(c.code(), new boolean[] {true, l2});
        }
        List<Criterion> others = cat.criteria().stream().filter(c -> !c.mandatory()).toList();
        List<Criterion> mandatory = cat.criteria().stream().filter(Criterion::mandatory).toList();
        if (profile == SubmissionFactory.Profile.WEAK) {
            Criterion c = others.get(rnd.nextInt(others.size()));
            met.put(c.code(), new boolean[] {false, false});
        }
        if (defects.contains(Defect.MANDATORY_BELOW_LEVEL1)) {
            Criterion c = mandatory.get(rnd.nextInt(mandatory.size()));
            met.put(c.code(), new boolean[] {false, false});
            details.add("criterion " + c.code() + ": mandatory, Mức 1 Không đạt");
        }
        if (defects.contains(Defect.LEVEL2_WITHOUT_LEVEL1)) {
            Criterion c = others.stream().filter(o -> met.get(o.code())[0]).findFirst().orElse(others.get(0));
            met.put(c.code(), new boolean[] {false, true});
            details.add("criterion " + c.code() + ": Mức 2 Đạt, Mức 1 Không đạt");
        }
        if (defects.contains(Defect.WEAK_CRITERION_WITHOUT_TASK) && met.values().stream().allMatch(m -> m[1])) {
            met.get(others.get(rnd.nextInt(others.size())).code())[1] = false;
        }
        Map<String, Integer> levels = new LinkedHashMap<>();
        met.forEach((code, m) -> levels.put(code, m[0] ? (m[1] ? 2 : 1) : 0));
        int level = level(cat, levels);

        List<CriterionMark> marks = new ArrayList<>();
        for (Criterion c : cat.criteria()) {
            boolean[] m = met.get(c.code());
            boolean top = levels.get(c.code()) == 2;
            marks.add(new CriterionMark(c.code(), m[0], m[1], null, base.pick(base.data().strengths()),
                    top ? null : base.pick(base.data().weaknesses()), evidence(c)));
        }

        List<Issue> issues = issues(cat, levels);
        List<Action> actions = new ArrayList<>();
        List<Integer> amounts = new ArrayList<>();
        for (Criterion c : cat.criteria()) {
            int l = levels.get(c.code());
            int n = l < 2 ? 1 + rnd.nextInt(2) : rnd.nextDouble() < 0.15 ? 1 : 0;
            for (int i = 0; i < n; i++) {
                addAction(actions, amounts, school, c);
            }
        }
        while (actions.size() < 4) {
            addAction(actions, amounts, school, cat.criteria().get(rnd.nextInt(cat.criteria().size())));
        }
        // a school at Mức 2 everywhere still names a priority issue (1.4, keeping the cycle going): plan for it
        for (Issue issue : issues) {
            for (String code : issue.criteria().split(";\\s*")) {
                if (actions.stream().noneMatch(a -> codeOf(a.content()).equals(code))) {
                    cat.criterion(code).ifPresent(c -> addAction(actions, amounts, school, c));
                }
            }
        }
        if (defects.contains(Defect.WEAK_CRITERION_WITHOUT_TASK)) {
            String weak = levels.entrySet().stream().filter(e -> e.getValue() < 2).map(Map.Entry::getKey)
                    .reduce((a, b) -> b).orElseThrow();
            for (int i = actions.size() - 1; i >= 0; i--) {
                if (codeOf(actions.get(i).content()).equals(weak)) {
                    actions.remove(i);
                    amounts.remove(i);
                }
            }
            details.add("criterion " + weak + ": below Mức 2, no action");
        }
        if (defects.contains(Defect.ACTION_WITHOUT_OWNER)) {
            edit(actions, 0, a -> new Action(a.content(), a.goal(), a.activities(), a.indicator(), a.period(), null,
                    a.resources(), a.evidence(), a.progress(), a.budget(), a.source()));
            details.add("plan row 1: owner empty");
        }
        if (defects.contains(Defect.ACTION_WITHOUT_TIME)) {
            edit(actions, 1, a -> new Action(a.content(), a.goal(), a.activities(), a.indicator(), null, a.owner(),
                    a.resources(), a.evidence(), a.progress(), a.budget(), a.source()));
            details.add("plan row 2: period empty");
        }
        if (defects.contains(Defect.ACTION_WITHOUT_INDICATOR)) {
            edit(actions, 2, a -> new Action(a.content(), a.goal(), a.activities(), null, a.period(), a.owner(),
                    a.resources(), a.evidence(), a.progress(), a.budget(), a.source()));
            details.add("plan row 3: indicator empty");
        }
        if (defects.contains(Defect.PERIOD_OUTSIDE_YEAR)) {
            int y = school.startYear();
            int row = actions.size() - 1;
            // last year's plan copied without changing the dates
            String period = "Tháng 10/" + (y - 1) + " - 5/" + y;
            edit(actions, row, a -> new Action(a.content(), a.goal(), a.activities(), a.indicator(), period, a.owner(),
                    a.resources(), a.evidence(), a.progress(), a.budget(), a.source()));
            details.add("plan row " + (row + 1) + ": period " + period);
        }
        if (defects.contains(Defect.DONE_WITHOUT_MONITORING)) {
            int row = actions.size() > 3 ? 3 : actions.size() - 1;
            edit(actions, row, a -> new Action(a.content(), a.goal(), a.activities(), a.indicator(), a.period(),
                    a.owner(), a.resources(), a.evidence(), DONE, a.budget(), a.source()));
            details.add("plan row " + (row + 1) + ": Hoàn thành, no monitoring row");
        }
        long budget = amounts.stream().mapToLong(i -> i * 1_000_000L).sum();

        String declared = label(level);
        if (defects.contains(Defect.WRONG_DECLARED_LEVEL)) {
            declared = label(level < 2 ? level + 1 : 1);
            details.add("declared " + declared + ", count rule gives " + label(level));
        }
        Map<InfoField, Object> info = info(school, cat, levels, level, declared, budget, defects);
        return new Tt57Submission(school, new Tt57SubmissionData(info, marks, issues, actions, List.of()), level,
                declared, budget, amounts, details);
    }

    /** The count rule of khoản 3 Điều 5 (thresholds from the catalogue's rules, 5 of the others by default). */
    static int level(Catalogue cat, Map<String, Integer> levels) {
        int m1 = 0;
        int m2 = 0;
        int o1 = 0;
        int o2 = 0;
        int nm = 0;
        int no = 0;
        for (Criterion c : cat.criteria()) {
            int l = levels.getOrDefault(c.code(), 0);
            if (c.mandatory()) {
                nm++;
                m1 += l >= 1 ? 1 : 0;
                m2 += l >= 2 ? 1 : 0;
            } else {
                no++;
                o1 += l >= 1 ? 1 : 0;
                o2 += l >= 2 ? 1 : 0;
            }
        }
        if (m2 == nm && o2 >= othersMin(cat, 2) && o1 == no) {
            return 2;
        }
        return m1 == nm && o1 >= othersMin(cat, 1) ? 1 : 0;
    }

    private static int othersMin(Catalogue cat, int level) {
        return cat.rules().level(level).stream().flatMap(l -> l.criteria().stream())
                .filter(c -> c.level() == level && "others".equals(c.among()) && c.min() != null
                        && c.min().matches("\\d+"))
                .mapToInt(c -> Integer.parseInt(c.min())).findFirst().orElse(5);
    }

    static String label(int level) {
        return SCHOOL_LEVELS.get(level);
    }

    private static void edit(List<Action> actions, int row, java.util.function.UnaryOperator<Action> f) {
        int r = Math.min(row, actions.size() - 1);
        actions.set(r, f.apply(actions.get(r)));
    }

    /** "1.4" from "Tiêu chí 1.4: …", "TC 3.2 - …", "Tiêu chí 2.2. …". */
    static String codeOf(String content) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+\\.\\d+)").matcher(content);
        return m.find() ? m.group(1) : "";
    }

    private String evidence(Criterion c) {
        return "H" + c.standard() + "-" + c.code() + "-0" + (1 + rnd.nextInt(5));
    }

    private List<Issue> issues(Catalogue cat, Map<String, Integer> levels) {
        Map<Integer, List<String>> weakByStandard = new LinkedHashMap<>();
        for (Criterion c : cat.criteria()) {
            if (levels.get(c.code()) < 2) {
                weakByStandard.computeIfAbsent(c.standard(), k -> new ArrayList<>()).add(c.code());
            }
        }
        List<Issue> out = new ArrayList<>();
        weakByStandard.forEach((standard, codes) -> {
            String name = cat.standards().stream().filter(s -> s.number() == standard).findFirst().orElseThrow().name();
            out.add(new Issue(standard, String.join("; ", codes),
                    "Tiêu chuẩn " + standard + " (" + name + "): " + codes.size() + " tiêu chí chưa đạt Mức 2.",
                    base.pick(base.data().weaknesses()), CAUSES.get(rnd.nextInt(CAUSES.size()))));
        });
        if (out.isEmpty()) {
            out.add(new Issue(1, "1.4", "Các tiêu chí đạt Mức 2; cần duy trì chu trình tự đánh giá và cải tiến.",
                    "Minh chứng chưa được số hóa đầy đủ", CAUSES.get(2)));
        }
        return out;
    }

    private void addAction(List<Action> actions, List<Integer> amounts, DemoSchool school, Criterion c) {
        List<String> bank = ACTIVITIES.get(c.standard());
        String[] p = bank.get(rnd.nextInt(bank.size())).split("\\s*\\|\\s*");
        String name = c.name().substring(0, 1).toLowerCase(Locale.ROOT) + c.name().substring(1);
        String verb = VERBS.get(rnd.nextInt(VERBS.size()));
        String content = switch (rnd.nextInt(4)) {
            case 0, 1 -> "Tiêu chí " + c.code() + ": " + verb + " " + name;
            case 2 -> "TC " + c.code() + " - " + verb + " " + name;
            default -> "Tiêu chí " + c.code() + ". " + verb + " " + name;
        };
        int y = school.startYear();
        String period = switch (rnd.nextInt(7)) {
            case 0 -> "Tháng 10/" + y + " - 5/" + (y + 1);
            case 1 -> "Tháng 9/" + y + " - 12/" + y;
            case 2 -> "Học kỳ I năm học " + school.schoolYear();
            case 3 -> "Thường xuyên";
            case 4 -> "Từ 11/" + y + " đến 4/" + (y + 1);
            case 5 -> "Tháng " + (1 + rnd.nextInt(4)) + "/" + (y + 1);
            default -> "Học kỳ II";
        };
        String people = PEOPLE.get(rnd.nextInt(PEOPLE.size()));
        int millions = 0;
        String resources;
        Object budget = null;
        String source = null;
        switch (rnd.nextInt(6)) {
            case 0 -> {
                int state = new int[] {5, 10, 15, 20, 30}[rnd.nextInt(5)];
                int social = new int[] {2, 3, 5}[rnd.nextInt(3)];
                millions = state + social;
                resources = people + "; Ngân sách nhà nước " + state + " triệu đồng; xã hội hóa " + social + " triệu";
            }
            case 1 -> {
                millions = new int[] {5, 8, 10, 12}[rnd.nextInt(4)];
                resources = people + "; kinh phí chi thường xuyên " + millions + " triệu đồng";
            }
            case 2 -> {
                millions = new int[] {3, 5, 10, 20, 50}[rnd.nextInt(5)];
                resources = people + "; cơ sở vật chất hiện có";
                budget = millions * 1_000_000L;
                source = rnd.nextBoolean() ? TemplateLabels.SOURCE_STATE : TemplateLabels.SOURCE_SOCIAL;
            }
            default -> resources = people + "; không phát sinh kinh phí";
        }
        actions.add(new Action(content, p[1], p[0], p[2], period, OWNERS.get(rnd.nextInt(OWNERS.size())), resources,
                p[3], null, budget, source));
        amounts.add(millions);
    }

    private Map<InfoField, Object> info(DemoSchool s, Catalogue cat, Map<String, Integer> levels, int level,
                                        String declared, long budget, Set<Defect> defects) {
        Map<InfoField, Object> info = new EnumMap<>(InfoField.class);
        if (!defects.contains(Defect.MISSING_SCHOOL_CODE)) {
            info.put(InfoField.SCHOOL_CODE, s.code());
        }
        info.put(InfoField.SCHOOL_NAME, s.name());
        info.put(InfoField.SCHOOL_TYPE, s.levelLabel());
        info.put(InfoField.COMMUNE, "xã " + s.commune());
        info.put(InfoField.PROVINCE, base.data().province());
        info.put(InfoField.UNIT, s.unit().name());
        info.put(InfoField.SCHOOL_YEAR, s.schoolYear());
        info.put(InfoField.CIRCULAR, CIRCULAR);
        info.put(InfoField.DECLARED_LEVEL, declared);
        info.put(InfoField.TARGET_LEVEL, level < 2 ? LEVEL_2 : rnd.nextBoolean() ? LEVEL_2 : null);
        long c1 = levels.values().stream().filter(l -> l >= 1).count();
        long c2 = levels.values().stream().filter(l -> l >= 2).count();
        int n = cat.criteria().size();
        info.put(InfoField.COUNT_LEVEL1, c1 + "/" + n);
        info.put(InfoField.COUNT_LEVEL2, c2 + "/" + n);
        if (budget > 0 && rnd.nextBoolean()) {
            info.put(InfoField.TOTAL_BUDGET, SubmissionFactory.dotted(budget) + " đồng");
        }
        String principal = base.person();
        info.put(InfoField.PRINCIPAL, principal);
        info.put(InfoField.PREPARER, rnd.nextBoolean() ? principal : base.person());
        info.put(InfoField.PHONE, SubmissionFactory.officePhone(s.code()));
        info.put(InfoField.EMAIL, SubmissionFactory.email(s.name()));
        info.put(InfoField.PREPARED_ON, s.preparedOn());
        return info;
    }

    /**
     * The same plan re-sent after the end-of-term-I review: progress filled for every action and one monitoring
     * row per action that is done or adjusted, plus a summary row.
     */
    Tt57Submission termOneReview(Tt57Submission sub) {
        List<Action> actions = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        String reviewer = (String) sub.data().info().get(InfoField.PRINCIPAL);
        for (Action a : sub.data().actions()) {
            String period = a.period() == null ? "" : a.period();
            boolean termOne = period.contains("12/") || period.contains("Học kỳ I ") || period.endsWith("Học kỳ I");
            String progress = termOne ? (rnd.nextDouble() < 0.8 ? DONE : NOT_DONE)
                    : period.startsWith("Tháng 1/") || period.equals("Học kỳ II") ? NOT_STARTED
                    : rnd.nextDouble() < 0.12 ? ADJUSTED : IN_PROGRESS;
            actions.add(new Action(a.content(), a.goal(), a.activities(), a.indicator(), a.period(), a.owner(),
                    a.resources(), a.evidence(), progress, a.budget(), a.source()));
            if (progress.equals(DONE)) {
                reviews.add(new Review(END_OF_TERM_1, a.content(), "Đã hoàn thành: " + lower(a.indicator()),
                        null, reviewer));
            } else if (progress.equals(ADJUSTED)) {
                reviews.add(new Review(END_OF_TERM_1, a.content(), "Mới thực hiện một phần do thiếu kinh phí",
                        "Lùi thời gian hoàn thành sang tháng 4/" + (sub.school().startYear() + 1), reviewer));
            } else if (progress.equals(NOT_DONE)) {
                reviews.add(new Review(END_OF_TERM_1, a.content(), "Chưa hoàn thành, đạt khoảng 60% chỉ số",
                        "Tiếp tục thực hiện trong học kỳ II", reviewer));
            }
        }
        reviews.add(new Review(END_OF_TERM_1, "Rà soát chung việc thực hiện kế hoạch cải tiến học kỳ I",
                reviews.size() + "/" + actions.size() + " nội dung đã được rà soát, đánh giá",
                "Bổ sung nguồn lực cho các nội dung chậm tiến độ", reviewer));
        Tt57SubmissionData d = sub.data();
        return new Tt57Submission(sub.school(), new Tt57SubmissionData(d.info(), d.criteria(), d.issues(), actions,
                reviews), sub.level(), sub.declared(), sub.budget(), sub.amounts(), List.of());
    }

    private static String lower(String s) {
        return s == null || s.isEmpty() ? "" : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
