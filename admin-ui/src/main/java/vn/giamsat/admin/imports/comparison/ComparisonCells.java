package vn.giamsat.admin.imports.comparison;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.application.dossier.port.in.ComparedFigure;
import vn.giamsat.application.dossier.port.in.FiguresComparison;
import vn.giamsat.application.figures.model.FiguresText;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.Rate;

/**
 * The comparison table's cells. A differing figure is marked with "≠", the difference and an icon, not by colour
 * alone; a figure the unit did not report reads "chưa báo cáo"; a unit without imported dossiers reads "không có hồ
 * sơ" on its computed side, never 0. Each cell is read the same way by eye and by screen reader.
 */
final class ComparisonCells {
    /** The page's translations ({@code Component::getTranslation}). */
    @FunctionalInterface
    interface Words {
        String get(String key, Object... args);
    }

    private final Words words;

    ComparisonCells(Words words) {
        this.words = words;
    }

    private String t(String key, Object... args) {
        return words.get(key, args);
    }

    Component difference(ComparisonRow r) {
        FiguresComparison c = r.comparison();
        Div cell = new Div();
        cell.addClassName("cmp-summary");
        if (!r.hasImportedDossiers()) {
            cell.add(VaadinIcon.WARNING.create(), new Span(t("comparison.no-dossiers")));
            cell.addClassNames("cmp-diff", "cmp-no-dossiers");
        } else if (!r.hasSelfReport()) {
            cell.add(new Span(t("comparison.no-report")));
            cell.addClassName("cmp-missing");
        } else if (c.differenceCount() == 0) {
            cell.add(VaadinIcon.CHECK.create(), new Span(t("comparison.agrees")));
        } else {
            cell.add(VaadinIcon.WARNING.create(), new Span(t("comparison.differences", c.differenceCount())));
            cell.addClassName("cmp-diff");
            List<String> which = new ArrayList<>(c.differences().stream()
                    .map(d -> Labels.of(d.figureVietnamese(), d.figureEnglish())).toList());
            if (c.rateDiffers()) {
                which.add(t("comparison.column.rate"));
            }
            cell.getElement().setAttribute("title", String.join(", ", which));
        }
        return cell;
    }

    /** Computed number, then the reported one; a difference adds "≠", the delta and an icon, and says so in words. */
    Component figure(ComparisonRow r, ComparedFigure f) {
        FiguresComparison c = r.comparison();
        NumberFormat n = NumberFormat.getIntegerInstance(Labels.locale());
        String figure = Labels.of(f.vietnamese(), f.english());
        Count reported = c.reported(f);
        if (!r.hasImportedDossiers()) {
            return noDossiers(figure, reported instanceof Count.Reported(long v) ? Optional.of(n.format(v))
                    : Optional.empty());
        }
        String computed = c.computed(f).orElseThrow() instanceof Count.Reported(long v) ? n.format(v)
                : t("comparison.not-reported");
        Optional<FiguresComparison.Difference> difference = c.difference(f);
        if (difference.isPresent()) {
            String delta = ComparisonCsv.signed(difference.get().delta()).replace("-", "−");
            String reportedText = n.format(difference.get().reported());
            return cell("cmp-diff", computed, "≠ " + reportedText, delta,
                    t("comparison.cell.differs", figure, computed, reportedText, delta));
        }
        if (reported instanceof Count.Reported(long v)) {
            return cell("cmp-same", computed, "= " + n.format(v), null, t("comparison.cell.same", figure, computed));
        }
        return cell("cmp-missing", computed, t("comparison.not-reported"), null,
                t("comparison.cell.not-reported", figure, computed));
    }

    /** The computed side of a unit without imported dossiers: "không có hồ sơ", never 0. */
    private Component noDossiers(String figure, Optional<String> reported) {
        return cell("cmp-no-dossiers", t("comparison.no-dossiers.short"),
                reported.orElse(t("comparison.not-reported")), null,
                reported.map(v -> t("comparison.cell.no-dossiers", figure, v))
                        .orElse(t("comparison.cell.no-dossiers.not-reported", figure)));
    }

    Component rate(ComparisonRow r) {
        FiguresComparison c = r.comparison();
        Optional<String> reported = c.reportedRate().map(this::rateText);
        if (!r.hasImportedDossiers()) {
            return noDossiers(t("comparison.column.rate"),
                    c.reportedRate().flatMap(Rate::percentage).map(FiguresText::percent));
        }
        String computed = rateText(c.computedRate().orElseThrow());
        if (c.rateDiffers()) {
            return cell("cmp-diff", computed, "≠ " + reported.orElseThrow(), null,
                    t("comparison.cell.differs.rate", computed, reported.orElseThrow()));
        }
        if (reported.isPresent() && c.reportedRate().orElseThrow().percentage().isPresent()) {
            return cell("cmp-same", computed, "= " + reported.get(), null,
                    t("comparison.cell.same", t("comparison.column.rate"), computed));
        }
        return cell("cmp-missing", computed, t("comparison.not-reported"), null,
                t("comparison.cell.not-reported", t("comparison.column.rate"), computed));
    }

    private String rateText(Rate rate) {
        return rate.percentage().map(FiguresText::percent).orElse(t("comparison.rate.none"));
    }

    /**
     * A cell read the same way by eye and by screen reader: the visible lines are hidden from assistive technology,
     * which reads one sentence instead ("Tổng tiếp nhận: tính từ hồ sơ 12, đơn vị báo cáo 10, chênh lệch +2").
     */
    private static Component cell(String kind, String computed, String reported, String delta, String sentence) {
        Div cell = new Div();
        cell.addClassNames("cmp-cell", kind);
        cell.getElement().setAttribute("title", sentence);
        Span seen = new Span();
        seen.getElement().setAttribute("aria-hidden", "true");
        Span top = new Span(computed);
        top.addClassName("cmp-computed");
        Span bottom = new Span(reported);
        bottom.addClassName("cmp-reported");
        seen.add(top, bottom);
        if (delta != null) {
            Span d = new Span(VaadinIcon.WARNING.create(), new Span("Δ " + delta));
            d.addClassName("cmp-delta");
            seen.add(d);
        }
        Span spoken = new Span(sentence);
        spoken.addClassName("sr-only");
        cell.add(seen, spoken);
        return cell;
    }

    /** Opens the split by procedure; nothing for a unit without imported dossiers (nothing to split). */
    Component detail(ComparisonRow r, Consumer<ComparisonRow> open) {
        if (!r.hasImportedDossiers()) {
            return new Span();
        }
        Button button = new Button(t("comparison.detail"), e -> open.accept(r));
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setAriaLabel(t("comparison.detail.label", r.label()));
        button.addClassName("comparison-detail");
        return button;
    }
}
