package org.homeward.ui.replay;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.homeward.replay.CaseReplay;
import org.homeward.replay.CaseReplays;
import org.homeward.replay.ReplayStep;
import org.homeward.ui.replay.ReplayView.StateField;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The case's events in the order they were recorded, beside the whole state after the chosen one, stepping back and forth. */
final class StepThrough extends FlexLayout {

    final Grid<ReplayStep> steps = new Grid<>();
    final Button back = new Button();
    final Button forward = new Button();
    final Span position = new Span();
    final StateGrid state = new StateGrid("replay-state", false);

    private final Locale locale;
    private CaseReplay replay;

    StepThrough(Locale locale) {
        this.locale = locale;
        configureSteps();
        back.setId("replay-back");
        back.setText(getTranslation("replay.back"));
        back.addClickListener(click -> move(-1));
        forward.setId("replay-forward");
        forward.setText(getTranslation("replay.forward"));
        forward.addClickListener(click -> move(1));
        position.setId("replay-position");

        HorizontalLayout stepping = new HorizontalLayout(back, position, forward);
        stepping.setAlignItems(FlexComponent.Alignment.CENTER);
        VerticalLayout history = new VerticalLayout(new H3(getTranslation("replay.history")), steps);
        history.setPadding(false);
        history.addClassName("replay-column");
        VerticalLayout after = new VerticalLayout(new H3(getTranslation("replay.stateAfter")), stepping, state);
        after.setPadding(false);
        after.addClassName("replay-column");
        add(history, after);
        setFlexWrap(FlexLayout.FlexWrap.WRAP);
        addClassName("replay-columns");
        setWidthFull();
    }

    private void configureSteps() {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.of("UTC"));
        steps.setId("replay-steps");
        steps.addColumn(ReplayStep::step).setHeader("#").setKey("step").setAutoWidth(true).setFlexGrow(0);
        steps.addColumn(step -> step.event().effectiveOn() == null ? "" : date.format(step.event().effectiveOn()))
                .setHeader(getTranslation("replay.happened")).setKey("happened").setAutoWidth(true);
        steps.addColumn(step -> getTranslation("event." + step.event().type())
                        + (step.event().corrects() == null ? "" : " ↺"))
                .setHeader(getTranslation("replay.step")).setKey("type").setAutoWidth(true);
        steps.addColumn(step -> dateTime.format(step.event().recordedAt())).setHeader(getTranslation("replay.recorded"))
                .setKey("recorded").setAutoWidth(true);
        steps.addColumn(step -> Objects.toString(step.event().recordedBy(), "")).setHeader(getTranslation("replay.by"))
                .setKey("by").setAutoWidth(true);
        steps.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        steps.setHeight("28rem");
        steps.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                showStep(change.getValue());
            }
        });
    }

    /** Shows a replay's steps, at its last. */
    void show(CaseReplay replay) {
        this.replay = replay;
        steps.setItems(replay.steps());
        steps.select(replay.steps().getLast());
    }

    /** One step back or forward. */
    void move(int by) {
        ReplayStep current = steps.asSingleSelect().getValue();
        int next = Math.clamp((current == null ? 0 : current.step()) + by, 0, replay.steps().size() - 1);
        steps.select(replay.steps().get(next));
        steps.scrollToIndex(next);
    }

    private void showStep(ReplayStep step) {
        Set<String> changed = Set.copyOf(step.changed());
        List<StateField> fields = new ArrayList<>();
        CaseReplays.fields(step.state()).forEach((field, value) -> {
            if (!StateGrid.HIDDEN.contains(field)) {
                fields.add(new StateField(field, StateGrid.text(value), null, changed.contains(field)));
            }
        });
        state.setItems(fields);
        position.setText(getTranslation("replay.position", step.step(), replay.steps().size() - 1,
                getTranslation("event." + step.event().type())));
        back.setEnabled(step.step() > 0);
        forward.setEnabled(step.step() < replay.steps().size() - 1);
    }
}
