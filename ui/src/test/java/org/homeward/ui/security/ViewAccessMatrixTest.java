package org.homeward.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.security.Role;
import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.homeward.ui.login.LoginView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.util.ClassUtils;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;

/**
 * Every view for every role, and for someone not signed in: the route security ({@code @RolesAllowed} through
 * {@code VaadinSecurityConfigurer}) lets in exactly whom the table below names. A new view fails this test until it
 * is given its row.
 */
@IntegrationTest
class ViewAccessMatrixTest extends SpringBrowserlessTest {

    /** A role that stands for someone who is not signed in. */
    private static final String ANONYMOUS = "ANONYMOUS";
    private static final Set<String> EVERYONE = Set.of("OFFICER", "MANAGER", "EVALUATOR", "ADMIN", ANONYMOUS);
    private static final Set<String> SIGNED_IN = Set.of("OFFICER", "MANAGER", "EVALUATOR", "ADMIN");

    /** Route template → who may open it. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("login", EVERYONE),
            Map.entry("", SIGNED_IN),
            Map.entry("cases/new", Set.of("OFFICER")),
            Map.entry("cases/:caseId", Set.of("OFFICER")),
            Map.entry("follow-ups", Set.of("OFFICER")),
            Map.entry("search", Set.of("OFFICER", "MANAGER", "EVALUATOR")),
            Map.entry("replay/:caseId?", Set.of("OFFICER", "MANAGER", "EVALUATOR")),
            Map.entry("outcomes", Set.of("MANAGER", "EVALUATOR")),
            Map.entry("snapshots", Set.of("MANAGER", "EVALUATOR", "ADMIN")),
            Map.entry("admin/search", Set.of("ADMIN")),
            Map.entry("admin/audit", Set.of("ADMIN")),
            Map.entry("admin/users", Set.of("ADMIN")));

    private static String jakartaCase;

    @LocalServerPort
    int port;

    @BeforeEach
    void openAJakartaCaseOnce() {
        if (jakartaCase == null) {
            jakartaCase = new ApiClient(port).post("/api/cases", TestUsers.JAKARTA_OFFICER,
                    ApiClient.newCaseJson("Matrix Person", "JKT")).json().get("caseId").asString();
        }
    }

    @Test
    @WithUserDetails(TestUsers.JAKARTA_OFFICER)
    void officers() {
        assertAccessFor("OFFICER");
    }

    @Test
    @WithUserDetails(TestUsers.MANAGER)
    void managers() {
        assertAccessFor("MANAGER");
    }

    @Test
    @WithUserDetails(TestUsers.JAKARTA_EVALUATOR)
    void evaluators() {
        assertAccessFor("EVALUATOR");
    }

    @Test
    @WithUserDetails(TestUsers.ADMIN)
    void administrators() {
        assertAccessFor("ADMIN");
    }

    @Test
    @WithAnonymousUser
    void someoneNotSignedInIsSentToTheSignInPage() {
        assertAccessFor(ANONYMOUS);
    }

    @Test
    void everyViewHasItsRow() {
        assertThat(routes().keySet()).containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
        assertThat(EnumSet.allOf(Role.class).stream().map(Enum::name).toList()).containsExactlyInAnyOrderElementsOf(SIGNED_IN);
    }

    private void assertAccessFor(String role) {
        List<String> wrong = new ArrayList<>();
        routes().forEach((template, view) -> {
            String location = template.replace(":caseId?", jakartaCase).replace(":caseId", jakartaCase);
            UI.getCurrent().navigate(location);
            boolean opened = view.isInstance(getCurrentView());
            boolean allowed = ALLOWED.get(template).contains(role);
            if (opened != allowed) {
                wrong.add("/" + location + (allowed ? " refused" : " opened") + " (now " + getCurrentView().getClass().getSimpleName() + ")");
            }
            if (!allowed && role.equals(ANONYMOUS)) {
                assertThat(getCurrentView()).as("/" + location).isInstanceOf(LoginView.class);
            }
        });
        assertThat(wrong).as("views for " + role).isEmpty();
    }

    /** Every routed view of the UI, by its route template. */
    private static Map<String, Class<?>> routes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> routes = new java.util.TreeMap<>();
        scanner.findCandidateComponents("org.homeward.ui").forEach(candidate -> {
            Class<?> view = ClassUtils.resolveClassName(candidate.getBeanClassName(), ViewAccessMatrixTest.class.getClassLoader());
            routes.put(view.getAnnotation(Route.class).value(), view);
        });
        return routes;
    }
}
