package vn.giamsat.admin.rounds.detail;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.Notices;
import vn.giamsat.application.round.model.RoundDetails;
import vn.giamsat.application.round.port.in.RoundCommands.ApproveReportCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ChangeRoundStatusCommand;
import vn.giamsat.application.round.port.in.RoundCommands.PublishRoundCommand;
import vn.giamsat.domain.common.Decision;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.RoundStatus;

/**
 * The round's next steps as buttons. A button is enabled only when the domain's transition policy allows the
 * move now (the use case asks it for {@link RoundDetails#transitions()}); otherwise its reason is listed under the
 * buttons, so the user knows what is missing. Publishing, correcting and closing cannot be undone: each asks for
 * confirmation first.
 */
final class LifecycleBar extends VerticalLayout {
    private final RoundContext ctx;
    private final RoundDetails round;
    private final List<String> reasons = new ArrayList<>();

    LifecycleBar(RoundContext ctx) {
        this.ctx = ctx;
        this.round = ctx.round();
        setPadding(false);
        setSpacing(false);
        addClassName("lifecycle-bar");
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        for (RoundStatus to : List.of(RoundStatus.PLANNED, RoundStatus.IN_PROGRESS, RoundStatus.REPORTED,
                RoundStatus.DRAFT, RoundStatus.CLOSED)) {
            if (round.status().next().contains(to)) {
                buttons.add(move(to));
            }
        }
        if (round.status() == RoundStatus.REPORTED) {
            buttons.add(approve());
            buttons.add(publish());
        }
        if (round.status() == RoundStatus.PUBLISHED) {
            buttons.add(correct());
        }
        add(buttons);
        if (!reasons.isEmpty()) {
            UnorderedList why = new UnorderedList();
            why.addClassName("lifecycle-reasons");
            reasons.forEach(r -> why.add(new ListItem(r)));
            Div box = new Div(why);
            box.addClassName("lifecycle-why");
            add(box);
        }
    }

    private Button move(RoundStatus to) {
        String key = "lifecycle.to." + (round.status() == RoundStatus.REPORTED && to == RoundStatus.IN_PROGRESS
                ? "reopen" : to.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        Button b = new Button(getTranslation(key));
        b.setId("lifecycle-" + to.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        Decision decision = round.transition(to);
        guard(b, decision);
        if (to == RoundStatus.CLOSED) {
            b.addClickListener(e -> confirm(getTranslation("lifecycle.close.confirm.title"),
                    getTranslation("lifecycle.close.confirm.text"), getTranslation("lifecycle.closed"),
                    () -> ctx.services().lifecycle().moveTo(new ChangeRoundStatusCommand(round.id(), to))));
        } else {
            b.addClickListener(e -> act(() -> ctx.services().lifecycle().moveTo(new ChangeRoundStatusCommand(round.id(), to)),
                    getTranslation("lifecycle.moved", Labels.of(to.vietnamese(), to.english()))));
        }
        if (to == RoundStatus.PLANNED || to == RoundStatus.IN_PROGRESS && round.status() == RoundStatus.PLANNED
                || to == RoundStatus.REPORTED) {
            b.addThemeVariants(ButtonVariant.PRIMARY);
        }
        return b;
    }

    private Button approve() {
        Button b = new Button(getTranslation("lifecycle.approve"));
        b.setId("lifecycle-approve");
        String head = round.head().map(DelegationMember::fullName).orElse(null);
        if (round.approval().isPresent()) {
            b.setEnabled(false);
        } else if (head == null) {
            b.setEnabled(false);
            reasons.add(getTranslation("lifecycle.approve.no-head"));
        } else {
            b.addThemeVariants(ButtonVariant.PRIMARY);
            b.addClickListener(e -> confirm(getTranslation("lifecycle.approve.confirm.title"),
                    getTranslation("lifecycle.approve.confirm.text", head), getTranslation("lifecycle.approved"),
                    () -> ctx.services().lifecycle().approve(new ApproveReportCommand(round.id()))));
        }
        return b;
    }

    private Button publish() {
        Button b = new Button(getTranslation("lifecycle.publish"));
        b.setId("lifecycle-publish");
        guard(b, round.transition(RoundStatus.PUBLISHED));
        b.addThemeVariants(ButtonVariant.SUCCESS);
        b.addClickListener(e -> confirm(getTranslation("lifecycle.publish.confirm.title"),
                getTranslation("lifecycle.publish.confirm.text"), null,
                () -> {
                    int version = ctx.services().publish().publish(
                            new PublishRoundCommand(round.id(), null));
                    Notices.success(getTranslation("lifecycle.published", version));
                }));
        return b;
    }

    private Button correct() {
        Button b = new Button(getTranslation("lifecycle.correct"));
        b.setId("lifecycle-correct");
        b.addClickListener(e -> {
            TextArea reason = new TextArea(getTranslation("lifecycle.correct.reason"));
            reason.setWidthFull();
            reason.setRequiredIndicatorVisible(true);
            reason.setMaxLength(2000);
            ConfirmDialog dialog = dialog(getTranslation("lifecycle.correct.confirm.title"), null);
            dialog.setText(new com.vaadin.flow.component.html.Div(
                    new com.vaadin.flow.component.html.Paragraph(getTranslation("lifecycle.correct.confirm.text")), reason));
            dialog.setCloseOnEsc(true);
            dialog.addConfirmListener(c -> {
                try {
                    int version = ctx.services().publish().publish(
                            new PublishRoundCommand(round.id(), reason.getValue()));
                    Notices.success(getTranslation("lifecycle.published", version));
                    ctx.reload().run();
                } catch (DomainRuleViolation v) {
                    Notices.refused(Labels.of(v.reason()));
                }
            });
            dialog.open();
            reason.focus();
        });
        return b;
    }

    private void guard(Button b, Decision decision) {
        if (decision instanceof Decision.Refused(var reason)) {
            b.setEnabled(false);
            String text = Labels.of(reason);
            b.setTooltipText(text);
            reasons.add(b.getText() + ": " + text);
        }
    }

    private void confirm(String title, String text, String done, Runnable action) {
        ConfirmDialog dialog = dialog(title, text);
        dialog.addConfirmListener(e -> act(action, done));
        dialog.open();
    }

    private ConfirmDialog dialog(String title, String text) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(title);
        if (text != null) {
            dialog.setText(text);
        }
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.confirm"));
        return dialog;
    }

    /** Runs an action; a refusal shows its reason and changes nothing on the page. */
    private void act(Runnable action, String done) {
        try {
            action.run();
        } catch (DomainRuleViolation v) {
            Notices.refused(Labels.of(v.reason()));
            return;
        }
        if (done != null) {
            Notices.success(done);
        }
        ctx.reload().run();
    }
}
