package vn.kdcl.ingest.read;

/**
 * Size and expansion limits checked before a workbook is parsed (FILE-006).
 *
 * @param maxFileBytes          largest file accepted on disk
 * @param maxUncompressedBytes  largest total of the zip entries' uncompressed sizes (central directory)
 * @param maxEntryRatio         largest uncompressed/compressed ratio of one zip entry above {@code ratioGraceBytes}
 * @param ratioGraceBytes       entries smaller than this are not ratio-checked (tiny parts compress very well)
 * @param maxZipEntries         most entries a workbook zip may have
 * @param maxRows               most rows read from one sheet
 * @param maxSharedChars        most characters in a workbook's shared-strings table, all held in memory
 */
public record ReadLimits(long maxFileBytes, long maxUncompressedBytes, int maxEntryRatio, long ratioGraceBytes,
                         int maxZipEntries, int maxRows, long maxSharedChars) {

    /**
     * 50 MB file, 200 MB unpacked, ratio 100 above 1 MB, 2,000 entries, 200,000 rows per sheet (a
     * 50,000-task plan imports within a 256 MB heap; the row limit keeps one sheet's grid bounded),
     * 16 million characters of shared strings (32 MB in memory; a real plan has well under 1 million).
     */
    public static ReadLimits defaults() {
        return new ReadLimits(50L << 20, 200L << 20, 100, 1L << 20, 2_000, 200_000, 16_000_000);
    }
}
