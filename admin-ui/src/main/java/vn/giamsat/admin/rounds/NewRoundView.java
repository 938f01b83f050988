package vn.giamsat.admin.rounds;

import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.giamsat.admin.rounds.detail.RoundDetailView;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.MainLayout;
import vn.giamsat.application.round.port.in.RoundContextQueries;
import vn.giamsat.application.round.port.in.RoundContextQueries.UnitOption;
import vn.giamsat.application.round.port.in.EstablishRoundUseCase;
import vn.giamsat.application.round.port.in.RoundCommands.EstablishRoundCommand;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundReasons;

/**
 * A new round from the council's resolution. Each field is checked by the domain's own rule, and every
 * refusal is shown beside the field it is about, all at once.
 */
@RolesAllowed("COUNCIL_STAFF")
@Route(value = "cuoc-giam-sat/moi", layout = MainLayout.class)
public class NewRoundView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {
    private final EstablishRoundUseCase establish;
    private final H2 title = new H2();
    final ComboBox<UnitOption> council = new ComboBox<>();
    final TextField number = new TextField();
    final DatePicker adoptedOn = new DatePicker();
    final TextField issuingCouncil = new TextField();
    final TextArea subject = new TextArea();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    private final Button save = new Button();
    private final Button cancel = new Button();

    public NewRoundView(EstablishRoundUseCase establishRound, RoundContextQueries queries) {
        this.establish = establishRound; // by name: the same service is also the PrepareRoundUseCase bean
        council.setId("council");
        // Former units stay choosable: a round may be recorded for a council that no longer exists (the seed's).
        council.setItems(queries.units());
        council.setItemLabelGenerator(u -> u.displayName() + " (" + u.code() + ")"
                + (u.isFormer() ? " – " + getTranslation("unit.former.short") : ""));
        council.addValueChangeListener(e -> {
            if (e.getValue() != null && issuingCouncil.isEmpty()) {
                // official short name: "thành phố Đà Nẵng", not the category "thành phố trực thuộc trung ương …"
                String name = e.getValue().displayName()
                        .replaceFirst("(?iu)^thành phố (trực thuộc trung ương|thuộc tỉnh) ", "Thành phố ");
                issuingCouncil.setValue("Hội đồng nhân dân " + name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1));
            }
        });
        number.setId("resolution-number");
        number.setPlaceholder("21/NQ-HĐND");
        adoptedOn.setId("resolution-date");
        issuingCouncil.setId("issuing-council");
        subject.setId("subject");
        subject.setMaxLength(1000);
        from.setId("period-from");
        to.setId("period-to");
        for (DatePicker d : List.of(adoptedOn, from, to)) {
            d.setLocale(Locale.of("vi", "VN"));
        }
        for (HasValidation f : List.of(council, number, adoptedOn, issuingCouncil, subject, from, to)) {
            ((com.vaadin.flow.component.HasValue<?, ?>) f).setRequiredIndicatorVisible(true);
        }
        FormLayout form = new FormLayout(council, number, adoptedOn, issuingCouncil, subject, from, to);
        form.setColspan(subject, 2);
        save.setId("save-round");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        cancel.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(RoundsView.class)));
        add(title, form, new HorizontalLayout(save, cancel));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("new-round.title"));
        council.setLabel(getTranslation("new-round.council"));
        number.setLabel(getTranslation("new-round.number"));
        adoptedOn.setLabel(getTranslation("new-round.date"));
        issuingCouncil.setLabel(getTranslation("new-round.issuing-council"));
        subject.setLabel(getTranslation("new-round.subject"));
        from.setLabel(getTranslation("new-round.from"));
        to.setLabel(getTranslation("new-round.to"));
        save.setText(getTranslation("new-round.save"));
        cancel.setText(getTranslation("action.cancel"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("new-round.title") + " · " + getTranslation("app.title");
    }

    private void save() {
        List<HasValidation> all = List.of(council, number, adoptedOn, issuingCouncil, subject, from, to);
        all.forEach(f -> f.setInvalid(false));
        List<Runnable> errors = new ArrayList<>();
        ResolutionNumber resolutionNumber = check(number, errors, () -> ResolutionNumber.of(number.getValue()));
        check(adoptedOn, errors, () -> Require.present(adoptedOn.getValue(), "ngày ban hành nghị quyết", "resolution date"));
        check(issuingCouncil, errors, () -> Require.text(issuingCouncil.getValue(), 200, "cơ quan ban hành", "issuing council"));
        check(subject, errors, () -> Require.text(subject.getValue(), 1000, "nội dung giám sát", "subject"));
        check(council, errors, () -> Require.present(council.getValue(), "Hội đồng nhân dân giám sát", "supervising council"));
        check(from, errors, () -> Require.present(from.getValue(), "ngày bắt đầu kỳ", "period start"));
        check(to, errors, () -> Require.present(to.getValue(), "ngày kết thúc kỳ", "period end"));
        if (!errors.isEmpty()) {
            return;
        }
        Period period = check(to, errors, () -> Period.of(from.getValue(), to.getValue()));
        if (period == null) {
            return;
        }
        RoundId id;
        try {
            id = establish.establish(new EstablishRoundCommand(council.getValue().id(),
                    new Resolution(resolutionNumber, adoptedOn.getValue(), issuingCouncil.getValue()), subject.getValue(),
                    period));
        } catch (DomainRuleViolation v) {
            // A council that did not exist on the resolution's date: the error goes beside the council chosen.
            HasValidation field = RoundReasons.COUNCIL_NOT_VALID_ON_RESOLUTION.equals(v.reason().code()) ? council : number;
            id = check(field, errors, () -> { throw v; });
        }
        if (id != null) {
            RoundId established = id;
            vn.giamsat.admin.ui.Notices.success(getTranslation("new-round.saved"));
            getUI().ifPresent(ui -> ui.navigate(RoundDetailView.class, established.toString()));
        }
    }

    /** Runs one check; a refusal goes beside {@code field}. */
    private <T> T check(HasValidation field, List<Runnable> errors, java.util.function.Supplier<T> rule) {
        try {
            return rule.get();
        } catch (DomainRuleViolation v) {
            Reason reason = v.reason();
            field.setErrorMessage(Labels.of(reason));
            field.setInvalid(true);
            errors.add(() -> {});
            return null;
        }
    }
}
