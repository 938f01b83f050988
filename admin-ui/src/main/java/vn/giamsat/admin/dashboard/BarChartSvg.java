package vn.giamsat.admin.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart of percentages as plain SVG, drawn on the server (no chart library, no frontend
 * bundle). A bar with no value is drawn as its note ("chưa đủ số liệu"), never as 0 %.
 *
 * <p>The label area is as wide as the longest label needs (issue 18: a label of unit, period and round was cut
 * at the chart's left edge). The server cannot measure text, so widths are estimated generously (wider than
 * Arial, Liberation Sans or DejaVu Sans draw them); a label longer than {@link #MAX_LABEL_WIDTH} is shortened
 * with "…" and keeps its full text in a {@code <title>} (shown on hover, read by screen readers).
 */
final class BarChartSvg {
    static final int MIN_LABEL_WIDTH = 120;
    static final int MAX_LABEL_WIDTH = 460;
    private static final int BAR_WIDTH = 300;
    private static final int ROW = 26;
    private static final int GAP = 8;
    private static final String ELLIPSIS = "…";

    /** @param percent {@code null} when the rate cannot be computed; {@code text} is what the bar's end says */
    record Bar(String label, BigDecimal percent, String text) {}

    private BarChartSvg() {}

    static String draw(String title, List<Bar> bars) {
        int longestLabel = bars.stream().mapToInt(b -> (int) Math.ceil(textWidth(b.label()))).max().orElse(0);
        int labelWidth = Math.clamp(longestLabel + 2 * GAP, MIN_LABEL_WIDTH, MAX_LABEL_WIDTH);
        int longestText = bars.stream().mapToInt(b -> (int) Math.ceil(textWidth(b.text()))).max().orElse(0);
        int height = ROW * bars.size() + 30;
        int width = labelWidth + BAR_WIDTH + Math.max(40, longestText + 2 * GAP);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"").append(esc(title)).append("\">")
                .append("<title>").append(esc(title)).append("</title>")
                .append("<style>text{font:13px sans-serif;fill:#1a1a1a}.muted{fill:#6b6b6b;font-style:italic}</style>");
        for (int pct = 0; pct <= 100; pct += 25) {
            int x = labelWidth + BAR_WIDTH * pct / 100;
            svg.append("<line x1=\"").append(x).append("\" y1=\"0\" x2=\"").append(x).append("\" y2=\"")
                    .append(height - 20).append("\" stroke=\"#d0d0d0\"/>")
                    .append("<text x=\"").append(x).append("\" y=\"").append(height - 5)
                    .append("\" text-anchor=\"middle\">").append(pct).append("%</text>");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW;
            String shown = fit(bar.label(), labelWidth - 2 * GAP);
            svg.append("<text x=\"").append(labelWidth - GAP).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"end\">");
            if (!shown.equals(bar.label())) {
                svg.append("<title>").append(esc(bar.label())).append("</title>");
            }
            svg.append(esc(shown)).append("</text>");
            if (bar.percent() == null) {
                svg.append("<text class=\"muted\" x=\"").append(labelWidth + 4).append("\" y=\"").append(y + 17).append("\">")
                        .append(esc(bar.text())).append("</text>");
            } else {
                double w = BAR_WIDTH * Math.min(100, Math.max(0, bar.percent().doubleValue())) / 100;
                svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 4).append("\" width=\"")
                        .append(String.format(Locale.ROOT, "%.1f", w)).append("\" height=\"").append(ROW - 8)
                        .append("\" fill=\"#1676f3\"/>")
                        .append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", labelWidth + w + 6))
                        .append("\" y=\"").append(y + 17).append("\">").append(esc(bar.text())).append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** The label itself when it fits {@code room}, otherwise its longest start that fits with "…" after it. */
    static String fit(String label, double room) {
        if (textWidth(label) <= room) {
            return label;
        }
        int end = label.length();
        while (end > 0 && textWidth(label.substring(0, end).stripTrailing() + ELLIPSIS) > room) {
            end = label.offsetByCodePoints(end, -1);
        }
        return label.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /**
     * An upper estimate of the width of {@code s} in 13 px sans-serif: 0.64 em for capitals, digits and other
     * letters, 0.95 em for the widest (M, W, m, w), 0.35 em for spaces and narrow punctuation. DejaVu Sans, the
     * widest common fallback, draws 0.55–0.64 em for most letters and 0.64 em for digits.
     */
    static double textWidth(String s) {
        double em = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // a combining accent (Vietnamese in NFD) takes no room of its own
            }
            em += switch (c) {
                case 'M', 'W', 'm', 'w', '—', '…' -> 0.95;
                case ' ', '.', ',', ':', ';', '·', '\'', '|', 'i', 'l', 'j', 'I', '!' -> 0.35;
                default -> 0.64;
            };
        }
        return em * 13;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
