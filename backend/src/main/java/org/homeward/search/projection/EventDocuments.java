package org.homeward.search.projection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.homeward.casefile.CaseClosed;
import org.homeward.casefile.CaseEvent;
import org.homeward.casefile.CaseOpened;
import org.homeward.casefile.CaseReassigned;
import org.homeward.casefile.CaseReopened;
import org.homeward.casefile.PersonalDataErased;
import org.homeward.casefile.CaseTransferred;
import org.homeward.casefile.EntryCorrected;
import org.homeward.casefile.Money;
import org.homeward.casefile.followup.FollowUpCancelled;
import org.homeward.casefile.followup.FollowUpCompleted;
import org.homeward.casefile.followup.FollowUpMissed;
import org.homeward.casefile.followup.FollowUpScheduled;
import org.homeward.casefile.identification.ConsentRecorded;
import org.homeward.casefile.identification.ConsentWithdrawn;
import org.homeward.casefile.identification.ExploitationRecorded;
import org.homeward.casefile.identification.ScreeningCompleted;
import org.homeward.casefile.journey.AssistanceProvided;
import org.homeward.casefile.journey.ReturnTravelArranged;
import org.homeward.casefile.reintegration.BusinessGrantApproved;
import org.homeward.casefile.reintegration.BusinessGrantTrancheDisbursed;
import org.homeward.casefile.reintegration.BusinessStatusReported;
import org.homeward.casefile.reintegration.EconomicSupportProvided;
import org.homeward.casefile.reintegration.PsychosocialCheckInRecorded;
import org.homeward.casefile.reintegration.ReferralMade;
import org.homeward.casefile.reintegration.ReintegrationPlanAgreed;
import org.homeward.casefile.reintegration.SocialSupportProvided;

/**
 * The {@code case-events} document of each event type. Only coded, non-personal fields are copied: sealed details
 * and notes, places of return and names of organisations stay in the event store.
 */
final class EventDocuments {

    private EventDocuments() {
    }

    /**
     * @param caseDocument the case as the whole history leaves it: its cohort is copied onto every event
     * @param followUps    how each scheduled follow-up was resolved
     */
    static CaseEventDocument of(StoredCaseEvent stored, CaseDocument caseDocument, List<String> correctedBy,
                                Function<FollowUpScheduled, FollowUpResolution> followUps) {
        Analytics fields = analytics(stored.event());
        EntryCorrected correction = stored.event() instanceof EntryCorrected c ? c : null;
        FollowUpScheduled followUp = stored.event() instanceof FollowUpScheduled scheduled ? scheduled : null;
        FollowUpResolution resolution = followUp == null ? null : followUps.apply(followUp);
        return new CaseEventDocument(stored.eventId(), caseDocument.caseId(), caseDocument.reference(),
                caseDocument.office(), stored.sequence(),
                stored.event().getClass().getSimpleName(), stage(stored.event()), stored.event().effectiveOn(),
                stored.recordedAt(), stored.recordedBy(), stored.recordedForOffice(),
                CaseProjection.monthsSince(caseDocument.returnedOn(), stored.event().effectiveOn()),
                fields.kind, fields.country, fields.amount, fields.currency, fields.score, fields.codes,
                correctedBy.isEmpty() ? null : List.copyOf(correctedBy),
                correction == null ? null : correction.correctedEventId(),
                correction == null ? null : correction.correctedValues().keySet().stream().sorted().toList(),
                caseDocument.nationality(), caseDocument.sex(), caseDocument.returnedOn(), caseDocument.returnQuarter(),
                caseDocument.exploitationCountries().isEmpty() ? null : caseDocument.exploitationCountries(),
                fields.supportKind == null ? null : fields.supportKind.name(),
                followUp == null ? null : followUp.dueOn(), resolution == null ? null : resolution.outcome(),
                resolution == null ? null : resolution.resolvedOn(), resolution == null ? null : resolution.daysLate());
    }

    /** The stage of the programme an event belongs to: the feature package it comes from. */
    static String stage(CaseEvent event) {
        String pkg = event.getClass().getPackageName();
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }

    private static final class Analytics {
        String kind;
        String country;
        Double amount;
        String currency;
        Integer score;
        List<String> codes;
        CaseProjection.SupportKind supportKind;

        Analytics kind(Enum<?> value) {
            kind = value == null ? null : value.name();
            return this;
        }

        Analytics money(Money money) {
            if (money != null) {
                amount = money.amount().doubleValue();
                currency = money.currency();
            }
            return this;
        }

        Analytics codes(Stream<String> values) {
            List<String> list = values.filter(java.util.Objects::nonNull).sorted().toList();
            codes = list.isEmpty() ? null : list;
            return this;
        }
    }

    private static Analytics analytics(CaseEvent event) {
        Analytics a = new Analytics();
        switch (event) {
            case CaseOpened opened -> {
                a.kind(opened.referralSource());
                a.country = opened.nationality();
            }
            case ExploitationRecorded exploitation -> {
                a.kind(exploitation.form());
                a.country = exploitation.countryOfExploitation();
                a.codes(Stream.concat(Stream.of(exploitation.recruitmentChannel().name()),
                        exploitation.transitCountries() == null ? Stream.empty() : exploitation.transitCountries().stream()));
            }
            case ScreeningCompleted screening -> a.kind(screening.outcome());
            case ConsentRecorded consent -> a.codes(Stream.of(consent.dataProcessing() ? "DATA_PROCESSING" : null,
                    consent.dataSharing() ? "DATA_SHARING" : null));
            case ConsentWithdrawn withdrawn -> a.kind(withdrawn.scope());
            case AssistanceProvided assistance -> {
                a.kind(assistance.kind()).money(assistance.cost());
                a.country = assistance.country();
                a.supportKind = CaseProjection.SupportKind.TRANSIT_ASSISTANCE;
            }
            case ReturnTravelArranged travel -> {
                a.kind(travel.mode());
                a.country = travel.fromCountry();
                a.codes(Stream.of(travel.toCountry()));
            }
            case ReintegrationPlanAgreed plan -> a.money(plan.budget()).codes(Stream.of(
                    name(plan.economicGoal()), name(plan.socialGoal()), name(plan.psychosocialGoal())));
            case EconomicSupportProvided economic -> {
                a.kind(economic.kind()).money(economic.value());
                a.supportKind = CaseProjection.SupportKind.ECONOMIC_SUPPORT;
            }
            case SocialSupportProvided social -> {
                a.kind(social.kind());
                a.supportKind = CaseProjection.SupportKind.SOCIAL_SUPPORT;
            }
            case ReferralMade referral -> {
                a.kind(referral.service());
                a.supportKind = CaseProjection.SupportKind.REFERRAL;
            }
            case PsychosocialCheckInRecorded checkIn -> {
                a.kind(checkIn.mode());
                a.score = checkIn.wellbeingScore();
                a.supportKind = CaseProjection.SupportKind.PSYCHOSOCIAL_SUPPORT;
                List<String> codes = new ArrayList<>(checkIn.concerns().stream().map(Enum::name).toList());
                if (checkIn.referredToSpecialist()) {
                    codes.add("REFERRED_TO_SPECIALIST");
                }
                a.codes(codes.stream());
            }
            case BusinessGrantApproved grant -> a.kind(grant.businessType()).money(grant.amount());
            case BusinessGrantTrancheDisbursed tranche -> {
                a.money(tranche.amount());
                a.score = tranche.trancheNumber();
                a.supportKind = CaseProjection.SupportKind.BUSINESS_GRANT;
            }
            case BusinessStatusReported status -> a.kind(status.status()).money(status.monthlyIncome());
            case FollowUpScheduled followUp -> a.kind(followUp.purpose());
            case FollowUpCompleted done -> a.kind(done.mode());
            case FollowUpMissed notReached -> a.score = notReached.attempts();
            case FollowUpCancelled dropped -> a.kind(dropped.reason());
            case CaseReassigned reassigned -> a.codes(Stream.of(reassigned.fromOfficer(), reassigned.toOfficer()));
            case CaseTransferred transfer -> a.codes(Stream.of(transfer.fromOffice(), transfer.toOffice()));
            case CaseClosed closed -> a.kind(closed.reason());
            case CaseReopened reopened -> a.kind(reopened.reason());
            case PersonalDataErased erased -> a.kind(erased.reason());
            case EntryCorrected correction -> a.kind(correction.reason());
            default -> a.kind = AssessmentScoring.schemeOf(event);
        }
        return a;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
