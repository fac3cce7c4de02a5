package vn.kdcl.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.kdcl.catalogue.Catalogue;
import vn.kdcl.catalogue.CatalogueDetector;
import vn.kdcl.catalogue.Criterion;
import vn.kdcl.catalogue.CriterionLevels;
import vn.kdcl.catalogue.Detection;
import vn.kdcl.catalogue.SchoolAssessment;
import vn.kdcl.catalogue.SchoolLevelRules;
import vn.kdcl.catalogue.SchoolType;
import vn.kdcl.check.CheckContext;
import vn.kdcl.check.Checker;
import vn.kdcl.check.Finding;
import vn.kdcl.ingest.read.CellValue;
import vn.kdcl.ingest.read.InfoField;
import vn.kdcl.ingest.read.ParsedWorkbook;
import vn.kdcl.normalise.ClassifiedSource;
import vn.kdcl.normalise.CriterionCodes;
import vn.kdcl.normalise.DeclaredCount;
import vn.kdcl.normalise.FundingSourceClassifier;
import vn.kdcl.normalise.LevelParser;
import vn.kdcl.normalise.MarkParser;
import vn.kdcl.normalise.MarkReading;
import vn.kdcl.normalise.Memo;
import vn.kdcl.normalise.Money;
import vn.kdcl.normalise.MoneyParser;
import vn.kdcl.normalise.ParseStatus;
import vn.kdcl.normalise.Period;
import vn.kdcl.normalise.PeriodParser;
import vn.kdcl.normalise.PlanPeriod;
import vn.kdcl.normalise.Progress;
import vn.kdcl.normalise.ProgressParser;
import vn.kdcl.normalise.ResourceFunding;
import vn.kdcl.normalise.ReviewMoment;
import vn.kdcl.normalise.SchoolTypeParser;
import vn.kdcl.normalise.SchoolYear;
import vn.kdcl.submission.Submission;
import vn.kdcl.text.LegacyEncodingDetector;

/**
 * Turns what the reader understood into a normalised {@link Submission}: codes, marks, levels,
 * periods, money and sources, each kept beside its original text; then runs the checks.
 */
public class SubmissionBuilder {

    /** The submission (null when rejected) and every finding about the workbook. */
    public record Built(Submission submission, CheckContext context, List<Finding> findings) {
    }

    private static final String INFO_SHEET = "Thông tin trường";
    private static final String CRITERIA_SHEET = "Kết quả tự đánh giá";

    private static final int MEMO_ENTRIES = 10_000;
    /** Longer texts seldom repeat; leaving them out keeps the memos small (at most ~2 MB each). */
    private static final int MEMO_MAX_TEXT = 64;

    private record PeriodText(String text, SchoolYear year, PlanPeriod plan) {
    }

    private record MoneyText(String text, boolean millions) {
    }

    private final CatalogueDetector detector;
    private final SchoolLevelRules levelRules;
    private final Checker checker;
    private final MarkParser marks = new MarkParser();
    private final MoneyParser money = new MoneyParser();
    private final PeriodParser periods = new PeriodParser();
    private final FundingSourceClassifier sources = new FundingSourceClassifier();
    private final LevelParser levels = new LevelParser();
    private final SchoolTypeParser schoolTypes = new SchoolTypeParser();
    private final ProgressParser progress = new ProgressParser();
    private final ResourceFunding resourceFunding = new ResourceFunding(money, sources);
    private final LegacyEncodingDetector legacy = new LegacyEncodingDetector();
    // The parsers are pure; most periods, amounts and sources of a district's plans repeat from school to school.
    private final Memo<PeriodText, Period> periodTexts = new Memo<>(MEMO_ENTRIES);
    private final Memo<MoneyText, Money> moneyTexts = new Memo<>(MEMO_ENTRIES);
    private final Memo<String, ClassifiedSource> sourceTexts = new Memo<>(MEMO_ENTRIES);

    public SubmissionBuilder(CatalogueDetector detector, SchoolLevelRules levelRules, Checker checker) {
        this.detector = detector;
        this.levelRules = levelRules;
        this.checker = checker;
    }

    public Built build(ParsedWorkbook wb) {
        List<Finding> findings = new ArrayList<>(wb.findings());
        String code = text(wb.info().get(InfoField.SCHOOL_CODE));
        if (code.isBlank()) {
            findings.add(Finding.error("SCH-001", INFO_SHEET, ref(wb.info().get(InfoField.SCHOOL_CODE)),
                    "Thiếu mã trường (Mã trường) — không thể ghi nhận hồ sơ."));
            return new Built(null, null, findings);
        }
        CellValue yearCell = wb.info().get(InfoField.SCHOOL_YEAR);
        SchoolYear.Reading yearReading = SchoolYear.read(text(yearCell));
        if (yearReading.status() != SchoolYear.Reading.Status.OK) {
            findings.add(Finding.error("SCH-004", INFO_SHEET, ref(yearCell), "Năm học " + quote(text(yearCell))
                    + " không hợp lệ; cần dạng YYYY-YYYY+1, ví dụ 2024-2025."));
            return new Built(null, null, findings);
        }
        SchoolYear year = yearReading.value();

        List<String> codes = new ArrayList<>();
        wb.criteria().forEach(r -> Optional.ofNullable(CriterionCodes.code(r.code())).ifPresent(codes::add));
        String typeText = text(wb.info().get(InfoField.SCHOOL_TYPE));
        Optional<Detection> detection = detector.detect(text(wb.info().get(InfoField.CIRCULAR)), typeText,
                year.label(), codes);
        if (detection.isEmpty()) {
            findings.add(Finding.error("FILE-007", INFO_SHEET, null, "Không xác định được thông tư áp dụng: thiếu "
                    + "\"Thông tư áp dụng\", \"Cấp học\" và bảng kết quả tiêu chí không khớp thông tư nào."));
            return new Built(null, null, findings);
        }
        Catalogue catalogue = detection.get().catalogue();
        detection.get().warnings().forEach(w -> findings.add(Finding.warning("SCH-005", INFO_SHEET, null, w)));
        if (detection.get().outOfForce() != null) {
            CellValue circular = wb.info().get(InfoField.CIRCULAR);
            findings.add(Finding.warning("SCH-006", circular != null ? circular.sheet() : INFO_SHEET,
                    circular != null ? circular.ref() : ref(yearCell), detection.get().outOfForce()));
        }

        List<CheckContext.CriterionLine> criteria = criterionLines(wb, catalogue);
        // a multi-level school's results given per cấp học (TT57/2026): each cấp học on its own, the school the lowest
        java.util.SortedSet<String> schoolLevels = new java.util.TreeSet<>();
        if (catalogue.rules().perSchoolLevel()) {
            criteria.stream().map(CheckContext.CriterionLine::schoolLevel).filter(java.util.Objects::nonNull)
                    .forEach(schoolLevels::add);
        }
        List<CheckContext.Level4Line> level4 = wb.level4().stream()
                .map(r -> new CheckContext.Level4Line(r, CriterionCodes.number(r.code()), marks.parse(r.result())))
                .toList();
        Map<String, Integer> levelByCode = new LinkedHashMap<>();
        criteria.stream().filter(l -> l.code() != null && !l.duplicate()).forEach(l -> levelByCode.put(l.code(), l.level()));
        Set<Integer> level4Met = new HashSet<>();
        level4.stream().filter(l -> l.number() != null && l.result().isMet()).forEach(l -> level4Met.add(l.number()));
        SchoolAssessment assessment = levelRules.assess(catalogue, levelByCode, level4Met);
        if (schoolLevels.size() > 1) {
            assessment = lowestOfSchoolLevels(catalogue, criteria, schoolLevels, findings);
        }

        Optional<PlanPeriod> plan = PlanPeriod.parse(text(wb.info().get(InfoField.PLAN_PERIOD)));
        List<CheckContext.TaskLine> tasks = wb.tasks().stream().map(t -> taskLine(t, year, plan.orElse(null))).toList();
        List<CheckContext.FundingLine> funding = wb.funding().stream().map(f -> new CheckContext.FundingLine(f,
                money(f.amount(), f.amountInMillions()), source(text(f.source())))).toList();

        Map<Integer, DeclaredCount> declared = new HashMap<>();
        InfoField[] countFields = {InfoField.COUNT_LEVEL1, InfoField.COUNT_LEVEL2, InfoField.COUNT_LEVEL3, InfoField.COUNT_LEVEL4};
        for (int i = 0; i < 4; i++) {
            DeclaredCount d = declaredCount(wb.info().get(countFields[i]));
            if (d != null) {
                declared.put(i + 1, d);
            }
        }
        Integer declaredLevel = level(wb.info().get(InfoField.DECLARED_LEVEL));
        Integer targetLevel = level(wb.info().get(InfoField.TARGET_LEVEL));
        CellValue totalCell = wb.info().get(InfoField.TOTAL_BUDGET);
        Money declaredTotal = totalCell == null || totalCell.isBlank() ? null : money.parse(totalCell, false);
        Optional<SchoolType> type = schoolTypes.parse(typeText);
        int[] computedCounts = {0, assessment.countLevel1(), assessment.countLevel2(), assessment.countLevel3(),
                assessment.countLevel4()};

        CheckContext ctx = new CheckContext(wb, catalogue, detection.get().explanation(), year, plan.orElse(null),
                targetLevel, criteria, level4, tasks, funding, declared, declaredLevel, declaredTotal, computedCounts,
                assessment.level(), typeText, type.orElse(null));
        findings.addAll(checker.check(ctx));
        if (findings.stream().noneMatch(f -> f.code().equals("FILE-008"))) {
            legacyEncoding(wb).ifPresent(findings::add);
        }

        Submission s = new Submission(
                new Submission.School(code, text(wb.info().get(InfoField.SCHOOL_NAME)), type.orElse(null), typeText,
                        nullIfBlank(wb.info().get(InfoField.UNIT)), nullIfBlank(wb.info().get(InfoField.PROVINCE)),
                        nullIfBlank(wb.info().get(InfoField.DISTRICT)), nullIfBlank(wb.info().get(InfoField.COMMUNE))),
                year.label(), plan.map(PlanPeriod::label).orElse(null), catalogue.framework(), catalogue.id(),
                new Submission.LevelCounts(declaredLevel, count(declared.get(1)), count(declared.get(2)),
                        count(declared.get(3)), count(declared.get(4))),
                new Submission.LevelCounts(assessment.level(), assessment.countLevel1(), assessment.countLevel2(),
                        assessment.countLevel3(), assessment.countLevel4()),
                targetLevel, declaredTotal == null ? null : declaredTotal.dong(),
                criteria.stream().filter(l -> l.code() != null && !l.duplicate() && catalogue.criterion(l.code()).isPresent())
                        .map(l -> new Submission.CriterionResult(l.code(), l.level1().isMet(), l.level2().isMet(),
                                l.level3().isMet(), l.level(), level(l.row().declaredLevel()), row(l.row().code()),
                                schoolLevels.size() > 1 ? l.schoolLevel() : null))
                        .toList(),
                level4.stream().filter(l -> l.number() != null).collect(
                        java.util.stream.Collectors.toMap(CheckContext.Level4Line::number, l -> l, (a, b) -> a,
                                java.util.TreeMap::new))
                        .values().stream().map(l -> new Submission.Level4Result(l.number(), l.result().isMet())).toList(),
                tasks(tasks), funding.isEmpty() ? resourceLines(tasks) : fundingLines(funding),
                new Submission.Contact(nullIfBlank(wb.info().get(InfoField.PRINCIPAL)),
                        nullIfBlank(wb.info().get(InfoField.PREPARER)), nullIfBlank(wb.info().get(InfoField.PHONE)),
                        nullIfBlank(wb.info().get(InfoField.EMAIL)), nullIfBlank(wb.info().get(InfoField.PREPARED_ON))),
                priorities(wb), monitoring(wb));
        return new Built(s, ctx, findings);
    }

    /** FILE-008: school information typed in a TCVN3/VNI font shows as mojibake in Unicode. */
    private Optional<Finding> legacyEncoding(ParsedWorkbook wb) {
        for (CellValue c : wb.info().values()) {
            Optional<LegacyEncodingDetector.LegacyEncoding> enc = c == null ? Optional.empty() : legacy.detect(c.text());
            if (enc.isPresent()) {
                return Optional.of(Finding.warning("FILE-008", c.sheet(), c.ref(), "Văn bản " + quote(c.text())
                        + " có vẻ được gõ bằng phông cũ " + enc.get() + " (không phải Unicode); hãy chuyển sang Unicode"
                        + " (ví dụ bằng Unikey) rồi gửi lại."));
            }
        }
        return Optional.empty();
    }

    private List<CheckContext.CriterionLine> criterionLines(ParsedWorkbook wb, Catalogue catalogue) {
        Set<String> seen = new HashSet<>();
        List<CheckContext.CriterionLine> lines = new ArrayList<>(wb.criteria().size());
        for (ParsedWorkbook.CriterionRow r : wb.criteria()) {
            String code = CriterionCodes.code(r.code());
            MarkReading m1 = marks.parse(r.level1());
            MarkReading m2 = marks.parse(r.level2());
            MarkReading m3 = marks.parse(r.level3());
            Optional<Criterion> crit = code == null ? Optional.empty() : catalogue.criterion(code);
            int level = crit.map(c -> CriterionLevels.fromMarks(c, m1.isMet(), m2.isMet(), m3.isMet()))
                    .orElseGet(() -> CriterionLevels.fromMarks(m1.isMet(), m2.isMet(), m3.isMet()));
            String schoolLevel = r.schoolLevel() == null ? null
                    : schoolTypes.parse(r.schoolLevel().text()).map(Enum::name).orElse(null);
            boolean duplicate = code != null && !seen.add(schoolLevel + " " + code);
            lines.add(new CheckContext.CriterionLine(r, code, m1, m2, m3, level, duplicate, schoolLevel));
        }
        return lines;
    }

    /**
     * Each cấp học of a multi-level school assessed with the catalogue's rules on its own results; the school is at
     * the lowest of their levels (TT57/2026 as one source gives it). SUM-005 tells the school each cấp học's level.
     */
    private SchoolAssessment lowestOfSchoolLevels(Catalogue catalogue, List<CheckContext.CriterionLine> criteria,
                                                  java.util.SortedSet<String> schoolLevels, List<Finding> findings) {
        SchoolAssessment lowest = null;
        List<String> parts = new ArrayList<>();
        for (String schoolLevel : schoolLevels) {
            Map<String, Integer> levels = new LinkedHashMap<>();
            criteria.stream().filter(l -> schoolLevel.equals(l.schoolLevel()) && l.code() != null && !l.duplicate())
                    .forEach(l -> levels.put(l.code(), l.level()));
            SchoolAssessment a = levelRules.assess(catalogue, levels, Set.of());
            String label = SchoolType.valueOf(schoolLevel).label();
            parts.add(label + ": " + (a.level() == 0 ? catalogue.rules().notReached() : "Mức " + a.level()));
            if (lowest == null || a.level() < lowest.level()) {
                lowest = a;
            }
        }
        String school = lowest.level() == 0 ? catalogue.rules().notReached() : "Mức " + lowest.level();
        findings.add(Finding.info("SUM-005", CRITERIA_SHEET, null, "Trường nhiều cấp học, kết quả theo từng cấp học: "
                + String.join("; ", parts) + ". Mức của trường là mức thấp nhất: " + school
                + " (quy tắc theo một nguồn tham khảo, chưa đối chiếu nguyên văn " + catalogue.id() + ")."));
        return lowest;
    }

    private CheckContext.TaskLine taskLine(ParsedWorkbook.TaskRow t, SchoolYear year, PlanPeriod plan) {
        String criterion;
        Integer m4 = CriterionCodes.level4(t.criterion());
        if (m4 != null) {
            criterion = "M4." + m4;
        } else if (t.level4Section()) {
            Integer n = CriterionCodes.number(t.criterion());
            criterion = n == null ? null : "M4." + n;
        } else {
            criterion = CriterionCodes.code(t.criterion());
        }
        ParsedWorkbook.Tt57Cells form = t.tt57();
        if (criterion == null && (t.criterion() == null || t.criterion().isBlank())) {
            // the TT57 form has no criterion column: "Nội dung cải tiến" names it ("Tiêu chí 1.4: …", "TC 3.2 - …")
            criterion = CriterionCodes.named(form.improvement());
            if (criterion == null) {
                criterion = CriterionCodes.named(t.task());
            }
        }
        Period period = periods.combine(period(t.start(), year, plan), period(t.end(), year, plan));
        Money m = t.budget() == null ? null : money(t.budget(), t.budgetInMillions());
        ClassifiedSource source = t.source() != null && !t.source().isBlank() ? source(t.source().text())
                : t.budget() == null ? null : sources.fromMoneyText(t.budget().text());
        List<ResourceFunding.Line> resources = form.resources() == null ? List.of()
                : resourceFunding.parse(form.resources().text());
        if (!resources.isEmpty() && (m == null || m.dong() == null || m.dong() == 0)) {
            // no amount in a money column: the amounts written in "Nguồn lực bảo đảm" are the task's budget
            long sum = resources.stream().mapToLong(r -> r.money().dong()).sum();
            m = new Money(sum, form.resources().text(), ParseStatus.OK, java.util.EnumSet.noneOf(Money.Flag.class));
            var named = resources.stream().map(r -> r.source().value()).distinct().toList();
            if (source == null || !source.isStated()) {
                source = named.size() == 1 && named.get(0).isPresent() ? resources.get(0).source()
                        : sources.fromMoneyText(form.resources().text());
            }
        }
        Progress progress = t.status() == null ? null : this.progress.parse(t.status().text(), t.status().number());
        return new CheckContext.TaskLine(t, criterion, period, m, source, progress, resources);
    }

    /** Funding lines from the amounts in "Nguồn lực bảo đảm" or the money columns, when there is no Kinh phí sheet. */
    private static List<Submission.FundingLine> resourceLines(List<CheckContext.TaskLine> tasks) {
        List<Submission.FundingLine> out = new ArrayList<>();
        int seq = 0;
        int taskSeq = 0;
        if (tasks.stream().allMatch(t -> t.resources().isEmpty())) {
            return out; // no amounts in "Nguồn lực bảo đảm": funding comes from the tasks' budgets, as for 2018 plans
        }
        for (CheckContext.TaskLine t : tasks) {
            taskSeq++;
            if (t.resources().isEmpty()) {
                if (t.money() != null && t.money().dong() != null && t.money().dong() > 0) {
                    out.add(new Submission.FundingLine(++seq, t.row().task() == null ? null
                            : blankToNull(t.row().task().text()), t.source() == null ? null
                            : t.source().value().map(Enum::name).orElse(null), t.row().source() == null ? null
                            : blankToNull(t.row().source().text()), t.money().dong(), blankToNull(t.money().text()),
                            null, taskSeq));
                }
                continue;
            }
            String content = t.row().task() != null && !t.row().task().isBlank() ? t.row().task().text()
                    : t.row().tt57().improvement() == null ? null : blankToNull(t.row().tt57().improvement().text());
            for (ResourceFunding.Line r : t.resources()) {
                out.add(new Submission.FundingLine(++seq, content, r.source().value().map(Enum::name).orElse(null),
                        r.text(), r.money().dong(), r.text(), null, taskSeq));
            }
        }
        return out;
    }

    private static List<Submission.PriorityIssue> priorities(ParsedWorkbook wb) {
        List<Submission.PriorityIssue> out = new ArrayList<>(wb.priorities().size());
        int seq = 0;
        for (ParsedWorkbook.PriorityRow r : wb.priorities()) {
            out.add(new Submission.PriorityIssue(++seq, nullIfBlank(r.standard()), nullIfBlank(r.criteria()),
                    nullIfBlank(r.currentState()), nullIfBlank(r.weakness()), nullIfBlank(r.cause()),
                    row(firstPresent(r.weakness(), r.currentState(), r.criteria()))));
        }
        return out;
    }

    private static List<Submission.MonitoringEntry> monitoring(ParsedWorkbook wb) {
        List<Submission.MonitoringEntry> out = new ArrayList<>(wb.monitoring().size());
        int seq = 0;
        for (ParsedWorkbook.MonitoringRow r : wb.monitoring()) {
            out.add(new Submission.MonitoringEntry(++seq, ReviewMoment.of(r.moment()), nullIfBlank(r.moment()),
                    nullIfBlank(r.content()), nullIfBlank(r.result()), nullIfBlank(r.adjustment()),
                    nullIfBlank(r.reviewer()), row(firstPresent(r.content(), r.result(), r.moment()))));
        }
        return out;
    }

    private static CellValue firstPresent(CellValue... cells) {
        for (CellValue c : cells) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return null;
    }

    private Period period(CellValue cell, SchoolYear year, PlanPeriod plan) {
        if (cell == null) {
            return null;
        }
        return cell.date() != null || !memoised(cell.text()) ? periods.parse(cell, year, plan)
                : periodTexts.get(new PeriodText(cell.text(), year, plan), k -> periods.parse(k.text(), k.year(), k.plan()));
    }

    private Money money(CellValue cell, boolean millions) {
        return cell.number() != null || !memoised(cell.text()) ? money.parse(cell, millions)
                : moneyTexts.get(new MoneyText(cell.text(), millions), k -> money.parse(k.text(), k.millions()));
    }

    private ClassifiedSource source(String text) {
        return memoised(text) ? sourceTexts.get(text, sources::classify) : sources.classify(text);
    }

    private static boolean memoised(String text) {
        return text != null && text.length() <= MEMO_MAX_TEXT;
    }

    private List<Submission.PlanTask> tasks(List<CheckContext.TaskLine> lines) {
        List<Submission.PlanTask> out = new ArrayList<>(lines.size());
        int seq = 0;
        for (CheckContext.TaskLine l : lines) {
            ParsedWorkbook.TaskRow r = l.row();
            String lead = nullIfBlank(r.lead());
            String partners = nullIfBlank(r.partners());
            if (partners == null && lead != null && lead.indexOf(';') > 0) {
                // "Hiệu trưởng; các tổ trưởng": lead and partners in one cell.
                partners = lead.substring(lead.indexOf(';') + 1).strip();
                lead = lead.substring(0, lead.indexOf(';')).strip();
            }
            Period p = l.period();
            boolean periodOk = p != null && p.status() == ParseStatus.OK;
            Money m = l.money();
            ParsedWorkbook.Tt57Cells f = r.tt57();
            Progress pr = l.progress();
            Submission.FormFields form = f == ParsedWorkbook.Tt57Cells.NONE && (pr == null || pr.state() == null)
                    ? Submission.FormFields.NONE
                    : new Submission.FormFields(nullIfBlank(f.improvement()), nullIfBlank(f.goal()),
                    nullIfBlank(f.indicator()), nullIfBlank(f.resources()), nullIfBlank(f.evidence()),
                    pr == null || pr.state() == null ? null : pr.state().name(), pr == null ? null : pr.percent());
            CellValue rowCell = r.task() != null && !r.task().isBlank() ? r.task() : firstPresent(f.improvement(),
                    f.goal(), f.indicator(), r.task());
            out.add(new Submission.PlanTask(++seq, l.criterion(), nullIfBlank(r.criterion()), level(r.targetLevel()),
                    nullIfBlank(r.expectedResult()), nullIfBlank(r.task()), lead, partners,
                    periodOk ? p.start() : null, periodOk ? p.end() : null, p == null ? null : blankToNull(p.text()),
                    m == null ? null : m.dong(), m == null ? null : blankToNull(m.text()),
                    l.source() == null ? null : l.source().value().map(Enum::name).orElse(null),
                    nullIfBlank(r.source()), nullIfBlank(r.status()), nullIfBlank(r.note()),
                    row(rowCell != null ? rowCell : r.task()), form));
        }
        return out;
    }

    private static List<Submission.FundingLine> fundingLines(List<CheckContext.FundingLine> lines) {
        List<Submission.FundingLine> out = new ArrayList<>(lines.size());
        int seq = 0;
        for (CheckContext.FundingLine l : lines) {
            ParsedWorkbook.FundingRow r = l.row();
            out.add(new Submission.FundingLine(++seq, nullIfBlank(r.content()),
                    l.source() == null ? null : l.source().value().map(Enum::name).orElse(null), nullIfBlank(r.source()),
                    l.money().dong(), blankToNull(l.money().text()), nullIfBlank(r.year())));
        }
        return out;
    }

    private DeclaredCount declaredCount(CellValue c) {
        if (c == null || c.isBlank()) {
            return null;
        }
        DeclaredCount d = c.number() != null ? DeclaredCount.ofNumber(c.number(), c.text()) : DeclaredCount.parse(c.text());
        return d.status() == ParseStatus.OK ? d : null;
    }

    private Integer level(CellValue c) {
        if (c == null || c.isBlank()) {
            return null;
        }
        LevelParser.Level l = c.number() != null ? levels.parse(c.number(), c.text()) : levels.parse(c.text());
        return l.level();
    }

    private static Integer count(DeclaredCount d) {
        return d == null ? null : d.count();
    }

    private static Integer row(CellValue c) {
        return c == null ? null : c.row();
    }

    private static String text(CellValue c) {
        return c == null ? "" : c.text();
    }

    private static String ref(CellValue c) {
        return c == null ? null : c.ref();
    }

    private static String nullIfBlank(CellValue c) {
        return c == null ? null : blankToNull(c.text());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }
}
