package org.homeward.ui.casepage;

import java.util.List;
import java.util.function.Predicate;

import org.homeward.casefile.AddNote;
import org.homeward.casefile.CaseRecord;
import org.homeward.casefile.CaseStatus;
import org.homeward.casefile.CloseCase;
import org.homeward.casefile.ErasePersonalData;
import org.homeward.casefile.ReassignCase;
import org.homeward.casefile.ReopenCase;
import org.homeward.casefile.TransferCase;
import org.homeward.casefile.assessment.RecordReintegrationAssessment;
import org.homeward.casefile.followup.CompleteFollowUp;
import org.homeward.casefile.followup.RecordMissedFollowUp;
import org.homeward.casefile.followup.ScheduleFollowUp;
import org.homeward.casefile.identification.CompleteScreening;
import org.homeward.casefile.identification.RecordConsent;
import org.homeward.casefile.identification.RecordExploitation;
import org.homeward.casefile.identification.WithdrawConsent;
import org.homeward.casefile.journey.ArrangeReturnTravel;
import org.homeward.casefile.journey.ProvideAssistance;
import org.homeward.casefile.journey.RecordReturnHome;
import org.homeward.casefile.reintegration.AgreeReintegrationPlan;
import org.homeward.casefile.reintegration.ApproveBusinessGrant;
import org.homeward.casefile.reintegration.DisburseGrantTranche;
import org.homeward.casefile.reintegration.MakeReferral;
import org.homeward.casefile.reintegration.ProvideEconomicSupport;
import org.homeward.casefile.reintegration.ProvideSocialSupport;
import org.homeward.casefile.reintegration.RecordPsychosocialCheckIn;
import org.homeward.casefile.reintegration.ReportBusinessStatus;

/**
 * Every step an officer can record on a case, grouped by stage, each offered only when the case can take it (the
 * case's rules still decide on save: this only keeps impossible choices out of the menu).
 */
final class Steps {

    record Step(String stage, Class<? extends Record> command, Predicate<CaseRecord> offered) {
        String key() {
            return "step." + command.getSimpleName();
        }
    }

    private static final Predicate<CaseRecord> OPEN = record -> record.status() == CaseStatus.OPEN;
    private static final Predicate<CaseRecord> RETURNED = OPEN.and(record -> record.returnedOn() != null);
    private static final Predicate<CaseRecord> NOT_RETURNED = OPEN.and(record -> record.returnedOn() == null);
    private static final Predicate<CaseRecord> HAS_GRANT = OPEN.and(record -> !record.grants().isEmpty());
    private static final Predicate<CaseRecord> FOLLOW_UP_PENDING = OPEN.and(record -> record.followUps().stream()
            .anyMatch(followUp -> "SCHEDULED".equals(followUp.status())));

    static final List<Step> ALL = List.of(
            new Step("identification", RecordExploitation.class, OPEN),
            new Step("identification", CompleteScreening.class, OPEN),
            new Step("identification", RecordConsent.class, OPEN),
            new Step("identification", WithdrawConsent.class, OPEN),
            new Step("journey", ProvideAssistance.class, NOT_RETURNED),
            new Step("journey", ArrangeReturnTravel.class, NOT_RETURNED),
            new Step("journey", RecordReturnHome.class, NOT_RETURNED),
            new Step("reintegration", AgreeReintegrationPlan.class, RETURNED),
            new Step("reintegration", ProvideEconomicSupport.class, RETURNED),
            new Step("reintegration", ApproveBusinessGrant.class, RETURNED.and(CaseRecord::planAgreed)),
            new Step("reintegration", DisburseGrantTranche.class, HAS_GRANT),
            new Step("reintegration", ReportBusinessStatus.class, HAS_GRANT),
            new Step("reintegration", RecordPsychosocialCheckIn.class, RETURNED),
            new Step("reintegration", ProvideSocialSupport.class, RETURNED),
            new Step("reintegration", MakeReferral.class, OPEN),
            new Step("reintegration", RecordReintegrationAssessment.class, RETURNED),
            new Step("followup", ScheduleFollowUp.class, OPEN),
            new Step("followup", CompleteFollowUp.class, FOLLOW_UP_PENDING),
            new Step("followup", RecordMissedFollowUp.class, FOLLOW_UP_PENDING),
            new Step("case", AddNote.class, OPEN.and(record -> !record.personalDataErased())),
            new Step("case", ReassignCase.class, OPEN),
            new Step("case", TransferCase.class, OPEN),
            new Step("case", CloseCase.class, OPEN),
            new Step("case", ReopenCase.class, record -> record.status() == CaseStatus.CLOSED),
            // open or closed: a survivor's request to be forgotten is always honoured
            new Step("case", ErasePersonalData.class, record -> !record.personalDataErased()));

    static final List<String> STAGES = List.of("identification", "journey", "reintegration", "followup", "case");

    private Steps() {
    }
}
