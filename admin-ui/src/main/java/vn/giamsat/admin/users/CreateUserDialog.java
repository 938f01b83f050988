package vn.giamsat.admin.users;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.Notices;
import vn.giamsat.application.identity.model.DirectoryUser;
import vn.giamsat.application.identity.model.NewUser;
import vn.giamsat.application.identity.model.RequiredAction;
import vn.giamsat.application.identity.port.in.UserAdministration;
import vn.giamsat.application.round.port.in.RoundContextQueries.UnitOption;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.unit.UnitCode;

/**
 * Tạo tài khoản: username, name, e-mail, roles, jurisdiction and what the user must do at the first sign-in (set a
 * password, set up a one-time password). A first password is optional: without one, the user sets it through the
 * e-mail a password reset sends.
 */
final class CreateUserDialog extends Dialog {
    final TextField username = new TextField();
    final TextField lastName = new TextField();
    final TextField firstName = new TextField();
    final EmailField email = new EmailField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final MultiSelectComboBox<UnitOption> units = new MultiSelectComboBox<>();
    final CheckboxGroup<RequiredAction> actions = new CheckboxGroup<>();
    final PasswordField password = new PasswordField();
    final Button create = new Button();

    CreateUserDialog(UserAdministration users, List<UnitOption> unitOptions, Function<Role, String> roleName,
                     Function<UnitOption, String> unitLabel, Consumer<DirectoryUser> created) {
        setId("users-create-dialog");
        setHeaderTitle(getTranslation("users.create.title"));
        username.setId("users-create-username");
        username.setLabel(getTranslation("users.create.username"));
        username.setHelperText(getTranslation("users.create.username.help"));
        lastName.setId("users-create-last-name");
        lastName.setLabel(getTranslation("users.create.last-name"));
        firstName.setId("users-create-first-name");
        firstName.setLabel(getTranslation("users.create.first-name"));
        email.setId("users-create-email");
        email.setLabel(getTranslation("users.create.email"));
        roles.setId("users-create-roles");
        roles.setLabel(getTranslation("users.roles"));
        roles.setItems(EnumSet.allOf(Role.class));
        roles.setItemLabelGenerator(roleName::apply);
        units.setId("users-create-units");
        units.setLabel(getTranslation("users.jurisdiction"));
        units.setItems(unitOptions.stream().filter(u -> u.validTo() == null).toList());
        units.setItemLabelGenerator(unitLabel::apply);
        actions.setId("users-create-actions");
        actions.setLabel(getTranslation("users.create.actions"));
        actions.setItems(EnumSet.allOf(RequiredAction.class));
        actions.setItemLabelGenerator(a -> Labels.of(a.vietnamese(), a.english()));
        actions.setValue(EnumSet.of(RequiredAction.SET_PASSWORD));
        password.setId("users-create-password");
        password.setLabel(getTranslation("users.create.password"));
        password.setHelperText(getTranslation("users.create.password.help"));
        FormLayout form = new FormLayout(username, email, lastName, firstName, roles, units, actions, password);
        form.setColspan(units, 2);
        add(form);
        setWidth("min(100%, 48rem)");

        create.setId("users-create-save");
        create.setText(getTranslation("users.create.save"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> {
            try {
                DirectoryUser user = users.create(new NewUser(username.getValue(), firstName.getValue(),
                        lastName.getValue(), email.getValue(), Set.copyOf(roles.getValue()),
                        units.getValue().stream().map(u -> UnitCode.of(u.code())).collect(Collectors.toSet()),
                        Set.copyOf(actions.getValue()), password.getValue()));
                close();
                Notices.success(getTranslation("users.create.done", user.username()));
                created.accept(user);
            } catch (DomainRuleViolation refused) { // access denied too: the reason, in the user's language
                Notices.refused(Labels.of(refused.reason()));
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, create);
    }
}
