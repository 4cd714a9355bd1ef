package org.homeward.search.projection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.homeward.casefile.CaseClosed;
import org.homeward.casefile.CaseEvent;
import org.homeward.casefile.CaseReopened;
import org.homeward.casefile.CaseSnapshot;
import org.homeward.casefile.Money;
import org.homeward.casefile.followup.FollowUpCancelled;
import org.homeward.casefile.followup.FollowUpCompleted;
import org.homeward.casefile.followup.FollowUpMissed;
import org.homeward.casefile.followup.FollowUpScheduled;
import org.homeward.casefile.identification.ConsentWithdrawn;
import org.homeward.casefile.identification.ExploitationRecorded;
import org.homeward.casefile.journey.AssistanceProvided;
import org.homeward.casefile.reintegration.BusinessGrantApproved;
import org.homeward.casefile.reintegration.BusinessGrantTrancheDisbursed;
import org.homeward.casefile.reintegration.BusinessStatusReported;
import org.homeward.casefile.reintegration.EconomicSupportProvided;
import org.homeward.casefile.reintegration.PsychosocialCheckInRecorded;
import org.homeward.casefile.reintegration.ReferralMade;
import org.homeward.casefile.reintegration.SocialSupportProvided;
import org.homeward.search.projection.CaseProjection.SupportKind;
import org.homeward.search.projection.CaseProjection.SupportReceived;

/**
 * The running totals of one pass of {@link CaseProjection} over a case's corrected history. Its fields are read by
 * {@link CaseDocuments}, which turns them into the case document once the pass is done.
 */
final class CaseFold {

    final CaseSnapshot snapshot;
    final LocalDate returnedOn;
    final TreeSet<String> forms = new TreeSet<>();
    final TreeSet<String> countries = new TreeSet<>();
    final Map<String, BigDecimal[]> totals = new TreeMap<>();
    final Map<String, Integer> entries = new HashMap<>();
    final TreeMap<LocalDate, TreeSet<String>> supportByDate = new TreeMap<>();
    final Map<UUID, Money[]> grants = new LinkedHashMap<>();
    final Map<UUID, FollowUpScheduled> scheduled = new HashMap<>();
    final Map<UUID, LocalDate> completed = new HashMap<>();
    final Map<UUID, LocalDate> missed = new HashMap<>();
    final Map<UUID, LocalDate> cancelled = new HashMap<>();
    BusinessStatusReported business;
    PsychosocialCheckInRecorded latestCheckIn;
    LocalDate lastContactOn;
    boolean consentWithdrawn;
    boolean reopened;
    CaseClosed closure;

    CaseFold(CaseSnapshot snapshot) {
        this.snapshot = snapshot;
        this.returnedOn = snapshot.returnedOn();
    }

    void apply(StoredCaseEvent stored) {
        CaseEvent event = stored.event();
        switch (event) {
            case ExploitationRecorded exploitation -> {
                forms.add(exploitation.form().name());
                countries.add(exploitation.countryOfExploitation());
            }
            case AssistanceProvided assistance -> support(SupportKind.TRANSIT_ASSISTANCE, assistance.kind().name(),
                    assistance.cost(), assistance.effectiveOn(), false);
            case EconomicSupportProvided economic -> support(SupportKind.ECONOMIC_SUPPORT, economic.kind().name(),
                    economic.value(), economic.effectiveOn(), true);
            case SocialSupportProvided social -> support(SupportKind.SOCIAL_SUPPORT, social.kind().name(), null,
                    social.effectiveOn(), true);
            case ReferralMade referral -> support(SupportKind.REFERRAL, referral.service().name(), null,
                    referral.effectiveOn(), false);
            case BusinessGrantApproved grant -> grants.put(grant.grantId(), new Money[] {grant.amount(), null});
            case BusinessGrantTrancheDisbursed tranche -> {
                grants.computeIfPresent(tranche.grantId(), (id, grant) -> new Money[] {grant[0],
                        grant[1] == null ? tranche.amount() : grant[1].add(tranche.amount())});
                support(SupportKind.BUSINESS_GRANT, "TRANCHE", tranche.amount(), tranche.effectiveOn(), true);
            }
            case BusinessStatusReported status -> {
                if (business == null || !status.effectiveOn().isBefore(business.effectiveOn())) {
                    business = status;
                }
                contact(status.effectiveOn());
            }
            case PsychosocialCheckInRecorded checkIn -> {
                if (latestCheckIn == null || !checkIn.effectiveOn().isBefore(latestCheckIn.effectiveOn())) {
                    latestCheckIn = checkIn;
                }
                supportOn(checkIn.effectiveOn(), SupportKind.PSYCHOSOCIAL_SUPPORT);
                contact(checkIn.effectiveOn());
            }
            case FollowUpScheduled followUp -> scheduled.put(followUp.followUpId(), followUp);
            case FollowUpCompleted done -> {
                completed.put(done.followUpId(), done.effectiveOn());
                missed.remove(done.followUpId());
                contact(done.effectiveOn());
            }
            case FollowUpMissed notReached -> missed.put(notReached.followUpId(), notReached.effectiveOn());
            case FollowUpCancelled dropped -> cancelled.put(dropped.followUpId(), dropped.effectiveOn());
            case ConsentWithdrawn withdrawn -> consentWithdrawn = true;
            case CaseClosed closed -> closure = closed;
            case CaseReopened again -> {
                reopened = true;
                closure = null;
            }
            default -> {
                if (AssessmentScoring.isAssessment(event)) {
                    contact(event.effectiveOn());
                }
            }
        }
    }

    private void support(SupportKind kind, String detail, Money value, LocalDate on, boolean contact) {
        String key = kind.name() + "/" + detail + "/" + (value == null ? "" : value.currency());
        totals.merge(key, new BigDecimal[] {value == null ? BigDecimal.ZERO : value.amount()},
                (a, b) -> new BigDecimal[] {a[0].add(b[0])});
        entries.merge(key, 1, Integer::sum);
        supportOn(on, kind);
        if (contact) {
            contact(on);
        }
    }

    private void supportOn(LocalDate on, SupportKind kind) {
        supportByDate.computeIfAbsent(on, date -> new TreeSet<>()).add(kind.name());
    }

    private void contact(LocalDate on) {
        if (on != null && (lastContactOn == null || on.isAfter(lastContactOn))) {
            lastContactOn = on;
        }
    }

    FollowUpResolution resolution(FollowUpScheduled followUp) {
        UUID id = followUp.followUpId();
        if (completed.containsKey(id)) {
            return FollowUpResolution.completed(followUp.dueOn(), completed.get(id));
        }
        if (missed.containsKey(id)) {
            return FollowUpResolution.missed(missed.get(id));
        }
        return cancelled.containsKey(id) ? FollowUpResolution.cancelled(cancelled.get(id)) : FollowUpResolution.PENDING;
    }

    /** The kinds of support given on or before each date, for the assessments' "support received" cohort. */
    SupportReceived supportReceivedBy() {
        TreeMap<LocalDate, TreeSet<String>> byDate = supportByDate;
        return date -> byDate.headMap(date, true).values().stream().flatMap(TreeSet::stream)
                .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
    }
}
