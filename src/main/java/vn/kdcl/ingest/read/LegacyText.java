package vn.kdcl.ingest.read;

import java.util.List;
import java.util.Optional;

import vn.kdcl.text.LegacyEncodingDetector;
import vn.kdcl.text.LegacyVietnamese;

/**
 * Text typed with a legacy TCVN3/VNI font, converted to Unicode before the workbook is interpreted,
 * so that sheet labels are recognised and names print correctly (FILE-008 still tells the school).
 * A cheap sample decides whether a workbook has any; only then is every cell examined, and only the
 * cells that read as legacy text themselves are converted (template labels stay as they are).
 */
final class LegacyText {

    /** Legacy fonts garble a whole file, so a sample of cells is enough to decide whether to look closer. */
    private static final int SAMPLE_CELLS = 200;
    private static final int MIN_WORDS = 2;
    private static final LegacyEncodingDetector DETECTOR = new LegacyEncodingDetector();
    private static final LegacyVietnamese CONVERTER = new LegacyVietnamese();

    /** What was converted: how many cells, and the first of them before and after. */
    record Conversion(LegacyEncodingDetector.LegacyEncoding encoding, int cells, CellValue firstBefore, String firstAfter) {
    }

    private LegacyText() {
    }

    /** Converts the legacy cells of the grids in place (before merges are applied). */
    static Optional<Conversion> convert(List<SheetGrid> grids) {
        if (!sampleLooksLegacy(grids)) {
            return Optional.empty();
        }
        Conversion first = null;
        int count = 0;
        for (SheetGrid grid : grids) {
            for (int r = 0; r < grid.rowCount(); r++) {
                for (int c = 0; c < grid.width(r); c++) {
                    CellValue v = grid.get(r, c);
                    if (v == null || v.number() != null || v.date() != null || v.text().isEmpty()) {
                        continue;
                    }
                    Optional<LegacyEncodingDetector.LegacyEncoding> enc = DETECTOR.detect(v.text());
                    if (enc.isEmpty()) {
                        continue;
                    }
                    String unicode = Cells.clean(CONVERTER.toUnicode(v.text(), enc.get()));
                    grid.put(r, c, new CellValue(unicode, null, null, v.sheet(), v.ref()));
                    count++;
                    if (first == null) {
                        first = new Conversion(enc.get(), 0, v, unicode);
                    }
                }
            }
        }
        return first == null ? Optional.empty()
                : Optional.of(new Conversion(first.encoding(), count, first.firstBefore(), first.firstAfter()));
    }

    private static boolean sampleLooksLegacy(List<SheetGrid> grids) {
        int cells = 0;
        int words = 0;
        for (SheetGrid grid : grids) {
            for (int r = 0; r < grid.rowCount(); r++) {
                for (int c = 0; c < grid.width(r); c++) {
                    CellValue v = grid.get(r, c);
                    if (v == null || v.text().isEmpty() || v.number() != null) {
                        continue;
                    }
                    words += LegacyEncoding.suspiciousWords(v.text());
                    if (words >= MIN_WORDS) {
                        return true;
                    }
                    if (++cells >= SAMPLE_CELLS) {
                        return false;
                    }
                }
            }
        }
        return false;
    }
}
