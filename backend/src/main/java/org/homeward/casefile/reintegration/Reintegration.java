package org.homeward.casefile.reintegration;

import java.time.Clock;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.homeward.casefile.StageRecorder;

/**
 * The reintegration stage of a case: the plan, economic support and business grants paid in tranches, business
 * status, psychosocial check-ins, social support and referrals.
 */
public final class Reintegration {

    /** Not state: how this stage records in its case. */
    private final transient StageRecorder recorder;

    public Reintegration(StageRecorder recorder) {
        this.recorder = recorder;
    }

    @CommandHandler
    String handle(AgreeReintegrationPlan command, Clock clock) {
        return recorder.record(new ReintegrationPlanAgreed(recorder.caseId(), command.economicGoal(), command.socialGoal(),
                command.psychosocialGoal(), command.budget(), command.agreedOn()), "agreedOn", clock);
    }

    @CommandHandler
    String handle(ProvideEconomicSupport command, Clock clock) {
        return recorder.record(new EconomicSupportProvided(recorder.caseId(), command.kind(), command.value(),
                command.providedOn()), "providedOn", clock);
    }

    @CommandHandler
    String handle(ApproveBusinessGrant command, Clock clock) {
        return recorder.record(new BusinessGrantApproved(recorder.caseId(), command.grantId(), command.businessType(),
                command.amount(), command.approvedOn()), "approvedOn", clock);
    }

    /** Tranches are numbered from 1 in the order they are paid. */
    @CommandHandler
    String handle(DisburseGrantTranche command, Clock clock) {
        int trancheNumber = recorder.tranchesPaid(command.grantId()) + 1;
        return recorder.record(new BusinessGrantTrancheDisbursed(recorder.caseId(), command.grantId(), trancheNumber,
                command.amount(), command.disbursedOn()), "disbursedOn", clock);
    }

    @CommandHandler
    String handle(ReportBusinessStatus command, Clock clock) {
        return recorder.record(new BusinessStatusReported(recorder.caseId(), command.grantId(), command.status(),
                command.monthlyIncome(), command.reportedOn()), "reportedOn", clock);
    }

    @CommandHandler
    String handle(RecordPsychosocialCheckIn command, Clock clock) {
        return recorder.record(new PsychosocialCheckInRecorded(recorder.caseId(), command.mode(), command.wellbeingScore(),
                command.concerns() == null ? null : Set.copyOf(command.concerns()),
                command.referredToSpecialist(), command.checkedInOn()), "checkedInOn", clock);
    }

    @CommandHandler
    String handle(ProvideSocialSupport command, Clock clock) {
        return recorder.record(new SocialSupportProvided(recorder.caseId(), command.kind(), command.providedOn()), "providedOn", clock);
    }

    @CommandHandler
    String handle(MakeReferral command, Clock clock) {
        return recorder.record(new ReferralMade(recorder.caseId(), command.service(), command.organisation(),
                command.referredOn()), "referredOn", clock);
    }
}
