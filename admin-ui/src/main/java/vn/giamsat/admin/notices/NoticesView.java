package vn.giamsat.admin.notices;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.giamsat.admin.ui.MainLayout;
import vn.giamsat.application.reminder.model.Notice;
import vn.giamsat.application.reminder.port.in.MyNotices;

/**
 * The reminders sent to the signed-in user (thông báo của tôi), newest first: when, what about, the subject, and
 * whether the mail server has accepted the e-mail yet (or it waits, with the last failure). The selected row's
 * text is shown below the list, as it was sent.
 */
@PermitAll
@Route(value = "thong-bao", layout = MainLayout.class)
public class NoticesView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    /** Times as the users live them (the application's clock uses the same zone). */
    private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    private final H2 title = new H2();
    private final Paragraph empty = new Paragraph();
    final Grid<Notice> grid = new Grid<>(Notice.class, false);
    final Pre body = new Pre();
    private final Grid.Column<Notice> created;
    private final Grid.Column<Notice> kind;
    private final Grid.Column<Notice> subject;
    private final Grid.Column<Notice> mail;
    private final List<Notice> notices;

    public NoticesView(MyNotices myNotices) {
        setSizeFull();
        notices = myNotices.mine();
        grid.setId("notices-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        created = grid.addColumn(n -> time(n.createdAt())).setWidth("10rem").setFlexGrow(0);
        kind = grid.addColumn(n -> getTranslation("notices.kind." + n.kind().name())).setWidth("14rem").setFlexGrow(0);
        subject = grid.addColumn(Notice::subject).setFlexGrow(1);
        mail = grid.addColumn(this::mailState).setWidth("16rem").setFlexGrow(0);
        grid.setItems(notices);
        grid.asSingleSelect().addValueChangeListener(e -> body.setText(e.getValue() == null ? "" : e.getValue().body()));
        body.setId("notice-body");
        body.getStyle().set("white-space", "pre-wrap");
        empty.setVisible(notices.isEmpty());
        add(title, empty, grid, body);
    }

    private static String time(java.time.Instant at) {
        return LocalDateTime.ofInstant(at, VIETNAM).format(TIME);
    }

    private String mailState(Notice n) {
        if (n.email().isEmpty()) {
            return getTranslation("notices.mail.none");
        }
        if (n.sentAt().isPresent()) {
            return getTranslation("notices.mail.sent", n.email().get(), time(n.sentAt().get()));
        }
        return getTranslation("notices.mail.waiting", n.email().get(), n.attempts());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("notices.title"));
        empty.setText(getTranslation("notices.empty"));
        created.setHeader(getTranslation("notices.created"));
        kind.setHeader(getTranslation("notices.kind"));
        subject.setHeader(getTranslation("notices.subject"));
        mail.setHeader(getTranslation("notices.mail"));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notices.title");
    }
}
