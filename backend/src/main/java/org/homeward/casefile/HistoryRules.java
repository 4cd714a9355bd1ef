package org.homeward.casefile;

import static org.homeward.casefile.EventRules.require;

import org.homeward.casefile.assessment.ReintegrationAssessed;
import org.homeward.casefile.followup.FollowUpCancelled;
import org.homeward.casefile.followup.FollowUpCompleted;
import org.homeward.casefile.followup.FollowUpMissed;
import org.homeward.casefile.followup.FollowUpScheduled;
import org.homeward.casefile.identification.ConsentRecorded;
import org.homeward.casefile.identification.ConsentScope;
import org.homeward.casefile.identification.ConsentWithdrawn;
import org.homeward.casefile.identification.ExploitationRecorded;
import org.homeward.casefile.journey.ReturnTravelArranged;
import org.homeward.casefile.journey.ReturnedHome;
import org.homeward.casefile.reintegration.BusinessGrantApproved;
import org.homeward.casefile.reintegration.BusinessGrantTrancheDisbursed;
import org.homeward.casefile.reintegration.BusinessStatusReported;
import org.homeward.casefile.reintegration.EconomicSupportProvided;
import org.homeward.casefile.reintegration.ReintegrationPlanAgreed;

/**
 * The rules that depend on what the case recorded before an event: whether the case is open and consent in force,
 * what has already happened (a return, a plan, a grant and its payments, a follow-up, an assessment). The aggregate checks them
 * when a command would record an event, and again over the whole history when a correction would change it.
 */
final class HistoryRules {

    private HistoryRules() {
    }

    /** Whether the case accepts this kind of event at all in its current state. Checked before the event's fields. */
    static void checkAccepts(CaseEvent event, CaseState before) {
        switch (event) {
            case CaseOpened opened -> {
                // the first event
            }
            case CaseReopened reopened -> require(before.status == CaseStatus.CLOSED, "caseId", "the case is not closed");
            case ConsentRecorded e -> requireOpen(before);
            case ConsentWithdrawn e -> requireOpen(before);
            case CaseReassigned e -> requireOpen(before);
            case CaseTransferred e -> requireOpen(before);
            case NoteAdded e -> {
                requireOpen(before);
                requireNotErased(before, "note");
            }
            // open or closed, with consent or without: a survivor's request to be forgotten is always honoured
            case PersonalDataErased e -> {
                requireNotErased(before, "caseId");
                require(e.reason() != ErasureReason.RETENTION_EXPIRED || before.status == CaseStatus.CLOSED, "reason",
                        "the retention period runs from the closing of a case; this case is open");
            }
            case CaseClosed e -> requireOpen(before);
            case FollowUpCancelled e -> require(before.status == CaseStatus.CLOSED, "caseId",
                    "a follow-up is cancelled by the closing of its case");
            case EntryCorrected e -> requireOpen(before);
            default -> {
                requireOpen(before);
                require(before.consentToDataProcessing, "caseId",
                        "consent to data processing was withdrawn: record renewed consent, or close the case");
            }
        }
    }

    private static void requireNotErased(CaseState before, String field) {
        require(!before.personalDataErased, field,
                "the personal data of this case were erased: nothing personal can be recorded for it again");
    }

    /** What the event must agree with in the case's history. Checked after the event's own fields. */
    static void checkAgainst(CaseEvent event, CaseState before, String dateField) {
        switch (event) {
            case ExploitationRecorded e -> require(before.referredOn == null || !e.startedOn().isAfter(before.referredOn),
                    dateField, "the exploitation cannot begin after the referral");
            case ConsentWithdrawn e -> require(e.scope() == ConsentScope.DATA_PROCESSING
                            ? before.consentToDataProcessing : before.consentToDataSharing, "scope",
                    "there is no consent to " + e.scope().name().toLowerCase().replace('_', ' ') + " to withdraw");
            case ReturnTravelArranged e -> require(before.returnedOn == null, dateField, "the person has already returned home");
            case ReturnedHome e -> require(before.returnedOn == null, dateField, "the return home is already recorded (on "
                    + before.returnedOn + "); correct that entry instead");
            case ReintegrationPlanAgreed e -> requireReturned(before);
            case EconomicSupportProvided e -> requireReturned(before);
            case BusinessGrantApproved e -> {
                requireReturned(before);
                require(before.planAgreed, "grantId", "a business grant needs an agreed reintegration plan");
                require(before.screening == null || before.screening.isVictim(), "grantId",
                        "the person was screened as not a victim of trafficking");
                require(!before.grants.containsKey(e.grantId()), "grantId", "this grant is already approved");
            }
            case BusinessGrantTrancheDisbursed e -> {
                CaseState.Grant grant = grant(before, e.grantId());
                require(grant.amount().currency().equals(e.amount().currency()), "amount.currency",
                        "tranches are paid in the grant's currency, " + grant.amount().currency());
                require(!e.effectiveOn().isBefore(grant.approvedOn()), dateField,
                        "a tranche cannot be paid before the grant was approved");
                require(!grant.disbursed().add(e.amount()).exceeds(grant.amount()), "amount",
                        "this tranche would take the payments to " + grant.disbursed().add(e.amount())
                                + ", beyond the approved " + grant.amount());
            }
            case BusinessStatusReported e -> {
                CaseState.Grant grant = grant(before, e.grantId());
                require(grant.tranches() > 0, "grantId", "no tranche of this grant has been paid yet");
                require(!e.effectiveOn().isBefore(grant.approvedOn()), dateField,
                        "the report cannot be dated before the grant was approved");
            }
            case ReintegrationAssessed e -> {
                requireReturned(before);
                require(!e.effectiveOn().isBefore(before.returnedOn), dateField,
                        "an assessment cannot be dated before the return home (" + before.returnedOn + ")");
                require(!before.assessments.contains(e.assessmentId()), "assessmentId", "this assessment is already recorded");
            }
            case FollowUpScheduled e -> require(!before.followUps.containsKey(e.followUpId()), "followUpId",
                    "this follow-up is already scheduled");
            case FollowUpCompleted e -> requirePending(before, e.followUpId(), e, dateField);
            case FollowUpMissed e -> requirePending(before, e.followUpId(), e, dateField);
            case FollowUpCancelled e -> {
                CaseState.FollowUp followUp = before.followUps.get(e.followUpId());
                require(followUp != null, "followUpId", "this case has no such follow-up");
                require(followUp.status() == CaseState.FollowUpStatus.SCHEDULED, "followUpId",
                        "this follow-up was already recorded as " + followUp.status().name().toLowerCase());
            }
            case CaseReassigned e -> require(!e.toOfficer().equals(before.officer), "toOfficer",
                    "the case is already assigned to " + before.officer);
            case CaseTransferred e -> require(!e.toOffice().equals(before.office), "toOffice",
                    "the case already belongs to " + before.office);
            case CaseReopened e -> require(!e.effectiveOn().isBefore(before.closedOn), dateField,
                    "a case cannot be reopened before it was closed (" + before.closedOn + ")");
            default -> {
                // no rule of this event depends on the history
            }
        }
    }

    private static void requireOpen(CaseState before) {
        require(before.status == CaseStatus.OPEN, "caseId", "the case is closed; reopen it first");
    }

    private static void requireReturned(CaseState before) {
        require(before.returnedOn != null, "caseId", "the person has not returned home yet; record the return first");
    }

    private static CaseState.Grant grant(CaseState before, java.util.UUID grantId) {
        CaseState.Grant grant = before.grants.get(grantId);
        require(grant != null, "grantId", "this case has no such grant");
        return grant;
    }

    private static void requirePending(CaseState before, java.util.UUID followUpId, CaseEvent contact, String dateField) {
        CaseState.FollowUp followUp = before.followUps.get(followUpId);
        require(followUp != null, "followUpId", "this case has no such follow-up");
        require(followUp.status() == CaseState.FollowUpStatus.SCHEDULED, "followUpId",
                "this follow-up was already recorded as " + followUp.status().name().toLowerCase());
        require(!contact.effectiveOn().isBefore(followUp.scheduledOn()), dateField,
                "the contact cannot be before the follow-up was scheduled");
    }
}
