package org.homeward.ui.admin;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.homeward.offices.Office;
import org.homeward.offices.Offices;
import org.homeward.security.HomewardUser;
import org.homeward.security.Role;
import org.homeward.security.UserAccounts;
import org.homeward.security.UserAdministration;
import org.homeward.ui.layout.MainLayout;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * Users for administrators: who may sign in, with which roles, for which offices; create one (each field checked,
 * the reason shown on it), disable, enable, lift a sign-in lock. Every action is in the audit trail.
 */
@Route(value = "admin/users", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<UserAccounts.Account> users = new Grid<>();
    final Button disable = new Button();
    final Button enable = new Button();
    final Button unlock = new Button();
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final MultiSelectComboBox<Role> roles = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> offices = new MultiSelectComboBox<>();
    final Button create = new Button();

    private final UserAdministration administration;
    private final HomewardUser admin;
    private final Map<String, HasValidation> fields;

    public UsersView(UserAdministration administration, Offices allOffices, AuthenticationContext authentication) {
        this.administration = administration;
        this.admin = authentication.getAuthenticatedUser(HomewardUser.class).orElseThrow();
        this.fields = Map.of("username", username, "displayName", displayName, "password", password, "roles", roles,
                "offices", offices);

        users.setId("users");
        users.addColumn(UserAccounts.Account::username).setHeader(getTranslation("users.username")).setKey("username").setAutoWidth(true);
        users.addColumn(UserAccounts.Account::displayName).setHeader(getTranslation("users.displayName")).setKey("displayName");
        users.addColumn(account -> account.roles().stream().map(role -> getTranslation("users.role." + role)).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles")).setKey("roles");
        users.addColumn(account -> String.join(", ", account.offices().stream().sorted().toList()))
                .setHeader(getTranslation("users.offices")).setKey("offices");
        users.addColumn(account -> getTranslation(!account.enabled() ? "users.state.disabled"
                : account.locked() ? "users.state.locked" : "users.state.active")).setHeader(getTranslation("users.state")).setKey("state");
        users.addThemeVariants(GridVariant.LUMO_COMPACT);
        users.addSelectionListener(selection -> showActions());

        disable.setText(getTranslation("users.disable"));
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        disable.addClickListener(click -> act(() -> administration.disable(selected(), admin)));
        enable.setText(getTranslation("users.enable"));
        enable.addClickListener(click -> act(() -> administration.enable(selected(), admin)));
        unlock.setText(getTranslation("users.unlock"));
        unlock.addClickListener(click -> act(() -> administration.unlock(selected(), admin)));

        username.setLabel(getTranslation("users.username"));
        displayName.setLabel(getTranslation("users.displayName"));
        password.setLabel(getTranslation("users.password"));
        password.setHelperText(getTranslation("users.password.help"));
        roles.setLabel(getTranslation("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("users.role." + role));
        offices.setLabel(getTranslation("users.offices"));
        offices.setItems(allOffices.all().stream().map(Office::code).toList());
        create.setText(getTranslation("users.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        FlexLayout form = new FlexLayout(username, displayName, password, roles, offices, create);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-m)");

        add(new H2(getTranslation("users.title")), users, new HorizontalLayout(disable, enable, unlock),
                new H3(getTranslation("users.new")), form);
        setSizeFull();
        refresh();
    }

    private String selected() {
        return users.asSingleSelect().getValue().username();
    }

    private void showActions() {
        UserAccounts.Account account = users.asSingleSelect().getValue();
        disable.setEnabled(account != null && account.enabled());
        enable.setEnabled(account != null && !account.enabled());
        unlock.setEnabled(account != null && account.locked());
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (UserAdministration.Refused refused) {
            Notification.show(getTranslation("users.refused." + refused.problems().keySet().iterator().next()), 6_000,
                    Notification.Position.BOTTOM_START);
        }
        refresh();
    }

    void create() {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            administration.create(new UserAdministration.NewAccount(username.getValue().strip(), displayName.getValue(),
                    password.getValue(), Set.copyOf(roles.getValue()), Set.copyOf(offices.getValue())), admin);
        } catch (UserAdministration.Refused refused) {
            refused.problems().forEach((field, reason) -> {
                HasValidation shown = fields.get(field);
                shown.setErrorMessage(getTranslation("users.problem." + field));
                shown.setInvalid(true);
            });
            return;
        }
        Notification.show(getTranslation("users.created", username.getValue()), 3_000, Notification.Position.BOTTOM_START);
        username.clear();
        displayName.clear();
        password.clear();
        roles.clear();
        offices.clear();
        refresh();
    }

    private void refresh() {
        users.setItems(administration.all());
        showActions();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
