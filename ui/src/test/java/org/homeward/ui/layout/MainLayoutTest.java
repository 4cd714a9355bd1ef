package org.homeward.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;

@IntegrationTest
class MainLayoutTest extends SpringBrowserlessTest {

    @Autowired
    AuthenticationContext authentication;

    @Test
    @WithUserDetails(TestUsers.JAKARTA_OFFICER)
    void demoModeShowsTheSyntheticDataBannerAboveEveryView() {
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        MainLayout layout = new MainLayout(authentication, demo);

        layout.showRouterLayoutContent(new Div("a view"));

        assertThat(layout.getContent().getChildren()).first().isInstanceOf(DemoBanner.class);
        assertThat(((DemoBanner) layout.getContent().getChildren().findFirst().orElseThrow()).getText())
                .contains("synthetic");
    }

    @Test
    @WithUserDetails(TestUsers.JAKARTA_OFFICER)
    void withoutDemoModeThereIsNoBanner() {
        MainLayout layout = new MainLayout(authentication, new MockEnvironment());

        layout.showRouterLayoutContent(new Div("a view"));

        assertThat(layout.getContent()).isInstanceOf(Div.class);
        assertThat(layout.getContent().getChildren()).noneMatch(DemoBanner.class::isInstance);
    }

    @Test
    @WithUserDetails(TestUsers.JAKARTA_OFFICER)
    void officersMayOpenCases() {
        assertThat(navigationLabels()).containsExactly("My caseload", "Follow-ups due", "Open a case", "Search", "Case replay");
    }

    @Test
    @WithUserDetails(TestUsers.MANAGER)
    void managersSeeCasesButDoNotOpenThem() {
        assertThat(navigationLabels()).containsExactly("Cases", "Search", "Outcomes", "Case replay", "Portfolio snapshots");
    }

    @Test
    @WithUserDetails(TestUsers.JAKARTA_EVALUATOR)
    void evaluatorsReadFiguresSearchReplaysAndSnapshots() {
        assertThat(navigationLabels()).containsExactly("Cases", "Search", "Outcomes", "Case replay", "Portfolio snapshots");
    }

    @Test
    @WithUserDetails(TestUsers.ADMIN)
    void adminsLookAfterTheSearchIndices() {
        assertThat(navigationLabels()).containsExactly("Cases", "Portfolio snapshots", "Search indices", "Users", "Audit trail");
    }

    private java.util.List<String> navigationLabels() {
        SideNav nav = new MainLayout(authentication, new MockEnvironment()).getChildren()
                .filter(SideNav.class::isInstance).map(SideNav.class::cast).findFirst().orElseThrow();
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
