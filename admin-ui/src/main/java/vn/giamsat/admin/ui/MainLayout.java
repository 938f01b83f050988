package vn.giamsat.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.Locale;
import vn.giamsat.admin.i18n.Languages;
import vn.giamsat.admin.dashboard.DashboardView;
import vn.giamsat.admin.rounds.RoundsView;

/** Frame of every admin page: title bar with the language switch, side navigation. */
@PermitAll
public class MainLayout extends AppLayout implements LocaleChangeObserver {
    private final Span title = new Span();
    private final SideNavItem roundsItem = new SideNavItem("", RoundsView.class, VaadinIcon.CLIPBOARD_TEXT.create());
    private final SideNavItem dashboardItem = new SideNavItem("", DashboardView.class, VaadinIcon.BAR_CHART.create());
    // By path, not by class: a screen that only administrators may open is not looked up for everyone else.
    private final SideNavItem usersItem = new SideNavItem("", "nguoi-dung", VaadinIcon.USERS.create());
    private final Select<Locale> language = new Select<>();
    private final Button logout = new Button();

    public MainLayout(AuthenticationContext authentication) {
        // Ends this session and then Keycloak's (RP-initiated logout), so the next visit asks for a login again.
        logout.addClickListener(e -> authentication.logout());
        logout.setVisible(authentication.isAuthenticated());
        Span user = new Span(authentication.getPrincipalName().orElse(""));
        user.addClassName("app-user");
        title.addClassName("app-title");
        language.setItems(Languages.ALL);
        language.setItemLabelGenerator(l -> Languages.isEnglish(l) ? "English" : "Tiếng Việt");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI ui = UI.getCurrent();
                Languages.choose(ui.getSession(), e.getValue());
                ui.setLocale(e.getValue()); // every LocaleChangeObserver on the page rewords itself
            }
        });

        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, user, language, logout);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(title);
        bar.addClassName("app-bar");
        addToNavbar(bar);

        SideNav nav = new SideNav();
        nav.addItem(roundsItem, dashboardItem);
        if (authentication.hasRole("ADMIN")) { // as UsersView's @RolesAllowed says
            nav.addItem(usersItem);
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("app.title"));
        roundsItem.setLabel(getTranslation("nav.rounds"));
        dashboardItem.setLabel(getTranslation("nav.dashboard"));
        usersItem.setLabel(getTranslation("nav.users"));
        language.setAriaLabel(getTranslation("language.switch"));
        logout.setText(getTranslation("logout"));
        language.setValue(Languages.supported(event.getLocale()));
    }
}
