package vn.kdcl.catalogue;

import java.util.List;

/**
 * Which catalogue version a workbook is assessed with, and why.
 *
 * @param catalogue   the version chosen
 * @param basis       what decided the circular
 * @param explanation Vietnamese, for findings and reports
 * @param warnings    Vietnamese notes on doubtful choices (ambiguous codes, missing amended version …)
 * @param outOfForce  Vietnamese warning when the catalogue is not the one in force for the school year (a 2026-2027
 *                    plan on a 2018 form, or the mirror), else null
 */
public record Detection(Catalogue catalogue, Basis basis, String explanation, List<String> warnings,
                        String outOfForce) {

    public Detection {
        warnings = List.copyOf(warnings);
    }

    public Detection(Catalogue catalogue, Basis basis, String explanation, List<String> warnings) {
        this(catalogue, basis, explanation, warnings, null);
    }

    public enum Basis {
        /** The workbook's "Thông tư áp dụng". */
        CIRCULAR_TEXT,
        /** The workbook's "Cấp học". */
        SCHOOL_TYPE,
        /** The best fit of the criterion codes present. */
        CRITERION_CODES
    }
}
