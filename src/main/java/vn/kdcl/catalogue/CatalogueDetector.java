package vn.kdcl.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.kdcl.text.VietText;

/**
 * Chooses the catalogue version for a workbook.
 * <ul>
 * <li>The circular: the one "Thông tư áp dụng" names; else the one in force for the school's type on the first day
 * of the school year (1 September): the 2018 circulars until 2024-2025, the same as amended by Thông tư 22/2024
 * (in force 25/01/2025) for 2025-2026, Thông tư 57/2026 (in force 07/7/2026) from 2026-2027; else the best fit of
 * the criterion codes present. When no circular is named and the results table is plainly the other era's form
 * (its codes fit it better), the form decides.</li>
 * <li>The version of that circular: the one in force on 1 September; a text naming the amendment
 * ("TT18/2018+TT22/2024") asks for the amended version whatever the year.</li>
 * <li>A workbook read under a circular that is not the one in force for its year (a 2026-2027 plan on a 2018
 * form, a 2025-2026 plan on the TT57 form) carries a warning ({@link Detection#outOfForce()}).</li>
 * </ul>
 */
public class CatalogueDetector {

    /** Suffix of the ids of catalogue versions amended by Thông tư 22/2024/TT-BGDĐT. */
    public static final String AMENDMENT_TT22_2024 = "+TT22/2024";

    private static final Pattern BASE_BY_NAME = Pattern.compile("\\b(?:tt|thong tu|thongtu)\\s*(?:so\\s*)?(17|18|19|57)\\b");
    private static final Pattern BASE_BY_NUMBER = Pattern.compile("\\b(17|18|19)\\s+2018\\b|\\b(57)\\s+2026\\b");
    private static final Pattern AMENDMENT = Pattern.compile("\\b(?:tt|thong tu|thongtu)\\s*(?:so\\s*)?22\\b|\\b22\\s+2024\\b");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{4})");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CatalogueRepository repository;

    public CatalogueDetector(CatalogueRepository repository) {
        this.repository = repository;
    }

    /**
     * @param circularText   "Thông tư áp dụng" as written (may be null/blank)
     * @param schoolTypeText "Cấp học" as written (may be null/blank)
     * @param schoolYear     "Năm học", e.g. "2024-2025" (may be null: then the newest version is used)
     * @param criterionCodes codes found in "Kết quả tiêu chí" (may be empty)
     * @return empty when none of the three identifies a circular
     */
    public Optional<Detection> detect(String circularText, String schoolTypeText, String schoolYear,
                                      Collection<String> criterionCodes) {
        Optional<LocalDate> day = firstDayOfSchoolYear(schoolYear);
        Optional<SchoolType> type = SchoolTypeNames.parse(schoolTypeText);
        Optional<Framework> byText = frameworkFromCircularText(circularText);
        if (byText.isPresent()) {
            List<String> warnings = new ArrayList<>();
            Catalogue c = version(byText.get(), type.orElse(null), day, mentionsAmendment(circularText), warnings);
            return Optional.of(new Detection(c, Detection.Basis.CIRCULAR_TEXT,
                    "Theo \"Thông tư áp dụng\" (" + VietText.clean(circularText) + "): " + describe(c, schoolYear),
                    warnings, outOfForce(c, type.orElse(null), day, schoolYear)));
        }
        if (type.isPresent()) {
            List<String> warnings = new ArrayList<>();
            Catalogue c = day.flatMap(d -> repository.forSchoolType(type.get(), d))
                    .or(() -> newestFor(type.get())).orElse(null);
            if (c != null) {
                Optional<Detection> byForm = otherEraForm(c, criterionCodes, day, schoolYear);
                if (byForm.isPresent()) {
                    return byForm;
                }
                if (mentionsAmendment(circularText)) {
                    c = version(c.framework(), type.get(), day, true, warnings);
                }
                return Optional.of(new Detection(c, Detection.Basis.SCHOOL_TYPE,
                        "Theo cấp học (" + VietText.clean(schoolTypeText) + "): " + describe(c, schoolYear), warnings,
                        null));
            }
            if (day.isPresent()) {
                // a type no catalogue lists by that day (a GDTX centre before TT57): fall through to the codes
                warnings.add("Chưa có danh mục tiêu chí cho " + type.get().label() + " trong năm học " + schoolYear + ".");
            }
        }
        return fromCodes(criterionCodes, day, schoolYear, type.orElse(null));
    }

    /** The circular named in a "Thông tư áp dụng" text; empty when none or several are named. */
    public Optional<Framework> frameworkFromCircularText(String text) {
        String folded = VietText.fold(text);
        Set<String> numbers = new java.util.TreeSet<>();
        for (Pattern p : List.of(BASE_BY_NAME, BASE_BY_NUMBER)) {
            Matcher m = p.matcher(folded);
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null) {
                        numbers.add(m.group(g));
                    }
                }
            }
        }
        return numbers.size() == 1 ? Optional.of(Framework.valueOf("TT" + numbers.iterator().next())) : Optional.empty();
    }

    /** Whether the text names Thông tư 22/2024 (the amendment of TT17, TT18 and TT19). */
    public boolean mentionsAmendment(String text) {
        return AMENDMENT.matcher(VietText.fold(text)).find();
    }

    /**
     * The 2018 circular for a "Cấp học" text: Mầm non/Mẫu giáo/Nhà trẻ → TT19; any secondary or multi-level wording
     * (THCS, THPT, trung học, nhiều cấp, liên cấp, TH&amp;THCS) → TT18; Tiểu học/TH (PTDTBT TH …) → TT17; a
     * continuing-education centre → TT57 (no 2018 catalogue here).
     */
    public Optional<Framework> frameworkFromSchoolType(String text) {
        return SchoolTypeNames.parse(text).map(SchoolType::framework);
    }

    /** 1 September of the first year of "YYYY-YYYY+1"; empty when the text is not a school year. */
    public static Optional<LocalDate> firstDayOfSchoolYear(String schoolYear) {
        if (schoolYear == null) {
            return Optional.empty();
        }
        Matcher m = SCHOOL_YEAR.matcher(schoolYear);
        if (!m.find()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        return Integer.parseInt(m.group(2)) == start + 1 ? Optional.of(LocalDate.of(start, 9, 1)) : Optional.empty();
    }

    /**
     * The circulars in force for a school year are either the 2018 ones or TT57/2026: the Vietnamese warning for a
     * workbook read under the other one, or null.
     */
    private String outOfForce(Catalogue used, SchoolType type, Optional<LocalDate> day, String schoolYear) {
        if (day.isEmpty()) {
            return null;
        }
        Optional<Catalogue> inForce = type != null ? repository.forSchoolType(type, day.get())
                : repository.all().stream().filter(c -> c.framework() == Framework.TT57
                || c.framework() == used.framework()).filter(c -> !c.effectiveFrom().isAfter(day.get()))
                .max(Comparator.comparing(Catalogue::effectiveFrom));
        if (inForce.isEmpty() || era(inForce.get()) == era(used)) {
            return null;
        }
        String year = schoolYear.trim();
        if (era(used) == Framework.TT57) {
            return "Năm học " + year + " áp dụng " + inForce.get().id() + " (Thông tư 57/2026/TT-BGDĐT có hiệu lực từ "
                    + used.effectiveFrom().format(DAY) + "), nhưng kế hoạch dùng mẫu " + used.id()
                    + "; hồ sơ vẫn được đọc theo " + used.id() + ". Hãy kiểm tra lại năm học hoặc mẫu biểu.";
        }
        return "Năm học " + year + " áp dụng " + inForce.get().id() + " (hiệu lực từ "
                + inForce.get().effectiveFrom().format(DAY) + ", thay thế các thông tư năm 2018), nhưng kế hoạch dùng mẫu "
                + used.id() + "; hồ sơ được đọc theo " + used.id() + ". Trường cần lập lại kế hoạch theo mẫu "
                + inForce.get().id() + ".";
    }

    /** TT57 or "the 2018 circulars" (TT17/18/19 and their amendments): the two eras of the forms. */
    private static Framework era(Catalogue c) {
        return c.framework() == Framework.TT57 ? Framework.TT57 : Framework.TT17;
    }

    /**
     * A results table that is plainly the other era's form (its codes fit a catalogue of that era better than the
     * catalogue in force): read under the form, with the out-of-force warning.
     */
    private Optional<Detection> otherEraForm(Catalogue inForce, Collection<String> codes, Optional<LocalDate> day,
                                             String schoolYear) {
        Set<String> present = present(codes);
        if (present.size() < 3) {
            return Optional.empty();
        }
        Optional<Detection> best = fromCodes(codes, day, schoolYear, inForce.schoolTypes().get(0));
        if (best.isEmpty() || era(best.get().catalogue()) == era(inForce)) {
            return Optional.empty();
        }
        int fitsInForce = fit(inForce, present);
        int fitsOther = fit(best.get().catalogue(), present);
        if (fitsOther <= fitsInForce) {
            return Optional.empty();
        }
        return best;
    }

    private static int fit(Catalogue c, Set<String> present) {
        Set<String> known = c.criteriaByCode().keySet();
        int matched = (int) present.stream().filter(known::contains).count();
        return matched - (present.size() - matched) - (known.size() - matched);
    }

    private static Set<String> present(Collection<String> codes) {
        return codes == null ? Set.of() : codes.stream()
                .filter(s -> s != null && !s.isBlank()).map(String::trim).collect(Collectors.toSet());
    }

    private Optional<Catalogue> newestFor(SchoolType type) {
        return repository.all().stream().filter(c -> c.schoolTypes().contains(type))
                .max(Comparator.comparing(Catalogue::effectiveFrom));
    }

    private Optional<Detection> fromCodes(Collection<String> codes, Optional<LocalDate> day, String schoolYear,
                                          SchoolType type) {
        Set<String> present = present(codes);
        if (present.isEmpty()) {
            return Optional.empty();
        }
        record Fit(Catalogue catalogue, int matched, int extra, int missing) {
        }
        List<Fit> fits = new ArrayList<>();
        for (Framework f : EnumSet.allOf(Framework.class)) {
            if (repository.versions(f).isEmpty()) {
                continue;
            }
            Catalogue c = version(f, type, day, false, new ArrayList<>());
            Set<String> known = c.criteriaByCode().keySet();
            int matched = (int) present.stream().filter(known::contains).count();
            fits.add(new Fit(c, matched, present.size() - matched, known.size() - matched));
        }
        // Most codes explained, then fewest unknown codes, then fewest criteria left out.
        Comparator<Fit> best = Comparator.comparingInt((Fit x) -> x.matched() - x.extra())
                .thenComparingInt(x -> -x.missing());
        fits.sort(best.reversed());
        if (fits.isEmpty() || fits.get(0).matched() == 0) {
            return Optional.empty();
        }
        Fit top = fits.get(0);
        List<String> warnings = new ArrayList<>();
        // A complete, exact list is unambiguous; otherwise a tie on the codes explained is only a guess.
        boolean exact = top.missing() == 0 && top.extra() == 0;
        if (!exact && fits.size() > 1
                && fits.get(1).matched() - fits.get(1).extra() == top.matched() - top.extra()) {
            warnings.add("Mã tiêu chí chưa đủ để phân biệt " + top.catalogue().id() + " với "
                    + fits.get(1).catalogue().id() + "; chọn danh mục thiếu ít tiêu chí nhất.");
        }
        return Optional.of(new Detection(top.catalogue(), Detection.Basis.CRITERION_CODES,
                "Theo mã tiêu chí (" + top.matched() + "/" + present.size() + " mã khớp, thiếu " + top.missing()
                        + "): " + describe(top.catalogue(), schoolYear), warnings,
                outOfForce(top.catalogue(), type, day, schoolYear)));
    }

    private Catalogue version(Framework framework, SchoolType type, Optional<LocalDate> day, boolean amendment,
                              List<String> warnings) {
        List<Catalogue> all = repository.versions(framework);
        if (all.isEmpty()) {
            throw new IllegalStateException("No catalogue for " + framework);
        }
        // TT57 has one appendix per kind of school: the school's own, else the first listed (Phụ lục II)
        List<Catalogue> ofType = all.stream().filter(c -> type != null && c.schoolTypes().contains(type)).toList();
        List<Catalogue> versions = ofType.isEmpty() ? firstPerId(all) : ofType;
        if (amendment) {
            Optional<Catalogue> amended = versions.stream().filter(c -> c.id().endsWith(AMENDMENT_TT22_2024))
                    .reduce((a, b) -> b);
            if (amended.isPresent()) {
                return amended.get();
            }
            if (framework != Framework.TT57) {
                warnings.add("Chưa có danh mục " + framework + " sửa đổi bởi Thông tư 22/2024/TT-BGDĐT; dùng danh mục gốc.");
            }
            versions = versions.stream().filter(c -> !c.id().contains("+")).toList();
        }
        if (day.isEmpty()) {
            return versions.get(versions.size() - 1);
        }
        List<Catalogue> candidates = versions;
        return candidates.stream().filter(c -> !c.effectiveFrom().isAfter(day.get()))
                .max(Comparator.comparing(Catalogue::effectiveFrom))
                .orElseGet(() -> {
                    if (framework != Framework.TT57) { // TT57 before its time gets the out-of-force warning instead
                        warnings.add("Năm học bắt đầu trước ngày hiệu lực của " + candidates.get(0).id()
                                + "; dùng phiên bản cũ nhất có trong hệ thống.");
                    }
                    return candidates.get(0);
                });
    }

    /** The first catalogue listed for each id, oldest first (one appendix of TT57/2026 stands for all three). */
    private static List<Catalogue> firstPerId(List<Catalogue> versions) {
        Set<String> seen = new java.util.HashSet<>();
        return versions.stream().filter(c -> seen.add(c.id())).toList();
    }

    private static String describe(Catalogue c, String schoolYear) {
        String when = firstDayOfSchoolYear(schoolYear).isPresent()
                ? " (phiên bản có hiệu lực ngày đầu năm học " + schoolYear.trim() + ")"
                : " (phiên bản mới nhất)";
        return "dùng danh mục " + c.id() + (c.appendix().isEmpty() ? "" : " " + c.appendix())
                + ", hiệu lực từ " + c.effectiveFrom().format(DAY) + when;
    }
}
