package vn.giamsat.admin.rounds.detail;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.application.round.model.ProgressEntry;
import vn.giamsat.application.round.port.in.FollowUpProgressUseCase.AcceptProgressCommand;
import vn.giamsat.application.round.port.in.FollowUpProgressUseCase.ReportProgressCommand;
import vn.giamsat.application.round.port.in.FollowUpProgressUseCase.ReturnProgressCommand;
import vn.giamsat.application.round.port.in.FollowUpProgressUseCase;
import vn.giamsat.application.security.AccessDeniedException;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.round.Recommendation;
import vn.giamsat.domain.round.RoundStatus;

/**
 * The follow-up record of the recommendation selected above (decision 049): the unit's officer reports progress
 * (status, text, a link to the evidence; files go to the recommendation's evidence); the council office accepts a
 * report, after a confirmation, which makes it the recommendation's status and shows it on the portal, or returns
 * it with a reason. Who may do what is the use case's: a refusal is shown and nothing is recorded.
 */
final class ProgressReportsPart extends Section {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private final Grid<ProgressEntry> entries = grid(ProgressEntry.class);
    private final Paragraph hint = new Paragraph();
    private Recommendation selected;

    ProgressReportsPart(RoundContext ctx, Grid<Recommendation> recommendations) {
        super(ctx);
        entries.setId("progress-grid");
        entries.addColumn(e -> TIME.format(e.recordedAt())).setHeader(getTranslation("progress.at"))
                .setWidth("9rem").setFlexGrow(0);
        entries.addColumn(e -> getTranslation("progress.kind." + e.kind().name())).setHeader(getTranslation("progress.kind"))
                .setWidth("8rem").setFlexGrow(0);
        entries.addColumn(e -> Labels.of(e.status().vietnamese(), e.status().english()))
                .setHeader(getTranslation("progress.status")).setWidth("9rem").setFlexGrow(0);
        entries.addColumn(e -> e.text().orElse("–")).setHeader(getTranslation("progress.text")).setFlexGrow(1);
        entries.addComponentColumn(e -> e.evidenceLink().<Component>map(l -> {
            Anchor a = new Anchor(l, getTranslation("progress.link.open"));
            a.setTarget("_blank");
            a.getElement().setAttribute("rel", "noopener noreferrer");
            return a;
        }).orElseGet(() -> new Span("–"))).setHeader(getTranslation("progress.link")).setWidth("7rem").setFlexGrow(0);
        entries.addColumn(e -> dash(e.recordedBy().displayName())).setHeader(getTranslation("progress.by"))
                .setWidth("9rem").setFlexGrow(0);
        entries.addComponentColumn(this::answerButtons).setHeader(getTranslation("progress.answer"))
                .setWidth("13rem").setFlexGrow(0);
        entries.setEmptyStateText(getTranslation("progress.empty"));
        hint.setId("progress-hint");

        RoundStatus status = ctx.round().status();
        boolean followedUp = status == RoundStatus.REPORTED || status == RoundStatus.PUBLISHED;
        add(heading("progress.title"), new Paragraph(getTranslation("progress.intro")), hint, entries);
        if (followedUp && hasRole("UNIT_OFFICER")) {
            add(reportForm());
        }
        recommendations.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        show(null);
    }

    private void show(Recommendation r) {
        selected = r;
        if (r == null) {
            entries.setItems(List.of());
            hint.setText(getTranslation("progress.select"));
            return;
        }
        try {
            entries.setItems(ctx.services().followUp().entries(ctx.round().id(), r.id()));
            hint.setText(getTranslation("progress.of", r.addressee()));
        } catch (AccessDeniedException denied) { // a commune officer, on a recommendation to another unit
            entries.setItems(List.of());
            hint.setText(getTranslation("progress.not-yours"));
        }
    }

    private Component answerButtons(ProgressEntry e) {
        if (e.kind() != ProgressEntry.Kind.REPORTED || hasRole("UNIT_OFFICER")) {
            return new Span();
        }
        Set<UUID> answered = entries.getListDataView().getItems().map(ProgressEntry::report).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        if (answered.contains(e.id())) {
            return new Span();
        }
        int index = entries.getListDataView().getItems().toList().indexOf(e);
        Button accept = new Button(getTranslation("progress.accept"), c -> confirmAccept(e));
        accept.setId("progress-accept-" + index);
        accept.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        Button giveBack = new Button(getTranslation("progress.return"), c -> askReason(e));
        giveBack.setId("progress-return-" + index);
        giveBack.addThemeVariants(ButtonVariant.SMALL);
        return new HorizontalLayout(accept, giveBack);
    }

    private void confirmAccept(ProgressEntry e) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("progress-accept-confirm");
        confirm.setHeader(getTranslation("progress.accept.title"));
        confirm.setText(getTranslation("progress.accept.text", Labels.of(e.status().vietnamese(), e.status().english())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("progress.accept"));
        confirm.addConfirmListener(c -> submit((HasValidation) null, () -> ctx.services().followUp()
                .accept(new AcceptProgressCommand(ctx.round().id(), e.id())), "progress.accepted"));
        confirm.open();
    }

    private void askReason(ProgressEntry e) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("progress.return.title"));
        TextArea reason = new TextArea(getTranslation("progress.return.reason"));
        reason.setId("progress-return-reason");
        reason.setWidthFull();
        reason.setMaxLength(4000);
        Button send = new Button(getTranslation("progress.return"), c -> {
            if (submit(r -> reason, () -> ctx.services().followUp().returnReport(new ReturnProgressCommand(
                    ctx.round().id(), e.id(), reason.getValue())), "progress.returned")) {
                dialog.close();
            }
        });
        send.setId("progress-return-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), c -> dialog.close());
        dialog.add(reason);
        dialog.getFooter().add(cancel, send);
        dialog.open();
    }

    private FormLayout reportForm() {
        Select<FollowUpStatus> status = new Select<>();
        status.setId("progress-status");
        status.setLabel(getTranslation("progress.status"));
        status.setItemLabelGenerator(s -> Labels.of(s.vietnamese(), s.english()));
        status.setItems(FollowUpStatus.values());
        TextArea text = new TextArea(getTranslation("progress.text"));
        text.setId("progress-text");
        text.setMaxLength(4000);
        TextField link = new TextField(getTranslation("progress.link"));
        link.setId("progress-link");
        link.setHelperText(getTranslation("progress.link.help"));
        Button send = new Button(getTranslation("progress.send"), e -> submit(
                reason -> reason.code().equals(FollowUpProgressUseCase.EVIDENCE_LINK) ? link
                        : reason.code().equals(FollowUpProgressUseCase.TEXT_TOO_LONG) ? text
                        : reason.code().equals("access.denied") ? null : status, // who may: not about a field
                () -> {
                    if (selected == null || status.getValue() == null) {
                        throw new DomainRuleViolation(Reason.of("progress.required",
                                "Hãy chọn một kiến nghị trong bảng và tình trạng đã đạt được.",
                                "Select a recommendation in the table and the status reached."));
                    }
                    ctx.services().followUp().report(new ReportProgressCommand(ctx.round().id(), selected.id(),
                            status.getValue(), text.getValue(), Optional.empty(), link.getValue()));
                }, "progress.sent"));
        send.setId("progress-send");
        FormLayout form = new FormLayout(status, link, text, send);
        form.setColspan(text, 2);
        return form;
    }

    private static boolean hasRole(String role) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }
}
