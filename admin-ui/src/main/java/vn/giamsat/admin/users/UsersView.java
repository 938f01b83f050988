package vn.giamsat.admin.users;

import vn.giamsat.admin.ui.ListExport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.giamsat.admin.i18n.Languages;
import vn.giamsat.admin.ui.MainLayout;
import vn.giamsat.admin.ui.Notices;
import vn.giamsat.application.round.port.in.RoundContextQueries;
import vn.giamsat.application.round.port.in.RoundContextQueries.UnitOption;
import vn.giamsat.application.identity.model.DirectoryUser;
import vn.giamsat.application.identity.model.LoginFailure;
import vn.giamsat.application.identity.port.in.UserAdministration;
import vn.giamsat.application.identity.model.UserPage;
import vn.giamsat.application.identity.model.UserSearch;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.unit.UnitCode;

/**
 * Người dùng: the accounts of the identity provider with their roles and jurisdiction, which an administrator
 * changes here, and the latest failed sign-ins. Only administrators open it (the route says so, and the use
 * case refuses everyone else anyway). Users are read page by page from the identity provider, in username order.
 */
@RolesAllowed("ADMIN")
@Route(value = "nguoi-dung", layout = MainLayout.class)
public class UsersView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {
    static final int FAILURES_SHOWN = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final UserAdministration users;
    private final RoundContextQueries catalogue;
    private final H2 title = new H2();
    private final TextField filter = new TextField();
    final Grid<DirectoryUser> grid = new Grid<>(DirectoryUser.class, false);
    private final ListExport<DirectoryUser> gridExport = new ListExport<>(grid, "nguoi-dung");
    private final Grid.Column<DirectoryUser> username;
    private final Grid.Column<DirectoryUser> name;
    private final Grid.Column<DirectoryUser> roles;
    private final Grid.Column<DirectoryUser> jurisdiction;
    private final Grid.Column<DirectoryUser> status;

    final CheckboxGroup<Role> roleChoice = new CheckboxGroup<>();
    final MultiSelectComboBox<UnitOption> unitChoice = new MultiSelectComboBox<>();
    final Button save = new Button();
    final Button newUser = new Button();
    final Button toggleEnabled = new Button();
    final Button passwordReset = new Button();
    final com.vaadin.flow.component.html.Anchor signInsLink = new com.vaadin.flow.component.html.Anchor();
    CreateUserDialog createDialog;
    private final H3 editing = new H3();
    private final VerticalLayout editor = new VerticalLayout();
    private DirectoryUser selected;

    private final H3 failuresTitle = new H3();
    final Grid<LoginFailure> failures = new Grid<>(LoginFailure.class, false);
    private final Grid.Column<LoginFailure> failureTime;
    private final Grid.Column<LoginFailure> failureUser;
    private final Grid.Column<LoginFailure> failureIp;
    private final Grid.Column<LoginFailure> failureError;

    private Map<String, UnitOption> unitsByCode = Map.of();

    public UsersView(UserAdministration users, RoundContextQueries catalogue) {
        this.users = users;
        this.catalogue = catalogue;
        setSizeFull();

        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("min(100%, 28rem)");
        filter.setId("users-filter");
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        username = gridExport.column(DirectoryUser::username).setKey("username").setSortable(true)
                .setWidth("11rem").setFlexGrow(0);
        name = gridExport.column(DirectoryUser::fullName).setFlexGrow(1);
        roles = gridExport.column(u -> roleNames(u.roles())).setFlexGrow(1);
        jurisdiction = gridExport.column(u -> unitNames(u.jurisdictions())).setFlexGrow(2);
        status = gridExport.column(u -> getTranslation(u.enabled() ? "users.enabled" : "users.disabled"))
                .setWidth("8rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(25);
        grid.setHeight("22rem");
        // Paged and sorted by Keycloak (username order, either way), filtered by its search.
        grid.setDataProvider(new CallbackDataProvider<DirectoryUser, Void>(
                q -> page(q.getOffset(), q.getLimit(), descending(q.getSortOrders())).users().stream(),
                q -> page(0, 1, false).total()));
        grid.sort(List.of(new GridSortOrder<>(username, SortDirection.ASCENDING)));
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        roleChoice.setItems(EnumSet.allOf(Role.class));
        roleChoice.setItemLabelGenerator(this::roleName);
        unitChoice.setItemLabelGenerator(this::unitLabel);
        unitChoice.setWidth("min(100%, 36rem)");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("users-save");
        save.addClickListener(e -> saveSelected());
        toggleEnabled.setId("users-toggle-enabled");
        toggleEnabled.addClickListener(e -> toggleEnabled());
        passwordReset.setId("users-password-reset");
        passwordReset.addClickListener(e -> sendPasswordReset());
        signInsLink.setId("users-sign-ins");
        newUser.setId("users-new");
        newUser.setIcon(VaadinIcon.PLUS.create());
        newUser.addClickListener(e -> openCreate());
        HorizontalLayout actions = new HorizontalLayout(save, toggleEnabled, passwordReset, signInsLink);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        editor.add(editing, roleChoice, unitChoice, actions);
        editor.setPadding(false);
        editor.setVisible(false);

        failureTime = failures.addColumn(f -> TIME.format(f.time())).setWidth("11rem").setFlexGrow(0);
        failureUser = failures.addColumn(LoginFailure::username).setFlexGrow(1);
        failureIp = failures.addColumn(LoginFailure::ipAddress).setWidth("10rem").setFlexGrow(0);
        failureError = failures.addColumn(f -> errorLabel(f.error())).setFlexGrow(2);
        failures.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        failures.setHeight("16rem");

        HorizontalLayout bar = new HorizontalLayout(filter, newUser, gridExport);
        bar.setWidthFull(); // the filter's "100 %" is of the bar: without a width of its own, the field shrank
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, bar, grid, editor, failuresTitle, failures);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Former units keep their codes in old jurisdictions; show them by name too, but offer current ones first.
        Map<String, UnitOption> all = catalogue.units().stream()
                .collect(Collectors.toMap(UnitOption::code, Function.identity(), (a, b) -> a.validTo() == null ? a : b));
        unitsByCode = all;
        unitChoice.setItems(all.values().stream()
                .sorted(java.util.Comparator.comparing((UnitOption u) -> u.validTo() != null)
                        .thenComparing(UnitOption::displayName)).toList());
        failures.setItems(users.recentLoginFailures(FAILURES_SHOWN));
        grid.getDataProvider().refreshAll();
    }

    private UserPage page(int offset, int limit, boolean descending) {
        return users.users(new UserSearch(filter.getValue(), descending, offset, Math.min(limit, UserSearch.MAX_LIMIT)));
    }

    private static boolean descending(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        return !orders.isEmpty() && orders.getFirst().getDirection() == SortDirection.DESCENDING;
    }

    private void edit(DirectoryUser user) {
        selected = user;
        editor.setVisible(user != null);
        if (user == null) {
            return;
        }
        editing.setText(getTranslation("users.edit.title", user.username(), user.fullName()));
        roleChoice.setValue(user.roles());
        toggleEnabled.setText(getTranslation(user.enabled() ? "users.disable" : "users.enable"));
        passwordReset.setText(getTranslation("users.password-reset"));
        signInsLink.setText(getTranslation("users.sign-ins"));
        signInsLink.setHref("nguoi-dung/dang-nhap/" + user.username());
        unitChoice.setValue(user.jurisdictions().stream().map(c -> unitsByCode.get(c.value()))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
    }

    private void saveSelected() {
        if (selected == null) {
            return;
        }
        Set<Role> removed = EnumSet.noneOf(Role.class);
        removed.addAll(selected.roles());
        removed.removeAll(roleChoice.getValue());
        if (removed.isEmpty()) {
            apply();
            return;
        }
        // Taking a role away can end someone's work at once: ask before doing it.
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("users-confirm-remove");
        confirm.setHeader(getTranslation("users.remove.title"));
        confirm.setText(getTranslation("users.remove.text", roleNames(removed), selected.username()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("users.remove.confirm"));
        confirm.addConfirmListener(e -> apply());
        confirm.open();
    }

    private void apply() {
        String id = selected.id();
        users.setRoles(id, Set.copyOf(roleChoice.getValue()));
        DirectoryUser saved = users.setJurisdictions(id, unitChoice.getValue().stream()
                .map(u -> UnitCode.of(u.code())).collect(Collectors.toSet()));
        Notices.success(getTranslation("users.saved", saved.username()));
        grid.getDataProvider().refreshAll();
        edit(saved);
    }

    void openCreate() {
        createDialog = new CreateUserDialog(users, List.copyOf(unitsByCode.values()), this::roleName, this::unitLabel,
                created -> {
                    grid.getDataProvider().refreshAll();
                    grid.select(created);
                });
        createDialog.open();
    }

    /** Disabling asks first (the user is signed out of nothing, but cannot sign in again); enabling does not. */
    private void toggleEnabled() {
        if (selected == null) {
            return;
        }
        DirectoryUser user = selected;
        Runnable apply = () -> {
            try {
                DirectoryUser saved = users.setEnabled(user.id(), !user.enabled());
                Notices.success(getTranslation(saved.enabled() ? "users.enabled.done" : "users.disabled.done",
                        saved.username()));
                grid.getDataProvider().refreshAll();
                edit(saved);
            } catch (vn.giamsat.domain.common.DomainRuleViolation refused) {
                Notices.refused(vn.giamsat.admin.ui.Labels.of(refused.reason()));
            }
        };
        if (!user.enabled()) {
            apply.run();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("users-confirm-disable");
        confirm.setHeader(getTranslation("users.disable.title"));
        confirm.setText(getTranslation("users.disable.text", user.username()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("users.disable"));
        confirm.addConfirmListener(e -> apply.run());
        confirm.open();
    }

    private void sendPasswordReset() {
        if (selected == null) {
            return;
        }
        try {
            users.sendPasswordReset(selected.id());
            Notices.success(getTranslation("users.password-reset.sent", selected.username(), selected.email()));
        } catch (vn.giamsat.domain.common.DomainRuleViolation refused) { // e.g. no mail server: say nothing went out
            Notices.refused(vn.giamsat.admin.ui.Labels.of(refused.reason()));
        }
    }

    String roleNames(Set<Role> set) {
        return set.stream().sorted().map(this::roleName).collect(Collectors.joining(", "));
    }

    private String roleName(Role r) {
        return Languages.isEnglish(getLocale()) ? r.english() : r.vietnamese();
    }

    private String unitNames(Set<UnitCode> codes) {
        return codes.stream().map(UnitCode::value).sorted()
                .map(c -> unitsByCode.containsKey(c) ? unitLabel(unitsByCode.get(c)) : c)
                .collect(Collectors.joining("; "));
    }

    private String unitLabel(UnitOption u) {
        String label = u.displayName() + " (" + u.code() + ")";
        return u.validTo() == null ? label : label + " – " + getTranslation("users.unit.former");
    }

    /** Keycloak's reason codes in words; an unknown code is shown as it is. */
    private String errorLabel(String code) {
        String key = "users.failure." + code;
        String text = getTranslation(key);
        return text.startsWith("!") ? code : text;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("users.title"));
        filter.setPlaceholder(getTranslation("users.filter.placeholder"));
        filter.setAriaLabel(getTranslation("users.filter.label"));
        username.setHeader(getTranslation("users.column.username"));
        name.setHeader(getTranslation("users.column.name"));
        roles.setHeader(getTranslation("users.column.roles"));
        jurisdiction.setHeader(getTranslation("users.column.jurisdiction"));
        status.setHeader(getTranslation("users.column.status"));
        grid.setEmptyStateText(getTranslation("users.empty"));
        roleChoice.setLabel(getTranslation("users.roles"));
        unitChoice.setLabel(getTranslation("users.jurisdiction"));
        save.setText(getTranslation("action.save"));
        newUser.setText(getTranslation("users.create.open"));
        failuresTitle.setText(getTranslation("users.failures.title"));
        failureTime.setHeader(getTranslation("users.failures.time"));
        failureUser.setHeader(getTranslation("users.failures.username"));
        failureIp.setHeader(getTranslation("users.failures.ip"));
        failureError.setHeader(getTranslation("users.failures.error"));
        failures.setEmptyStateText(getTranslation("users.failures.empty"));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · " + getTranslation("app.title");
    }
}
