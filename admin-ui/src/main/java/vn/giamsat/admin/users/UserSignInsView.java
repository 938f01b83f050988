package vn.giamsat.admin.users;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.giamsat.admin.ui.MainLayout;
import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.application.identity.model.DirectoryUser;
import vn.giamsat.application.identity.model.SignIn;
import vn.giamsat.application.identity.model.UserSearch;
import vn.giamsat.application.identity.port.in.UserAdministration;

/**
 * Lần đăng nhập gần đây: one user's latest sign-ins and refused attempts, from the identity provider's login
 * events (the realm keeps them 90 days), for an administrator who wants to know whether an account is in use.
 */
@RolesAllowed("ADMIN")
@Route(value = "nguoi-dung/dang-nhap/:username", layout = MainLayout.class)
public class UserSignInsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final int SHOWN = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final UserAdministration users;
    private final H2 title = new H2();
    final Grid<SignIn> signIns = new Grid<>(SignIn.class, false);
    private String username = "";

    public UserSignInsView(UserAdministration users) {
        this.users = users;
        setSizeFull();
        signIns.addColumn(s -> TIME.format(s.time())).setHeader(getTranslation("users.signins.time"))
                .setWidth("11rem").setFlexGrow(0);
        signIns.addColumn(s -> getTranslation(s.succeeded() ? "users.signins.ok" : "users.signins.refused"))
                .setHeader(getTranslation("users.signins.outcome")).setFlexGrow(1);
        signIns.addColumn(SignIn::ipAddress).setHeader(getTranslation("users.failures.ip")).setFlexGrow(1);
        signIns.addColumn(SignIn::client).setHeader(getTranslation("users.signins.client")).setFlexGrow(1);
        signIns.addColumn(s -> errorLabel(s.error())).setHeader(getTranslation("users.failures.error")).setFlexGrow(2);
        signIns.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        signIns.setEmptyStateText(getTranslation("users.signins.empty"));
        add(new Anchor("nguoi-dung", getTranslation("users.signins.back")), title, signIns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        username = event.getRouteParameters().get("username").orElse("");
        DirectoryUser user = users.users(new UserSearch(username, false, 0, UserSearch.MAX_LIMIT)).users().stream()
                .filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow(() -> new NotFoundException("người dùng", "user", username));
        title.setText(getTranslation("users.signins.title", user.username(), user.fullName()));
        signIns.setItems(users.recentSignIns(user.id(), SHOWN));
    }

    private String errorLabel(String code) {
        if (code.isEmpty()) {
            return "";
        }
        String text = getTranslation("users.failure." + code);
        return text.startsWith("!") ? code : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.signins.title", username, "") + " · " + getTranslation("app.title");
    }
}
