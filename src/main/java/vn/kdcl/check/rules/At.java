package vn.kdcl.check.rules;

import vn.kdcl.check.Finding;
import vn.kdcl.check.Severity;
import vn.kdcl.ingest.read.CellValue;

/** Builds a finding located at a cell (or only at a sheet when the cell is unknown). */
final class At {

    private At() {
    }

    static Finding cell(String code, Severity severity, CellValue cell, String fallbackSheet, String message) {
        return new Finding(code, severity, cell != null ? cell.sheet() : fallbackSheet, cell != null ? cell.ref() : null,
                message);
    }

    static Finding warning(String code, CellValue cell, String fallbackSheet, String message) {
        return cell(code, Severity.WARNING, cell, fallbackSheet, message);
    }

    static String text(CellValue c) {
        return c == null ? "" : c.text();
    }

    static boolean blank(CellValue c) {
        return c == null || c.isBlank();
    }
}
