package vn.kdcl.check;

/**
 * One problem found in a file (CONTRACT.md "Finding codes").
 *
 * @param code     e.g. "SUM-002"
 * @param severity ERROR rejects the file
 * @param sheet    sheet name as in the workbook, or null for file-level findings
 * @param cell     A1 reference, or null
 * @param message  Vietnamese, NFC, naming the offending and the expected value
 */
public record Finding(String code, Severity severity, String sheet, String cell, String message) {

    public static Finding error(String code, String sheet, String cell, String message) {
        return new Finding(code, Severity.ERROR, sheet, cell, message);
    }

    public static Finding warning(String code, String sheet, String cell, String message) {
        return new Finding(code, Severity.WARNING, sheet, cell, message);
    }

    public static Finding info(String code, String sheet, String cell, String message) {
        return new Finding(code, Severity.INFO, sheet, cell, message);
    }
}
