package vn.kdcl.template;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.kdcl.ingest.read.InfoField;
import vn.kdcl.template.SchoolSubmissionData.CriterionMark;

/**
 * Content to pre-fill a Thông tư 57/2026 workbook with (the layout of {@link Tt57Labels}). Cell values are
 * {@code String}, {@code Number} or {@code java.time.LocalDate}; {@code null} leaves a cell empty. An empty
 * instance gives the blank template.
 *
 * @param info     values of "Thông tin trường" by field (Thông tư áp dụng defaults to {@value Tt57Labels#CIRCULAR})
 * @param criteria Mức 1 / Mức 2 per criterion code ({@code level3} is ignored); unknown codes are appended
 * @param issues   rows of "Vấn đề trọng tâm"
 * @param actions  rows of "Kế hoạch cải tiến"
 * @param reviews  rows of "Theo dõi, đánh giá"
 */
public record Tt57SubmissionData(Map<InfoField, Object> info, List<CriterionMark> criteria, List<Issue> issues,
                                 List<Action> actions, List<Review> reviews) {

    public Tt57SubmissionData {
        EnumMap<InfoField, Object> copy = new EnumMap<>(InfoField.class);
        copy.putAll(info);
        info = Collections.unmodifiableMap(copy);
        criteria = List.copyOf(criteria);
        issues = List.copyOf(issues);
        actions = List.copyOf(actions);
        reviews = List.copyOf(reviews);
    }

    public static Tt57SubmissionData blank() {
        return ofInfo(Map.of());
    }

    public static Tt57SubmissionData ofInfo(Map<InfoField, Object> info) {
        return new Tt57SubmissionData(info, List.of(), List.of(), List.of(), List.of());
    }

    /** The same content with other information values. */
    public Tt57SubmissionData withInfo(Map<InfoField, Object> other) {
        return new Tt57SubmissionData(other, criteria, issues, actions, reviews);
    }

    /** One priority issue: standard (number or text), related criteria, current state, weakness, its cause. */
    public record Issue(Object standard, String criteria, String currentState, String weakness, String cause) {
    }

    /**
     * One improvement action. {@code content} names the criterion ("Tiêu chí 1.4: …"); {@code budget} is a cell
     * value (number of đồng or text), optional like {@code source}: money may also be written in {@code resources}.
     */
    public record Action(String content, String goal, String activities, String indicator, String period,
                         String owner, String resources, String evidence, String progress, Object budget,
                         String source) {
    }

    /** One monitoring row: moment ("Cuối học kỳ I", "Cuối năm học"), what was followed, result, change, reviewer. */
    public record Review(String moment, String content, String result, String adjustment, String reviewer) {
    }
}
