package vn.giamsat.admin.rounds.detail;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Function;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.Notices;
import vn.giamsat.domain.common.DomainRuleViolation;

/** Shared behaviour of the round page's tabs: small grids, forms that show a refusal beside their field. */
abstract class Section extends VerticalLayout {
    protected final RoundContext ctx;

    Section(RoundContext ctx) {
        this.ctx = ctx;
        setPadding(false);
        setWidthFull();
    }

    protected H3 heading(String key) {
        return new H3(getTranslation(key));
    }

    protected static <T> Grid<T> grid(Class<T> type) {
        Grid<T> grid = new Grid<>(type, false);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.setPageSize(50);
        return grid;
    }

    /**
     * Runs a form's action: the command validates itself, the use case may refuse; a refusal is shown on
     * {@code field} (the field it is about) or, with no field, as a notification. On success the page reloads.
     */
    protected boolean submit(HasValidation field, Runnable action, String doneKey) {
        return submit(reason -> field, action, doneKey);
    }

    /** @param field which field a refusal is about, from its reason's code; {@code null} for none */
    protected boolean submit(Function<Reason, HasValidation> field, Runnable action, String doneKey) {
        try {
            action.run();
        } catch (DomainRuleViolation v) {
            HasValidation target = field.apply(v.reason());
            if (target != null) {
                target.setErrorMessage(Labels.of(v.reason()));
                target.setInvalid(true);
            } else {
                Notices.refused(Labels.of(v.reason()));
            }
            return false;
        }
        Notices.success(getTranslation(doneKey));
        ctx.reload().run();
        return true;
    }

    protected static String dash(Object value) {
        return value == null ? "–" : value.toString();
    }
}
