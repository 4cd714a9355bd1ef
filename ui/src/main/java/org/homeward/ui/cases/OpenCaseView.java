package org.homeward.ui.cases;

import java.util.List;

import org.homeward.casefile.CaseRecording;
import org.homeward.casefile.identification.RecordExploitation;
import org.homeward.ui.casepage.CasePageView;
import org.homeward.ui.casepage.StepContext;
import org.homeward.ui.casepage.StepForm;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.RouteParameters;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.homeward.casefile.BirthYears;
import org.homeward.casefile.CaseOpening;
import org.homeward.casefile.CaseRuleViolation;
import org.homeward.casefile.OpenedCase;
import org.homeward.casefile.ReferralSource;
import org.homeward.casefile.Sex;
import org.homeward.search.CaseSearch;
import org.homeward.security.HomewardUser;
import org.homeward.ui.layout.MainLayout;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * Opens a case. Validates as the officer types, refuses to save without consent to data processing, and shows the
 * server's reason beside the field when a case rule refuses the case.
 */
@Route(value = "cases/new", layout = MainLayout.class)
@RolesAllowed("OFFICER")
public class OpenCaseView extends VerticalLayout implements HasDynamicTitle {

    final TextField fullName = new TextField();
    final TextField phone = new TextField();
    final Select<Sex> sex = new Select<>();
    final IntegerField birthYear = new IntegerField();
    final ComboBox<String> nationality = new ComboBox<>();
    final Select<String> office = new Select<>();
    final Select<ReferralSource> referralSource = new Select<>();
    final DatePicker referredOn = new DatePicker();
    final Checkbox consentToDataProcessing = new Checkbox();
    final Checkbox consentToDataSharing = new Checkbox();
    final Button save = new Button();
    final Checkbox recordExploitation = new Checkbox();
    final StepForm exploitation;

    private final Binder<CaseForm> binder = new Binder<>(CaseForm.class);
    private final CaseOpening opening;
    private final CaseSearch search;
    private final CaseRecording recording;
    private final HomewardUser officer;

    public OpenCaseView(CaseOpening opening, CaseSearch search, CaseRecording recording,
                        AuthenticationContext authentication) {
        this.opening = opening;
        this.search = search;
        this.recording = recording;
        this.officer = authentication.getAuthenticatedUser(HomewardUser.class).orElseThrow();
        Locale locale = getLocale();
        this.exploitation = new StepForm(RecordExploitation.class, new StepContext(null, List.of(), office -> List.of(),
                null, org.homeward.ui.OfficersDay.today(), locale, (key, parameters) -> getTranslation(key, parameters)), false);
        exploitation.setId("exploitation-form");
        exploitation.setVisible(false);
        recordExploitation.setId("record-exploitation");
        recordExploitation.setLabel(getTranslation("openCase.recordExploitation"));
        recordExploitation.addValueChangeListener(change -> exploitation.setVisible(change.getValue()));

        label(fullName, "case.fullName", "full-name");
        label(phone, "case.phone", "phone");
        phone.setHelperText(getTranslation("case.phone.helper"));
        label(sex, "case.sex", "sex");
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(value -> getTranslation("sex." + value));
        label(birthYear, "case.birthYear", "birth-year");
        label(nationality, "case.nationality", "nationality");
        nationality.setItems(Countries.codesByName(locale));
        nationality.setItemLabelGenerator(code -> Countries.name(code, locale));
        label(office, "case.office", "office");
        office.setItems(officer.offices().stream().sorted().toList());
        label(referralSource, "case.referralSource", "referral-source");
        referralSource.setItems(ReferralSource.values());
        referralSource.setItemLabelGenerator(value -> getTranslation("referralSource." + value));
        label(referredOn, "case.referredOn", "referred-on");
        referredOn.setMax(org.homeward.ui.OfficersDay.latestAnywhere());
        referredOn.setLocale(locale);
        consentToDataProcessing.setLabel(getTranslation("case.consent.dataProcessing"));
        consentToDataProcessing.setId("consent-processing");
        consentToDataSharing.setLabel(getTranslation("case.consent.dataSharing"));
        consentToDataSharing.setId("consent-sharing");
        save.setText(getTranslation("action.openCase"));
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        bind();
        if (officer.offices().size() == 1) {
            office.setValue(officer.offices().iterator().next());
        }

        FormLayout form = new FormLayout(fullName, phone, sex, birthYear, nationality, office, referralSource,
                referredOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        FormLayout consent = new FormLayout(consentToDataProcessing, consentToDataSharing);
        consent.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H2(getTranslation("openCase.title")), new Paragraph(getTranslation("openCase.intro")),
                new H3(getTranslation("openCase.identification")), form,
                new H3(getTranslation("openCase.exploitation")), recordExploitation, exploitation,
                new H3(getTranslation("openCase.consent")), consent, save);
        setMaxWidth("960px");
    }

    private void bind() {
        fullName.setValueChangeMode(ValueChangeMode.EAGER);
        binder.forField(fullName).asRequired(getTranslation("validation.required"))
                .withValidator(value -> value.strip().length() <= 200, getTranslation("validation.tooLong"))
                .bind(CaseForm::getFullName, CaseForm::setFullName);
        binder.forField(phone)
                .withValidator(value -> value.isBlank() || value.strip().matches("\\+?[0-9 ()-]{6,32}"),
                        getTranslation("validation.phone"))
                .bind(CaseForm::getPhone, CaseForm::setPhone);
        binder.forField(sex).asRequired(getTranslation("validation.required")).bind(CaseForm::getSex, CaseForm::setSex);
        binder.forField(birthYear).asRequired(getTranslation("validation.required"))
                .withValidator(year -> BirthYears.isPlausible(year, Year.now()), getTranslation("validation.birthYear"))
                .bind(CaseForm::getBirthYear, CaseForm::setBirthYear);
        binder.forField(nationality).asRequired(getTranslation("validation.required"))
                .bind(CaseForm::getNationality, CaseForm::setNationality);
        binder.forField(office).asRequired(getTranslation("validation.required")).bind(CaseForm::getOffice, CaseForm::setOffice);
        binder.forField(referralSource).asRequired(getTranslation("validation.required"))
                .bind(CaseForm::getReferralSource, CaseForm::setReferralSource);
        binder.forField(referredOn).asRequired(getTranslation("validation.required"))
                .withValidator(date -> !date.isAfter(org.homeward.ui.OfficersDay.latestAnywhere()), getTranslation("validation.notInFuture"))
                .bind(CaseForm::getReferredOn, CaseForm::setReferredOn);
        binder.forField(consentToDataProcessing)
                .withValidator(Boolean::booleanValue, getTranslation("validation.consentRequired"))
                .bind(CaseForm::isConsentToDataProcessing, CaseForm::setConsentToDataProcessing);
        binder.forField(consentToDataSharing)
                .bind(CaseForm::isConsentToDataSharing, CaseForm::setConsentToDataSharing);
        binder.setBean(new CaseForm());
    }

    void save() {
        boolean identified = binder.validate().isOk();
        boolean exploitationFine = !recordExploitation.getValue() || exploitation.validate() && beganBeforeReferral();
        if (!identified || !exploitationFine) {
            return;
        }
        OpenedCase opened;
        try {
            opened = opening.open(binder.getBean().toNewCase(), officer);
        } catch (CaseRuleViolation refused) {
            showRefusal(refused);
            return;
        }
        String latest = null;
        if (recordExploitation.getValue()) {
            try {
                latest = recording.record(opened.caseId(), exploitation.command(opened.caseId()), officer);
            } catch (CaseRuleViolation refused) {
                // The case exists now; what was refused can be recorded again from its page.
                Notification.show(getTranslation("openCase.exploitationRefused", refused.getMessage()), 8000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
        }
        if (latest == null) {
            search.awaitSearchable(opened.caseId(), Duration.ofSeconds(5));
        } else {
            search.awaitIndexed(opened.caseId(), latest, Duration.ofSeconds(5));
        }
        Notification.show(getTranslation("openCase.saved", opened.reference()), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(CasePageView.class, new RouteParameters("caseId", opened.caseId().toString())));
    }

    /** The case would refuse an exploitation that began after the referral, once opened: say so before opening. */
    private boolean beganBeforeReferral() {
        Object began = exploitation.value("startedOn");
        if (began instanceof LocalDate date && referredOn.getValue() != null && date.isAfter(referredOn.getValue())) {
            exploitation.showProblem("startedOn", getTranslation("validation.exploitationAfterReferral"));
            return false;
        }
        return true;
    }

    private void showRefusal(CaseRuleViolation refused) {
        Map<String, HasValidation> fields = Map.of("personalDetails", fullName, "sex", sex, "birthYear", birthYear,
                "nationality", nationality, "office", office, "referralSource", referralSource,
                "referredOn", referredOn, "consent.dataProcessing", consentToDataProcessing);
        HasValidation field = fields.get(refused.field());
        if (field != null) {
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
        }
        Notification.show(getTranslation("openCase.refused", refused.getMessage()), 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void label(com.vaadin.flow.component.HasLabel field, String key, String id) {
        field.setLabel(getTranslation(key));
        ((com.vaadin.flow.component.Component) field).setId(id);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("openCase.title");
    }

}
