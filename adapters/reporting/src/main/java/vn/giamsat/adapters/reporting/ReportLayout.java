package vn.giamsat.adapters.reporting;

/**
 * The page rules of Decree 30/2020/NĐ-CP (Appendix I) that the renderers follow and that could not be read in the
 * decree's own text here (decision 025): kept as settings so that a reader of the official text can correct them
 * without touching the layout code.
 *
 * @param pageNumbersFrom the first page that shows its number: 2 (the first page shows none)
 * @param pageNumberAtTop true: centred in the top margin; false: centred in the bottom margin
 */
public record ReportLayout(int pageNumbersFrom, boolean pageNumberAtTop) {
    /** Numbers from the second page, centred at the top, as the decree's guides describe it. */
    public static final ReportLayout DECREE_30 = new ReportLayout(2, true);

    public ReportLayout {
        if (pageNumbersFrom < 1) {
            throw new IllegalArgumentException("pageNumbersFrom must be 1 or more: " + pageNumbersFrom);
        }
    }
}
