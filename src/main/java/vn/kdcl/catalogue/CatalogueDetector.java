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
 * Chooses the catalogue version for a workbook: from "Thông tư áp dụng", else from "Cấp học", else from the
 * criterion codes present; the version of that circular is the one in force on the first day of the school
 * year (1 September), so 2024-2025 uses the 2018 text although Thông tư 22/2024 took effect on 25/01/2025,
 * and 2025-2026 uses the amended version when the repository has one. A text naming the amendment
 * ("TT18/2018+TT22/2024") asks for the amended version whatever the year.
 */
public class CatalogueDetector {

    /** Suffix of the ids of catalogue versions amended by Thông tư 22/2024/TT-BGDĐT. */
    public static final String AMENDMENT_TT22_2024 = "+TT22/2024";

    private static final Pattern BASE_BY_NAME = Pattern.compile("\\b(?:tt|thong tu|thongtu)\\s*(?:so\\s*)?(17|18|19)\\b");
    private static final Pattern BASE_BY_NUMBER = Pattern.compile("\\b(17|18|19)\\s+2018\\b");
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
        Optional<Framework> byText = frameworkFromCircularText(circularText);
        if (byText.isPresent()) {
            List<String> warnings = new ArrayList<>();
            Catalogue c = version(byText.get(), day, mentionsAmendment(circularText), warnings);
            return Optional.of(new Detection(c, Detection.Basis.CIRCULAR_TEXT,
                    "Theo \"Thông tư áp dụng\" (" + VietText.clean(circularText) + "): " + describe(c, schoolYear),
                    warnings));
        }
        Optional<Framework> byType = frameworkFromSchoolType(schoolTypeText);
        if (byType.isPresent()) {
            List<String> warnings = new ArrayList<>();
            Catalogue c = version(byType.get(), day, mentionsAmendment(circularText), warnings);
            return Optional.of(new Detection(c, Detection.Basis.SCHOOL_TYPE,
                    "Theo cấp học (" + VietText.clean(schoolTypeText) + "): " + describe(c, schoolYear), warnings));
        }
        return fromCodes(criterionCodes, day, schoolYear);
    }

    /** The circular named in a "Thông tư áp dụng" text; empty when none or several are named. */
    public Optional<Framework> frameworkFromCircularText(String text) {
        String folded = VietText.fold(text);
        Set<String> numbers = new java.util.TreeSet<>();
        for (Pattern p : List.of(BASE_BY_NAME, BASE_BY_NUMBER)) {
            Matcher m = p.matcher(folded);
            while (m.find()) {
                numbers.add(m.group(1));
            }
        }
        return numbers.size() == 1 ? Optional.of(Framework.valueOf("TT" + numbers.iterator().next())) : Optional.empty();
    }

    /** Whether the text names Thông tư 22/2024 (the amendment of TT17 and TT18). */
    public boolean mentionsAmendment(String text) {
        return AMENDMENT.matcher(VietText.fold(text)).find();
    }

    /**
     * The circular for a "Cấp học" text: Mầm non/Mẫu giáo/Nhà trẻ → TT19; any secondary or multi-level wording
     * (THCS, THPT, trung học, nhiều cấp, liên cấp, TH&THCS) → TT18; Tiểu học/TH (PTDTBT TH …) → TT17.
     */
    public Optional<Framework> frameworkFromSchoolType(String text) {
        String f = " " + VietText.fold(text) + " ";
        if (f.isBlank()) {
            return Optional.empty();
        }
        if (f.contains("mam non") || f.contains("mau giao") || f.contains("nha tre") || f.contains(" mn ")) {
            return Optional.of(Framework.TT19);
        }
        if (f.contains(" thcs ") || f.contains(" thpt ") || f.contains("trung hoc") || f.contains("nhieu cap")
                || f.contains("lien cap") || f.contains(" ptnch ")) {
            return Optional.of(Framework.TT18);
        }
        if (f.contains("tieu hoc") || f.contains(" th ")) {
            return Optional.of(Framework.TT17);
        }
        return Optional.empty();
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

    private Optional<Detection> fromCodes(Collection<String> codes, Optional<LocalDate> day, String schoolYear) {
        Set<String> present = codes == null ? Set.of() : codes.stream()
                .filter(s -> s != null && !s.isBlank()).map(String::trim).collect(Collectors.toSet());
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
            Catalogue c = version(f, day, false, new ArrayList<>());
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
                        + "): " + describe(top.catalogue(), schoolYear), warnings));
    }

    private Catalogue version(Framework framework, Optional<LocalDate> day, boolean amendment, List<String> warnings) {
        List<Catalogue> versions = repository.versions(framework);
        if (versions.isEmpty()) {
            throw new IllegalStateException("No catalogue for " + framework);
        }
        if (amendment) {
            Optional<Catalogue> amended = versions.stream().filter(c -> c.id().endsWith(AMENDMENT_TT22_2024))
                    .reduce((a, b) -> b);
            if (amended.isPresent()) {
                return amended.get();
            }
            warnings.add("Chưa có danh mục " + framework + " sửa đổi bởi Thông tư 22/2024/TT-BGDĐT; dùng danh mục gốc.");
            versions = versions.stream().filter(c -> !c.id().contains("+")).toList();
        }
        if (day.isEmpty()) {
            return versions.get(versions.size() - 1);
        }
        List<Catalogue> candidates = versions;
        return candidates.stream().filter(c -> !c.effectiveFrom().isAfter(day.get()))
                .max(Comparator.comparing(Catalogue::effectiveFrom))
                .orElseGet(() -> {
                    warnings.add("Năm học bắt đầu trước ngày hiệu lực của " + candidates.get(0).id()
                            + "; dùng phiên bản cũ nhất có trong hệ thống.");
                    return candidates.get(0);
                });
    }

    private static String describe(Catalogue c, String schoolYear) {
        String when = firstDayOfSchoolYear(schoolYear).isPresent()
                ? " (phiên bản có hiệu lực ngày đầu năm học " + schoolYear.trim() + ")"
                : " (phiên bản mới nhất)";
        return "dùng danh mục " + c.id() + ", hiệu lực từ " + c.effectiveFrom().format(DAY) + when;
    }
}
