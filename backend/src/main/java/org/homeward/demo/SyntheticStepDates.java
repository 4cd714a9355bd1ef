package org.homeward.demo;

import java.time.LocalDate;

import org.homeward.casefile.assessment.RecordReintegrationAssessment;
import org.homeward.casefile.followup.CompleteFollowUp;
import org.homeward.casefile.followup.RecordMissedFollowUp;
import org.homeward.casefile.identification.CompleteScreening;
import org.homeward.casefile.identification.RecordExploitation;
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

/** The day each kind of synthetic step is dated by, so that a journey's steps are recorded in the order they happened. */
final class SyntheticStepDates {

    private SyntheticStepDates() {
    }

    /** When a step happened, to record steps in the order of their dates. */
    static LocalDate dateOf(Object step) {
        return switch (step) {
            case RecordExploitation s -> s.startedOn();
            case CompleteScreening s -> s.screenedOn();
            case ProvideAssistance s -> s.providedOn();
            case ArrangeReturnTravel s -> s.arrangedOn();
            case ProvideEconomicSupport s -> s.providedOn();
            case ProvideSocialSupport s -> s.providedOn();
            case MakeReferral s -> s.referredOn();
            case RecordReturnHome s -> s.returnedOn();
            case CompleteFollowUp s -> s.completedOn();
            case RecordMissedFollowUp s -> s.lastAttemptOn();
            case RecordPsychosocialCheckIn s -> s.checkedInOn();
            case AgreeReintegrationPlan s -> s.agreedOn();
            case ApproveBusinessGrant s -> s.approvedOn();
            case DisburseGrantTranche s -> s.disbursedOn();
            case ReportBusinessStatus s -> s.reportedOn();
            case RecordReintegrationAssessment s -> s.assessedOn();
            default -> LocalDate.MIN;
        };
    }
}
