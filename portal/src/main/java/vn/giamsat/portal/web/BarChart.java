package vn.giamsat.portal.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * A horizontal bar chart drawn as inline SVG by the template: no script, readable without CSS. The same
 * numbers are always in a table next to it; the chart itself is one image with a text alternative.
 *
 * @param bars one per row; a bar without a percent is drawn as a gap with its reason as the label
 */
public record BarChart(String title, String description, List<Bar> bars) {
    static final int LABEL_WIDTH = 230;
    static final int BAR_SPACE = 300;
    static final int ROW_HEIGHT = 34;

    public BarChart {
        bars = List.copyOf(bars);
    }

    public int height() {
        return bars.size() * ROW_HEIGHT + 8;
    }

    public int width() {
        return LABEL_WIDTH + BAR_SPACE + 190;
    }

    /**
     * @param percent {@code null} when there is no rate to draw ("not reported" is never a bar of length 0)
     * @param reported true for a rate the unit reported without counts (drawn hatched, not solid)
     */
    public record Bar(String label, BigDecimal percent, String valueText, boolean reported, boolean flagged) {
        public int length() {
            return percent == null ? 0 : percent.multiply(BigDecimal.valueOf(BAR_SPACE))
                    .divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP).intValue();
        }
    }
}
