package vn.kdcl.ingest.read;

import java.util.List;
import java.util.Optional;

import vn.kdcl.text.LegacyEncodingDetector;
import vn.kdcl.text.LegacyVietnamese;

/**
 * Text typed with a legacy TCVN3/VNI font, converted to Unicode before the workbook is interpreted,
 * so that sheet labels are recognised and names print correctly (FILE-008 still tells the school).
 * A cheap sample of each sheet decides whether a workbook has any; only then is every cell examined,
 * and only the cells that read as legacy text themselves are converted (template labels stay as they are).
 */
final class LegacyText {

    /** Legacy fonts garble whatever a person typed, so a sample of each sheet is enough evidence. */
    private static final int SAMPLE_CELLS_PER_SHEET = 60;
    /** ...and the start of each cell: a legacy font garbles nearly every word, and task texts run to hundreds of characters. */
    private static final int SAMPLE_CHARS_PER_CELL = 120;
    private static final int MIN_WORDS = 2;
    private static final LegacyEncodingDetector DETECTOR = new LegacyEncodingDetector();
    private static final LegacyVietnamese CONVERTER = new LegacyVietnamese();

    /**
     * What the workbook showed: the first suspicious cell, and what was converted (no encoding and no
     * cells when the text looks legacy but no cell reads as TCVN3 or VNI on its own).
     */
    record Result(CellValue firstSuspect, LegacyEncodingDetector.LegacyEncoding encoding, int cells,
                   CellValue firstBefore, String firstAfter) {

        boolean converted() {
            return cells > 0;
        }
    }

    private LegacyText() {
    }

    /** Converts the legacy cells of the grids in place (before merges are applied). */
    static Optional<Result> convert(List<SheetGrid> grids) {
        CellValue suspect = sample(grids);
        if (suspect == null) {
            return Optional.empty();
        }
        LegacyEncodingDetector.LegacyEncoding encoding = null;
        CellValue firstBefore = null;
        String firstAfter = null;
        int count = 0;
        for (SheetGrid grid : grids) {
            for (int r = 0; r < grid.rowCount(); r++) {
                for (int c = 0; c < grid.width(r); c++) {
                    CellValue v = grid.get(r, c);
                    if (!isText(v)) {
                        continue;
                    }
                    Optional<LegacyEncodingDetector.LegacyEncoding> enc = DETECTOR.detect(v.text());
                    if (enc.isEmpty()) {
                        continue;
                    }
                    String unicode = Cells.clean(CONVERTER.toUnicode(v.text(), enc.get()));
                    grid.put(r, c, new CellValue(unicode, null, null, v.sheet(), v.ref()));
                    if (count++ == 0) {
                        encoding = enc.get();
                        firstBefore = v;
                        firstAfter = unicode;
                    }
                }
            }
        }
        return Optional.of(new Result(suspect, encoding, count, firstBefore, firstAfter));
    }

    /** The first cell with legacy-looking words, when the sampled cells hold at least two such words. */
    private static CellValue sample(List<SheetGrid> grids) {
        int words = 0;
        CellValue first = null;
        for (SheetGrid grid : grids) {
            int cells = 0;
            for (int r = 0; r < grid.rowCount() && cells < SAMPLE_CELLS_PER_SHEET; r++) {
                for (int c = 0; c < grid.width(r) && cells < SAMPLE_CELLS_PER_SHEET; c++) {
                    CellValue v = grid.get(r, c);
                    if (!isText(v)) {
                        continue;
                    }
                    cells++;
                    int n = LegacyEncoding.suspiciousWords(v.text(), SAMPLE_CHARS_PER_CELL);
                    if (n > 0) {
                        first = first == null ? v : first;
                        words += n;
                        if (words >= MIN_WORDS) {
                            return first;
                        }
                    }
                }
            }
        }
        return null;
    }

    private static boolean isText(CellValue v) {
        return v != null && v.number() == null && v.date() == null && !v.text().isEmpty();
    }
}
