package org.homeward.ui.layout;

import org.homeward.security.HomewardUser;
import org.homeward.security.Role;
import org.homeward.ui.cases.CasesView;
import org.homeward.ui.cases.OpenCaseView;
import org.springframework.core.env.Environment;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.PermitAll;

/** The frame around every signed-in view: navigation by role, the user, sign-out, and the demo banner. */
@PermitAll
public class MainLayout extends AppLayout {

    private final boolean demo;

    public MainLayout(AuthenticationContext authentication, Environment environment) {
        this.demo = DemoBanner.isDemo(environment);
        H1 title = new H1(getTranslation("app.title"));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM);
        authentication.getAuthenticatedUser(HomewardUser.class).ifPresent(user -> {
            Span who = new Span(user.displayName());
            who.setId("current-user");
            Button signOut = new Button(getTranslation("action.signOut"), click -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            signOut.setId("sign-out");
            Div spacer = new Div();
            header.add(spacer, language(), who, signOut);
            header.setFlexGrow(1, spacer);
            addToDrawer(navigation(user));
        });
        addToNavbar(header);
        addAttachListener(attach -> org.homeward.ui.OfficersDay.learnFrom(attach.getUI()));
        setPrimarySection(Section.DRAWER);
    }

    /** English or Bahasa Indonesia, named in its own language; the choice holds for the rest of the session. */
    private com.vaadin.flow.component.select.Select<java.util.Locale> language() {
        java.util.List<java.util.Locale> languages = com.vaadin.flow.server.VaadinService.getCurrent().getInstantiator()
                .getI18NProvider().getProvidedLocales();
        com.vaadin.flow.component.select.Select<java.util.Locale> language = new com.vaadin.flow.component.select.Select<>();
        language.setId("language");
        language.setAriaLabel(getTranslation("language"));
        language.setItems(languages);
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        language.setValue(languages.stream().filter(locale -> locale.getLanguage().equals(getLocale().getLanguage()))
                .findFirst().orElse(languages.getFirst()));
        language.setWidth("9em");
        language.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(change.getValue());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        return language;
    }


    private SideNav navigation(HomewardUser user) {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation(user.hasRole(Role.OFFICER) ? "nav.caseload" : "nav.cases"), CasesView.class));
        if (user.hasRole(Role.OFFICER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.followUps"), org.homeward.ui.worklist.FollowUpsDueView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.openCase"), OpenCaseView.class));
        }
        if (user.hasRole(Role.OFFICER) || user.hasRole(Role.MANAGER) || user.hasRole(Role.EVALUATOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.search"), org.homeward.ui.search.SearchView.class));
        }
        if (user.hasRole(Role.MANAGER) || user.hasRole(Role.EVALUATOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.outcomes"), org.homeward.ui.outcomes.OutcomesView.class));
        }
        if (user.hasRole(Role.OFFICER) || user.hasRole(Role.MANAGER) || user.hasRole(Role.EVALUATOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.replay"), org.homeward.ui.replay.ReplayView.class));
        }
        if (user.hasRole(Role.EVALUATOR) || user.hasRole(Role.MANAGER) || user.hasRole(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.snapshots"), org.homeward.ui.snapshots.SnapshotsView.class));
        }
        if (user.hasRole(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.adminSearch"), org.homeward.ui.admin.SearchAdminView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.users"), org.homeward.ui.admin.UsersView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), org.homeward.ui.admin.AuditView.class));
        }
        return nav;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        if (!demo) {
            super.showRouterLayoutContent(content);
            return;
        }
        Div framed = new Div(new DemoBanner(getTranslation("demo.banner")));
        framed.getElement().appendChild(content.getElement());
        framed.setSizeFull();
        setContent(framed);
    }
}
