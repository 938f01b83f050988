package vn.giamsat.admin.rounds.detail;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.Notices;
import vn.giamsat.application.figures.port.in.FiguresCorrectionUseCase.ProposeCorrectionCommand;
import vn.giamsat.application.figures.port.in.FiguresCorrectionUseCase.ReviewCorrectionCommand;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.figures.CorrectionStatus;
import vn.giamsat.domain.figures.FiguresCorrection;
import vn.giamsat.domain.figures.HandlingFigures;

/**
 * Corrections of frozen figures on the round's figures tab (issue 14.3): a "propose a correction" button per row, the
 * form with the figures as they stand and a required reason, and the list of corrections with approve and reject,
 * each asking for confirmation. Who may do what is the use case's answer; a refusal is shown as its reason.
 */
final class FiguresCorrections extends Section {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    FiguresCorrections(RoundContext ctx) {
        super(ctx);
        List<FiguresCorrection> all = ctx.services().corrections().corrections(ctx.round().id()).reversed();
        Grid<FiguresCorrection> grid = grid(FiguresCorrection.class);
        grid.setId("corrections-grid");
        grid.addColumn(c -> ctx.unitName(c.before().unit()) + " · " + c.before().period().toVietnamese()
                + (c.before().channel() == null ? "" : " · " + Labels.of(c.before().channel().vietnamese(),
                        c.before().channel().english())))
                .setHeader(getTranslation("figures.corrections.figures"));
        grid.addColumn(FiguresCorrections::changes).setHeader(getTranslation("figures.corrections.changes")).setFlexGrow(2);
        grid.addColumn(FiguresCorrection::reason).setHeader(getTranslation("figures.corrections.reason")).setFlexGrow(2);
        grid.addColumn(c -> Labels.of(c.status().vietnamese(), c.status().english()))
                .setHeader(getTranslation("figures.corrections.status"));
        grid.addColumn(c -> c.proposedBy().name() + " · " + WHEN.format(c.proposedAt())
                + (c.reviewedBy() == null ? "" : "; " + c.reviewedBy().name() + " · " + WHEN.format(c.reviewedAt())))
                .setHeader(getTranslation("figures.corrections.who"));
        grid.addComponentColumn(c -> review(c, true)).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(c -> review(c, false)).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(all);
        grid.setEmptyStateText(getTranslation("figures.corrections.empty"));
        add(heading("figures.corrections.title"), grid);
    }

    static String changes(FiguresCorrection c) {
        boolean vi = "vi".equals(Labels.locale().getLanguage());
        return c.changes().stream().map(ch -> ch.text(vi)).collect(Collectors.joining("; "));
    }

    /** The row's "propose a correction" button in the figures grid. */
    Button proposeButton(HandlingFigures f) {
        Button b = new Button(getTranslation("figures.correct"), e -> openProposal(f));
        b.addThemeVariants(ButtonVariant.SMALL);
        return b;
    }

    private void openProposal(HandlingFigures before) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("figures.correct.title"));
        dialog.setWidth("min(95vw, 64rem)");
        FiguresForm form = new FiguresForm(ctx.scope(), ctx.round().period());
        form.fill(before);
        TextArea reason = new TextArea(getTranslation("figures.correct.reason"));
        reason.setId("correction-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(2000);
        reason.setWidthFull();
        dialog.add(form, reason);
        Button save = new Button(getTranslation("action.save"), e -> form.read().ifPresent(entered -> {
            try {
                ctx.services().corrections().propose(new ProposeCorrectionCommand(ctx.round().id(),
                        sameFigures(before, entered), reason.getValue()));
            } catch (DomainRuleViolation v) {
                if (v.reason().code().contains("reason-for-the-correction") || reason.getValue().isBlank()) {
                    reason.setErrorMessage(Labels.of(v.reason()));
                    reason.setInvalid(true);
                } else {
                    form.showRefusal(v.reason());
                }
                return;
            }
            dialog.close();
            Notices.success(getTranslation("figures.correct.proposed"));
            ctx.reload().run();
        }));
        save.setId("correction-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /**
     * The values entered, as the same figures: the form knows nothing of a procedure, a source or where the figures
     * were read, so those stay as they are (as does a reported rate the form does not show).
     */
    private static HandlingFigures sameFigures(HandlingFigures before, HandlingFigures entered) {
        return new HandlingFigures(before.unit(), before.period(), before.procedure(), before.channel(), before.source(),
                entered.received(), entered.carriedOver(), entered.receivedOnline(), entered.receivedPostal(),
                entered.resolved(), entered.early(), entered.onTime(), entered.withinDeadline(), entered.late(),
                entered.inProgressWithinDeadline(), entered.inProgressOverdue(), entered.withdrawn(),
                entered.reportedOnTimeRate() != null ? entered.reportedOnTimeRate() : before.reportedOnTimeRate(),
                entered.statement(), before.sourceNote());
    }

    private Component review(FiguresCorrection c, boolean approve) {
        if (c.status() != CorrectionStatus.PENDING) {
            return new Span();
        }
        Button b = new Button(getTranslation(approve ? "figures.corrections.approve" : "figures.corrections.reject"));
        b.addThemeVariants(ButtonVariant.SMALL, approve ? ButtonVariant.PRIMARY : ButtonVariant.ERROR);
        b.addClickListener(e -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation(approve ? "figures.corrections.approve.title" : "figures.corrections.reject.title"));
            dialog.setText(approve ? getTranslation("figures.corrections.approve.text", changes(c), c.reason())
                    : getTranslation("figures.corrections.reject.text"));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("action.cancel"));
            dialog.setConfirmText(getTranslation("action.confirm"));
            dialog.addConfirmListener(x -> {
                ReviewCorrectionCommand command = new ReviewCorrectionCommand(ctx.round().id(), c.id());
                submit(reason -> null, () -> {
                    if (approve) {
                        ctx.services().corrections().approve(command);
                    } else {
                        ctx.services().corrections().reject(command);
                    }
                }, approve ? "figures.corrections.approved" : "figures.corrections.rejected");
            });
            dialog.open();
        });
        return b;
    }
}
