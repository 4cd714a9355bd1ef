package org.homeward.ui.replay;

import java.util.List;
import java.util.Set;

import org.homeward.ui.replay.ReplayView.StateField;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** A case's state as a table of fields, at one moment or beside another; changed or differing fields highlighted. */
final class StateGrid extends Grid<StateField> {

    /** Technical fields of the read model that tell an evaluator nothing. */
    static final Set<String> HIDDEN = Set.of("searchText", "caseId");

    StateGrid(String id, boolean twoMoments) {
        setId(id);
        addColumn(field -> getTranslation("replay.field." + field.field())).setHeader(getTranslation("replay.field"))
                .setKey("field").setAutoWidth(true);
        addColumn(StateField::value).setHeader(getTranslation("replay.value")).setKey("value");
        if (twoMoments) {
            addColumn(StateField::other).setHeader(getTranslation("replay.otherValue")).setKey("other");
        }
        setPartNameGenerator(field -> field.highlighted() ? "changed" : null);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addClassName("replay-state");
    }

    /** A state's value as shown: a list's items separated by commas, nothing for no value. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(StateGrid::text).reduce((x, y) -> x + ", " + y).orElse("");
        }
        return String.valueOf(value);
    }
}
