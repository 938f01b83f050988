package vn.giamsat.admin.catalogue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import vn.giamsat.admin.ui.GridPages;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.application.unit.port.in.UnitCatalogQueries;
import vn.giamsat.application.unit.model.UnitListing;
import vn.giamsat.application.unit.model.UnitSearch;
import vn.giamsat.application.unit.model.UnitSort;
import vn.giamsat.application.unit.model.UnitState;
import vn.giamsat.domain.unit.UnitKind;

/**
 * What the unit catalogue's four dialogs share: the pickers of current units, the date and kind fields, the dialog
 * frame with Cancel and the primary button, the confirmation of an act that ends units, and what to do once the
 * catalogue changed (the list reads it again).
 */
final class UnitFormParts {
    private final UnitCatalogQueries units;
    private final Runnable changed;

    UnitFormParts(UnitCatalogQueries units, Runnable changed) {
        this.units = units;
        this.changed = changed;
    }

    static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    /** Tells the list that the catalogue changed. */
    void changed() {
        changed.run();
    }

    /** Current units, looked up as the user types (the catalogue can hold thousands). */
    ComboBox<UnitListing> unitPicker(String id, String labelKey) {
        ComboBox<UnitListing> box = new ComboBox<>(t(labelKey));
        box.setId(id);
        box.setItems(q -> units.find(current(q.getFilter().orElse("")), GridPages.of(q, UnitSort.class)).stream(),
                q -> GridPages.count(units.count(current(q.getFilter().orElse("")))));
        box.setItemLabelGenerator(UnitsView::label);
        box.setRequiredIndicatorVisible(true);
        box.setWidthFull();
        return box;
    }

    /** Several current units, looked up as the user types. */
    MultiSelectComboBox<UnitListing> unitsPicker(String id, String labelKey) {
        MultiSelectComboBox<UnitListing> box = new MultiSelectComboBox<>(t(labelKey));
        box.setId(id);
        box.setItems(q -> units.find(current(q.getFilter().orElse("")), GridPages.of(q, UnitSort.class)).stream(),
                q -> GridPages.count(units.count(current(q.getFilter().orElse("")))));
        box.setItemLabelGenerator(UnitsView::label);
        box.setRequiredIndicatorVisible(true);
        box.setWidthFull();
        return box;
    }

    private static UnitSearch current(String text) {
        return new UnitSearch(text, null, UnitState.CURRENT, null);
    }

    static boolean isCurrent(UnitListing unit) {
        return unit != null && unit.state() == UnitState.CURRENT;
    }

    static DatePicker datePicker(String id, String labelKey) {
        DatePicker d = new DatePicker(t(labelKey));
        d.setId(id);
        d.setLocale(Locale.of("vi", "VN"));
        d.setRequiredIndicatorVisible(true);
        return d;
    }

    static Select<UnitKind> kindSelect(String id) {
        Select<UnitKind> kind = new Select<>();
        kind.setLabel(t("units.column.kind"));
        kind.setId(id);
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(k -> Labels.of(k.vietnamese(), k.english()));
        kind.setRequiredIndicatorVisible(true);
        return kind;
    }

    static Dialog dialog(String titleKey, Component form, Button primary) {
        Dialog d = new Dialog(t(titleKey));
        d.setCloseOnEsc(true);
        d.setWidth("min(95vw, 40rem)");
        d.add(form);
        Button cancel = new Button(t("action.cancel"), e -> d.close());
        primary.addThemeVariants(ButtonVariant.PRIMARY);
        d.getFooter().add(cancel, primary);
        return d;
    }

    static ConfirmDialog confirm(String headerKey, String text, String confirmKey, Runnable action) {
        ConfirmDialog c = new ConfirmDialog();
        c.setHeader(t(headerKey));
        c.setText(text);
        c.setCancelable(true);
        c.setCancelText(t("action.cancel"));
        c.setConfirmText(t(confirmKey));
        c.setConfirmButtonTheme("error primary");
        c.setCloseOnEsc(true);
        c.addConfirmListener(e -> action.run());
        return c;
    }
}
