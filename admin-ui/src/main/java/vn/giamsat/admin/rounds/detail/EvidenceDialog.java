package vn.giamsat.admin.rounds.detail;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.giamsat.admin.ui.BoundedUpload;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.Notices;
import vn.giamsat.application.round.port.in.RecommendationEvidenceUseCase.AttachEvidenceCommand;
import vn.giamsat.application.round.port.in.RecommendationEvidenceUseCase.CommentCommand;
import vn.giamsat.application.round.port.in.RecommendationEvidenceUseCase.DeleteEvidenceCommand;
import vn.giamsat.application.round.port.in.RecommendationEvidenceUseCase.Discussion;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.round.Comment;
import vn.giamsat.domain.round.Evidence;
import vn.giamsat.domain.round.EvidenceFile;
import vn.giamsat.domain.round.EvidenceType;
import vn.giamsat.domain.round.Recommendation;

/**
 * One recommendation's evidence files and comments: who attached or wrote what and when, download, attach (the
 * server checks type by content and size; the browser's own check only saves a useless upload), comment, and
 * delete one's own file after a confirmation. The lists refresh in place; the page behind refreshes on close.
 */
final class EvidenceDialog extends Dialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final RoundContext ctx;
    private final Recommendation recommendation;
    private final Grid<Evidence> files = new Grid<>(Evidence.class, false);
    private final Div comments = new Div();
    private final Paragraph error = new Paragraph();
    private final VerticalLayout contribute = new VerticalLayout();
    private Upload upload;
    private Discussion discussion;

    EvidenceDialog(RoundContext ctx, Recommendation recommendation) {
        this.ctx = ctx;
        this.recommendation = recommendation;
        setId("evidence-dialog");
        setHeaderTitle(getTranslation("evidence.title"));
        setWidth("min(96vw, 56rem)");
        setCloseOnEsc(true);

        Paragraph about = new Paragraph(recommendation.addressee() + ": " + recommendation.text());
        about.addClassName("evidence-about");

        files.setId("evidence-grid");
        files.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        files.setAllRowsVisible(true);
        files.setWidthFull();
        files.addComponentColumn(this::download).setHeader(getTranslation("evidence.file")).setFlexGrow(2);
        files.addColumn(e -> size(e.size())).setHeader(getTranslation("evidence.size")).setWidth("6rem").setFlexGrow(0);
        files.addColumn(e -> e.uploadedBy().displayName() + " · " + when(e.uploadedAt()))
                .setHeader(getTranslation("evidence.uploaded")).setFlexGrow(1);
        files.addComponentColumn(this::deleteButton).setWidth("6rem").setFlexGrow(0);
        files.setEmptyStateText(getTranslation("evidence.none"));

        error.setId("evidence-error");
        error.addClassName("evidence-error");
        error.getElement().setAttribute("role", "alert"); // read out by a screen reader when a file is refused
        comments.setId("comments");
        comments.addClassName("comments");

        contribute.setPadding(false);
        contribute.add(upload(), commentForm());

        VerticalLayout body = new VerticalLayout(about, new H4(getTranslation("evidence.files")), files, error,
                new H4(getTranslation("evidence.comments")), comments, contribute);
        body.setPadding(false);
        add(body);

        Button close = new Button(getTranslation("evidence.close"), e -> close());
        close.setId("evidence-close");
        getFooter().add(close);
        // The counts on the page behind may have changed.
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                ctx.reload().run();
            }
        });
        show(null);
        refresh();
    }

    private void refresh() {
        discussion = ctx.services().evidence().discussion(ctx.round().id(), recommendation.id());
        files.setItems(discussion.evidence());
        comments.removeAll();
        if (discussion.comments().isEmpty()) {
            comments.add(new Paragraph(getTranslation("evidence.no-comments")));
        }
        discussion.comments().forEach(c -> comments.add(comment(c)));
        contribute.setVisible(discussion.mayContribute());
    }

    private Upload upload() {
        // Streamed to a temporary file and cut off past 10 MB while read; nothing is read for someone who may not
        // attach here (issue 14, item 7). Only a file within the limit is then read whole, for the check by content.
        upload = new Upload(new BoundedUpload(EvidenceFile.MAX_BYTES,
                () -> ctx.services().evidence().discussion(ctx.round().id(), recommendation.id()).mayContribute(),
                file -> attach(file.name(), file.bytes()), this::refused));
        upload.setId("evidence-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(EvidenceFile.MAX_BYTES);
        upload.setAcceptedFileTypes(accepted());
        Button choose = new Button(getTranslation("evidence.choose"));
        choose.setId("evidence-choose");
        upload.setUploadButton(choose);
        upload.setDropLabel(new Span(getTranslation("evidence.drop")));
        // The browser's own checks (size, type by name) come first; their refusal names what is accepted.
        upload.addFileRejectedListener(e -> show(getTranslation("evidence.rejected", e.getFileName())));
        upload.setWidthFull();
        return upload;
    }

    private static String[] accepted() {
        List<String> types = new java.util.ArrayList<>();
        for (EvidenceType t : EvidenceType.values()) {
            types.add(t.mediaType());
            types.add("." + t.extension());
        }
        types.add(".jpeg");
        return types.toArray(String[]::new);
    }

    private void attach(String fileName, byte[] data) {
        try {
            Evidence stored = ctx.services().evidence().attach(
                    new AttachEvidenceCommand(ctx.round().id(), recommendation.id(), fileName, data));
            show(null);
            Notices.success(getTranslation("evidence.attached", stored.fileName()));
        } catch (DomainRuleViolation v) {
            show(Labels.of(v.reason()));
        }
        upload.clearFileList();
        refresh();
    }

    private void refused(String message) {
        show(message);
        upload.clearFileList();
    }

    private VerticalLayout commentForm() {
        TextArea text = new TextArea(getTranslation("evidence.comment"));
        text.setId("comment-text");
        text.setMaxLength(Comment.MAX_LENGTH);
        text.setWidthFull();
        Button send = new Button(getTranslation("evidence.comment.send"), e -> {
            try {
                ctx.services().evidence().comment(new CommentCommand(ctx.round().id(), recommendation.id(),
                        text.getValue()));
            } catch (DomainRuleViolation v) {
                text.setErrorMessage(Labels.of(v.reason()));
                text.setInvalid(true);
                return;
            }
            text.clear();
            text.setInvalid(false);
            Notices.success(getTranslation("evidence.comment.sent"));
            refresh();
        });
        send.setId("comment-send");
        VerticalLayout form = new VerticalLayout(text, send);
        form.setPadding(false);
        form.setSpacing(false);
        return form;
    }

    private Anchor download(Evidence e) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = ctx.services().evidence().download(ctx.round().id(), e.id()).content();
            // The type we detected, not what the uploader's browser claimed.
            return new DownloadResponse(new ByteArrayInputStream(content), e.fileName(), e.type().mediaType(),
                    content.length);
        }), e.fileName());
        a.setDownload(true);
        a.addClassName("evidence-download");
        return a;
    }

    private Span deleteButton(Evidence e) {
        Span cell = new Span();
        if (discussion != null && discussion.deletable().contains(e.id())) {
            Button delete = new Button(getTranslation("evidence.delete"), click -> confirmDelete(e));
            delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            delete.addClassName("evidence-delete");
            delete.getElement().setAttribute("aria-label", getTranslation("evidence.delete.named", e.fileName()));
            cell.add(delete);
        }
        return cell;
    }

    private void confirmDelete(Evidence e) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("evidence.delete.title"));
        confirm.setText(getTranslation("evidence.delete.text", e.fileName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("evidence.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(c -> {
            try {
                ctx.services().evidence().delete(new DeleteEvidenceCommand(ctx.round().id(), e.id()));
                Notices.success(getTranslation("evidence.deleted", e.fileName()));
            } catch (DomainRuleViolation v) {
                Notices.refused(Labels.of(v.reason()));
            }
            refresh();
        });
        confirm.open();
    }

    private Div comment(Comment c) {
        Span who = new Span(c.author().displayName() + " · " + when(c.writtenAt()));
        who.addClassName("comment-who");
        Paragraph text = new Paragraph(c.text());
        text.addClassName("comment-text");
        Div div = new Div(who, text);
        div.addClassName("comment");
        return div;
    }

    private void show(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    private static String when(Instant at) {
        return LocalDateTime.ofInstant(at, VIETNAM).format(WHEN);
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
