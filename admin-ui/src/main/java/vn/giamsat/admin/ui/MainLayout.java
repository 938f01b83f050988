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
import java.util.ArrayList;
import java.util.List;
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
    /** The other items, each with its message key; shown only to the roles its view admits (the use cases check too). */
    private final List<Item> items = new ArrayList<>();

    /**
     * A menu item by path, not by view class: the layout must not depend on every view being registered (tests
     * register only the views they test).
     */
    private record Item(SideNavItem item, String messageKey) {}

    private final Select<Locale> language = new Select<>();
    private final Button logout = new Button();

    public MainLayout(AuthenticationContext authentication) {
        // Ends this session and then Keycloak's (RP-initiated logout), so the next visit asks for a login again.
        logout.addClickListener(e -> authentication.logout());
        logout.setVisible(authentication.isAuthenticated());
        Span user = new Span(authentication.getPrincipalName().orElse(""));
        user.addClassName("app-user");
        title.addClassName("app-title");
        language.setId("language");
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
        add(nav, "kien-nghi-qua-han", "nav.overdue", VaadinIcon.ALARM, true);
        add(nav, "thong-bao", "nav.notices", VaadinIcon.BELL, true);
        add(nav, "nhap-ho-so", "nav.import", VaadinIcon.UPLOAD, authentication.hasAnyRole("COUNCIL_STAFF", "ADMIN"));
        add(nav, "doi-chieu-so-lieu", "nav.comparison", VaadinIcon.SCALE, authentication.hasAnyRole("COUNCIL_STAFF",
                "DELEGATION_HEAD", "DELEGATION_MEMBER", "PROVINCIAL_OFFICIAL", "UNIT_OFFICER", "ADMIN"));
        add(nav, "don-vi", "nav.units", VaadinIcon.SITEMAP, true);
        add(nav, "lich-ngay-nghi", "nav.calendar", VaadinIcon.CALENDAR, true);
        add(nav, "thu-tuc", "nav.procedures", VaadinIcon.FILE_TEXT_O, authentication.hasRole("ADMIN"));
        add(nav, "nguoi-dung", "nav.users", VaadinIcon.USERS, authentication.hasRole("ADMIN"));
        add(nav, "audit", "nav.audit", VaadinIcon.RECORDS, authentication.hasRole("ADMIN"));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    private void add(SideNav nav, String path, String messageKey, VaadinIcon icon, boolean allowed) {
        if (allowed) {
            SideNavItem item = new SideNavItem("", path, icon.create());
            nav.addItem(item);
            items.add(new Item(item, messageKey));
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("app.title"));
        roundsItem.setLabel(getTranslation("nav.rounds"));
        dashboardItem.setLabel(getTranslation("nav.dashboard"));
        items.forEach(i -> i.item().setLabel(getTranslation(i.messageKey())));
        language.setAriaLabel(getTranslation("language.switch"));
        logout.setText(getTranslation("logout"));
        language.setValue(Languages.supported(event.getLocale()));
    }
}
