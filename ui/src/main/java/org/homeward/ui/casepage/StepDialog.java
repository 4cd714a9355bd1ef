package org.homeward.ui.casepage;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.axonframework.modelling.command.ConcurrencyException;
import org.homeward.casefile.AddNote;
import org.homeward.casefile.CaseRecording;
import org.homeward.casefile.CaseRuleViolation;
import org.homeward.casefile.CorrectEntry;
import org.homeward.casefile.CorrectionReason;
import org.homeward.casefile.UnknownCase;
import org.homeward.search.CaseSearch;
import org.homeward.security.HomewardUser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * Records one step, or corrects one entry, in a dialog: the form checks as the officer types; on save the case
 * decides, and a refusal is shown where it applies, with nothing recorded. Once recorded, the dialog waits until
 * the search indices show it, so the page the officer returns to already does.
 */
class StepDialog extends Dialog {

    final StepForm form;
    final Button save = new Button();
    final ComboBox<CorrectionReason> reason = new ComboBox<>();
    private final UUID caseId;
    private final CaseRecording recording;
    private final CaseSearch search;
    private final HomewardUser officer;
    private final Consumer<String> recorded;
    private final String correctedEventId;
    private final Map<String, Object> correctedPayload;

    private StepDialog(String title, StepForm form, UUID caseId, CaseRecording recording, CaseSearch search,
                       HomewardUser officer, Consumer<String> recorded, String correctedEventId,
                       Map<String, Object> correctedPayload, StepContext context) {
        this.form = form;
        this.caseId = caseId;
        this.recording = recording;
        this.search = search;
        this.officer = officer;
        this.recorded = recorded;
        this.correctedEventId = correctedEventId;
        this.correctedPayload = correctedPayload;
        setHeaderTitle(title);
        setId("step-dialog");
        setWidth("min(48em, 100vw)");
        add(form);
        if (correctedEventId != null) {
            reason.setId("field-reason");
            reason.setLabel(context.t("field.correctionReason"));
            reason.setItems(CorrectionReason.values());
            reason.setItemLabelGenerator(value -> context.t("enum.CorrectionReason." + value.name()));
            reason.setRequiredIndicatorVisible(true);
            reason.addValueChangeListener(change -> reason.setInvalid(change.getValue() == null));
            reason.setErrorMessage(context.t("validation.required"));
            form.addComponentAtIndex(0, reason);
            form.setColspan(reason, 2);
        }
        save.setText(context.t(correctedEventId == null ? "action.record" : "action.correct"));
        save.setId("save-step");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(context));
        Button cancel = new Button(context.t("action.cancel"), click -> close());
        cancel.setId("cancel-step");
        getFooter().add(cancel, save);
    }

    static StepDialog record(Steps.Step step, StepContext context, UUID caseId, CaseRecording recording,
                             CaseSearch search, HomewardUser officer, Consumer<String> recorded) {
        return new StepDialog(context.t(step.key()), new StepForm(step.command(), context, false), caseId, recording,
                search, officer, recorded, null, null, context);
    }

    static StepDialog correct(Class<? extends Record> eventType, String eventId, Map<String, Object> payload,
                              StepContext context, UUID caseId, CaseRecording recording, CaseSearch search,
                              HomewardUser officer, Consumer<String> recorded) {
        StepForm form = new StepForm(eventType, context, true);
        form.fill(payload);
        return new StepDialog(context.t("correction.title", context.t("event." + eventType.getSimpleName())), form,
                caseId, recording, search, officer, recorded, eventId, payload, context);
    }

    void save(StepContext context) {
        if (!form.validate() | (correctedEventId != null && reason.getValue() == null)) {
            reason.setInvalid(correctedEventId != null && reason.getValue() == null);
            return;
        }
        try {
            String eventId;
            if (correctedEventId != null) {
                Map<String, Object> changed = form.changedFrom(correctedPayload);
                if (changed.isEmpty()) {
                    form.formProblem.setText(context.t("correction.nothingChanged"));
                    return;
                }
                eventId = recording.record(caseId, new CorrectEntry(caseId, correctedEventId, changed, reason.getValue()),
                        officer);
            } else if (form.type == AddNote.class) {
                eventId = recording.addNote(caseId, (String) form.fields.get("note").value(),
                        (LocalDate) form.fields.get("notedOn").value(), officer);
            } else {
                eventId = recording.record(caseId, form.command(caseId), officer);
            }
            search.awaitIndexed(caseId, eventId, Duration.ofSeconds(5));
            close();
            recorded.accept(eventId);
        } catch (CaseRuleViolation violation) {
            form.showProblem(violation.field(), violation.getMessage());
        } catch (ConcurrencyException collision) {
            form.formProblem.setText(context.t("step.collision"));
        } catch (UnknownCase unknown) {
            // Transferred away (or gone) meanwhile: nothing of it stays on screen.
            close();
            recorded.accept(null);
        }
    }
}
