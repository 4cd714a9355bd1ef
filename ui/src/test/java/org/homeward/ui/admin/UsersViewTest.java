package org.homeward.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.IntStream;

import org.homeward.security.Role;
import org.homeward.security.UserAccounts;
import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;

/** An administrator creates a user in the view (bad input refused on its fields), then disables and enables them. */
@IntegrationTest
class UsersViewTest extends SpringBrowserlessTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

    @Test
    @WithUserDetails(TestUsers.ADMIN)
    void anAdministratorCreatesAUserAndKeepsThemOut() {
        UsersView view = navigate(UsersView.class);
        test(view.username).setValue("X");
        test(view.password).setValue("short");
        test(view.create).click();
        assertThat(view.username.isInvalid()).isTrue();
        assertThat(view.displayName.isInvalid()).isTrue();
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("From 12 characters to 72 bytes");
        assertThat(view.roles.isInvalid()).isTrue();
        assertThat(accounts.exists("x")).as("nothing created").isFalse();

        test(view.username).setValue("officer-from-view");
        test(view.displayName).setValue("Officer From View");
        test(view.password).setValue(TestUsers.PASSWORD);
        view.roles.setValue(Set.of(Role.OFFICER));
        view.offices.setValue(Set.of("NBO"));
        test(view.create).click();
        assertThat(view.username.isInvalid()).isFalse();
        assertThat(accounts.find("officer-from-view")).hasValueSatisfying(user -> {
            assertThat(user.roles()).containsExactly(Role.OFFICER);
            assertThat(user.offices()).containsExactly("NBO");
        });
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/api/search", "officer-from-view").status()).isEqualTo(200);

        var grid = test(view.users);
        UserAccounts.Account created = IntStream.range(0, grid.size()).mapToObj(grid::getRow)
                .filter(account -> account.username().equals("officer-from-view")).findFirst().orElseThrow();
        view.users.select(created);
        test(view.disable).click();
        assertThat(api.get("/api/search", "officer-from-view").status()).as("disabled").isEqualTo(401);
        assertThat(view.getElement().getOuterHTML()).doesNotContain(TestUsers.PASSWORD);
        view.users.select(IntStream.range(0, grid.size()).mapToObj(grid::getRow)
                .filter(account -> account.username().equals("officer-from-view")).findFirst().orElseThrow());
        test(view.enable).click();
        assertThat(api.get("/api/search", "officer-from-view").status()).as("enabled again").isEqualTo(200);
    }
}
