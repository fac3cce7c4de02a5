package vn.kdcl.ingest.read;

import java.util.List;

/** Sheets read from a file, before interpretation; {@code pending} are formulas without a cached value. */
record LoadedWorkbook(List<SheetGrid> sheets, List<PendingFormula> pending) {

    /** A formula cell whose result the file does not store (e.g. written by a tool that never computed it). */
    record PendingFormula(SheetGrid grid, int row, int col) {
    }
}
