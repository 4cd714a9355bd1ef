package org.homeward.casefile;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.homeward.casefile.assessment.ReintegrationAssessed;
import org.homeward.casefile.followup.FollowUpCancelled;
import org.homeward.casefile.followup.FollowUpCompleted;
import org.homeward.casefile.followup.FollowUpMissed;
import org.homeward.casefile.followup.FollowUpScheduled;
import org.homeward.casefile.identification.ConsentRecorded;
import org.homeward.casefile.identification.ConsentScope;
import org.homeward.casefile.identification.ConsentWithdrawn;
import org.homeward.casefile.identification.ExploitationRecorded;
import org.homeward.casefile.identification.ScreeningCompleted;
import org.homeward.casefile.identification.ScreeningOutcome;
import org.homeward.casefile.journey.ReturnedHome;
import org.homeward.casefile.reintegration.BusinessGrantApproved;
import org.homeward.casefile.reintegration.BusinessGrantTrancheDisbursed;
import org.homeward.casefile.reintegration.ReintegrationPlanAgreed;

/**
 * What the case's rules need to know, folded from its events (with corrections applied). Kept apart from the
 * aggregate so that a correction can rebuild it from the corrected history.
 */
final class CaseState {

    CaseStatus status;
    String office;
    String officer;
    int birthYear;
    LocalDate referredOn;
    LocalDate exploitationStartedOn;
    ScreeningOutcome screening;
    boolean consentToDataProcessing;
    boolean consentToDataSharing;
    LocalDate returnedOn;
    LocalDate closedOn;
    boolean planAgreed;
    boolean personalDataErased;
    final Map<UUID, Grant> grants = new HashMap<>();
    final Map<UUID, FollowUp> followUps = new HashMap<>();
    final Set<UUID> assessments = new HashSet<>();

    record Grant(LocalDate approvedOn, Money amount, Money disbursed, int tranches) {
        Grant disburse(Money tranche) {
            return new Grant(approvedOn, amount, disbursed.add(tranche), tranches + 1);
        }
    }

    /** Only a SCHEDULED follow-up is pending: the others are settled for good. */
    enum FollowUpStatus { SCHEDULED, COMPLETED, MISSED, CANCELLED }

    /** @param closedOn when it was completed, last attempted (missed) or cancelled */
    record FollowUp(LocalDate scheduledOn, LocalDate dueOn, FollowUpStatus status, LocalDate closedOn) {
    }

    void apply(CaseEvent event) {
        switch (event) {
            case CaseOpened opened -> {
                status = CaseStatus.OPEN;
                office = opened.office();
                officer = opened.openedBy();
                birthYear = opened.birthYear();
                referredOn = opened.referredOn();
                consentToDataProcessing = opened.consent().dataProcessing();
                consentToDataSharing = opened.consent().dataSharing();
            }
            case ExploitationRecorded exploitation -> exploitationStartedOn = exploitationStartedOn == null
                    || exploitation.startedOn().isBefore(exploitationStartedOn) ? exploitation.startedOn() : exploitationStartedOn;
            case ScreeningCompleted screened -> screening = screened.outcome();
            case ConsentRecorded consent -> {
                consentToDataProcessing = consent.dataProcessing();
                consentToDataSharing = consent.dataSharing();
            }
            case ConsentWithdrawn withdrawn -> {
                consentToDataSharing = false;
                if (withdrawn.scope() == ConsentScope.DATA_PROCESSING) {
                    consentToDataProcessing = false;
                }
            }
            case ReturnedHome returned -> returnedOn = returned.effectiveOn();
            case ReintegrationPlanAgreed plan -> planAgreed = true;
            case BusinessGrantApproved grant -> grants.put(grant.grantId(), new Grant(grant.effectiveOn(), grant.amount(),
                    new Money(java.math.BigDecimal.ZERO, grant.amount().currency()), 0));
            case BusinessGrantTrancheDisbursed tranche -> grants.computeIfPresent(tranche.grantId(),
                    (id, grant) -> grant.disburse(tranche.amount()));
            case FollowUpScheduled scheduled -> followUps.put(scheduled.followUpId(),
                    new FollowUp(scheduled.effectiveOn(), scheduled.dueOn(), FollowUpStatus.SCHEDULED, null));
            case FollowUpCompleted completed -> followUps.computeIfPresent(completed.followUpId(),
                    (id, followUp) -> new FollowUp(followUp.scheduledOn(), followUp.dueOn(), FollowUpStatus.COMPLETED, completed.effectiveOn()));
            case FollowUpMissed missed -> followUps.computeIfPresent(missed.followUpId(),
                    (id, followUp) -> new FollowUp(followUp.scheduledOn(), followUp.dueOn(), FollowUpStatus.MISSED, missed.effectiveOn()));
            case FollowUpCancelled cancelled -> followUps.computeIfPresent(cancelled.followUpId(),
                    (id, followUp) -> new FollowUp(followUp.scheduledOn(), followUp.dueOn(), FollowUpStatus.CANCELLED, cancelled.effectiveOn()));
            case ReintegrationAssessed assessed -> assessments.add(assessed.assessmentId());
            case CaseReassigned reassigned -> officer = reassigned.toOfficer();
            case CaseTransferred transferred -> {
                office = transferred.toOffice();
                officer = transferred.toOfficer();
            }
            case CaseClosed closed -> {
                status = CaseStatus.CLOSED;
                closedOn = closed.effectiveOn();
            }
            case CaseReopened reopened -> status = CaseStatus.OPEN;
            case PersonalDataErased erased -> personalDataErased = true;
            default -> {
                // the other events record support given; no rule depends on them
            }
        }
    }
}
