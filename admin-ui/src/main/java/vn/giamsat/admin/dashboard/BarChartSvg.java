package vn.giamsat.admin.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart of percentages as plain SVG, drawn on the server (no chart library, no frontend
 * bundle). A bar with no value is drawn as its note ("chưa đủ số liệu"), never as 0 %.
 */
final class BarChartSvg {
    private static final int LABEL_WIDTH = 260;
    private static final int BAR_WIDTH = 300;
    private static final int ROW = 26;

    /** @param percent {@code null} when the rate cannot be computed; {@code text} is what the bar's end says */
    record Bar(String label, BigDecimal percent, String text) {}

    private BarChartSvg() {}

    static String draw(String title, List<Bar> bars) {
        int height = ROW * bars.size() + 30;
        int width = LABEL_WIDTH + BAR_WIDTH + 150;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"").append(esc(title)).append("\">")
                .append("<title>").append(esc(title)).append("</title>")
                .append("<style>text{font:13px sans-serif;fill:#1a1a1a}.muted{fill:#6b6b6b;font-style:italic}</style>");
        for (int pct = 0; pct <= 100; pct += 25) {
            int x = LABEL_WIDTH + BAR_WIDTH * pct / 100;
            svg.append("<line x1=\"").append(x).append("\" y1=\"0\" x2=\"").append(x).append("\" y2=\"")
                    .append(height - 20).append("\" stroke=\"#d0d0d0\"/>")
                    .append("<text x=\"").append(x).append("\" y=\"").append(height - 5)
                    .append("\" text-anchor=\"middle\">").append(pct).append("%</text>");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW;
            svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"end\">").append(esc(bar.label())).append("</text>");
            if (bar.percent() == null) {
                svg.append("<text class=\"muted\" x=\"").append(LABEL_WIDTH + 4).append("\" y=\"").append(y + 17).append("\">")
                        .append(esc(bar.text())).append("</text>");
            } else {
                double w = BAR_WIDTH * Math.min(100, Math.max(0, bar.percent().doubleValue())) / 100;
                svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 4).append("\" width=\"")
                        .append(String.format(Locale.ROOT, "%.1f", w)).append("\" height=\"").append(ROW - 8)
                        .append("\" fill=\"#1676f3\"/>")
                        .append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", LABEL_WIDTH + w + 6))
                        .append("\" y=\"").append(y + 17).append("\">").append(esc(bar.text())).append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
