package org.homeward.ui.replay;

import java.util.List;

import org.homeward.search.CaseQuery;
import org.homeward.search.CaseSearch;
import org.homeward.search.projection.CaseDocument;
import org.homeward.security.HomewardUser;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;

/** Finds a case by its reference among the viewer's cases and opens its replay. */
final class ReferenceLookup extends HorizontalLayout {

    final TextField reference = new TextField();
    final Button open = new Button();

    private final CaseSearch search;
    private final HomewardUser viewer;

    ReferenceLookup(CaseSearch search, HomewardUser viewer) {
        this.search = search;
        this.viewer = viewer;
        reference.setId("replay-reference");
        reference.setLabel(getTranslation("replay.reference"));
        reference.setPlaceholder(getTranslation("replay.reference.placeholder"));
        open.setId("replay-open");
        open.setText(getTranslation("replay.open"));
        open.addThemeVariants(ButtonVariant.PRIMARY);
        open.addClickListener(click -> findByReference());
        open.addClickShortcut(Key.ENTER);
        add(reference, open);
        setAlignItems(Alignment.BASELINE);
    }

    private void findByReference() {
        String wanted = reference.getValue() == null ? "" : reference.getValue().strip();
        if (wanted.isEmpty()) {
            reference.setInvalid(true);
            reference.setErrorMessage(getTranslation("replay.reference.required"));
            return;
        }
        List<CaseDocument> found = search.page(viewer, new CaseQuery(wanted, null, null, null, null, null, null, null,
                null, null, null, null, null, null, false, 0, 10)).stream()
                .filter(document -> document.reference().equalsIgnoreCase(wanted)).toList();
        if (found.isEmpty()) {
            reference.setInvalid(true);
            reference.setErrorMessage(getTranslation("replay.reference.unknown"));
            return;
        }
        reference.setInvalid(false);
        getUI().ifPresent(ui -> ui.navigate(ReplayView.class, new RouteParameters("caseId", found.getFirst().caseId())));
    }
}
