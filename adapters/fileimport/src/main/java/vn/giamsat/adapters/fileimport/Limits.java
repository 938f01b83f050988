package vn.giamsat.adapters.fileimport;

/**
 * The hard bounds of a file import: nothing an uploaded file says can make the reader hold more than this.
 *
 * @param maxColumns           a spreadsheet's own limit (column XFD); a row may also not be wider than its header
 * @param maxCellChars         one cell, 32 KiB as in Excel
 * @param maxRecordChars       one CSV record: a longer one is skipped (its text not kept) and reported
 * @param maxSharedStrings     entries of an XLSX shared-strings table
 * @param maxSharedStringChars characters of all shared strings together
 */
public record Limits(int maxColumns, int maxCellChars, int maxRecordChars, int maxSharedStrings,
                     long maxSharedStringChars) {
    /**
     * At most as many shared strings as a sheet has rows (1,048,576) and 32 Mi characters of them: the table held in
     * memory stays near 120 MB at worst (64 MB of text, about 56 bytes of overhead an entry), however the file asks.
     */
    public static final Limits DEFAULT = new Limits(16_384, 32 * 1024, 1 << 20, 1 << 20, 32L << 20);

    /** XLSX parts may not expand more than 100 times (POI's {@code ZipSecureFile} refuses a lower ratio). */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** Nor to more than 2 GiB each. */
    public static final long MAX_ENTRY_SIZE = 2L << 30;
    /**
     * Parts other than the worksheets and the shared strings (which are streamed) are read by POI as whole XML trees
     * (content types, relationships, workbook, styles), at several times their size on the heap: each may expand to
     * 16 MiB at most. Excel's own are a few kilobytes; styles of a heavily formatted workbook a few megabytes.
     */
    public static final long MAX_PARSED_PART_BYTES = 16L << 20;
}
