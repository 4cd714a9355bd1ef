package org.homeward.search.projection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.homeward.casefile.CaseClosed;
import org.homeward.casefile.CaseEvent;
import org.homeward.casefile.CaseOpened;
import org.homeward.casefile.CaseReopened;
import org.homeward.casefile.CaseSnapshot;
import org.homeward.casefile.CorrectedHistory;
import org.homeward.casefile.EntryCorrected;
import org.homeward.casefile.Money;
import org.homeward.casefile.followup.FollowUpCancelled;
import org.homeward.casefile.followup.FollowUpCompleted;
import org.homeward.casefile.followup.FollowUpMissed;
import org.homeward.casefile.followup.FollowUpScheduled;
import org.homeward.casefile.identification.ConsentWithdrawn;
import org.homeward.casefile.identification.ExploitationRecorded;
import org.homeward.casefile.identification.ScreeningOutcome;
import org.homeward.casefile.journey.AssistanceProvided;
import org.homeward.casefile.reintegration.BusinessGrantApproved;
import org.homeward.casefile.reintegration.BusinessGrantTrancheDisbursed;
import org.homeward.casefile.reintegration.BusinessStatus;
import org.homeward.casefile.reintegration.BusinessStatusReported;
import org.homeward.casefile.reintegration.EconomicSupportProvided;
import org.homeward.casefile.reintegration.PsychosocialCheckInRecorded;
import org.homeward.casefile.reintegration.PsychosocialConcern;
import org.homeward.casefile.reintegration.ReferralMade;
import org.homeward.casefile.reintegration.SocialSupportProvided;

/**
 * Folds one case's history, as corrected, into its search documents. A pure function of the events: the live
 * projection, a replay and a rebuild give the same documents for the same history (nothing here reads a clock).
 */
public final class CaseProjection {

    /** A wellbeing score at or below this on the latest check-in flags the case for attention. */
    static final int DISTRESS_SCORE = 3;

    private final AssessmentScoring scoring;

    public CaseProjection(AssessmentScoring scoring) {
        this.scoring = scoring;
    }

    public ProjectedCase project(List<StoredCaseEvent> stream) {
        CorrectedHistory history = new CorrectedHistory();
        Map<String, List<String>> correctedBy = new HashMap<>();
        for (StoredCaseEvent stored : stream) {
            history.add(stored.eventId(), stored.event());
            if (stored.event() instanceof EntryCorrected correction) {
                correctedBy.computeIfAbsent(correction.correctedEventId(), id -> new ArrayList<>()).add(stored.eventId());
            }
        }
        CaseSnapshot snapshot = history.snapshot();
        Fold fold = new Fold(snapshot);
        List<StoredCaseEvent> corrected = stream.stream().map(stored -> new StoredCaseEvent(stored.eventId(),
                stored.sequence(), stored.recordedAt(), stored.recordedBy(), stored.recordedForOffice(),
                history.get(stored.eventId()))).toList();
        corrected.forEach(fold::apply);
        StoredCaseEvent first = stream.getFirst();
        StoredCaseEvent last = stream.getLast();
        CaseDocument caseDocument = fold.caseDocument(first, last, stream.size());
        List<CaseEventDocument> events = corrected.stream()
                .map(stored -> EventDocuments.of(stored, caseDocument,
                        correctedBy.getOrDefault(stored.eventId(), List.of()), fold::resolution))
                .toList();
        List<AssessmentDocument> assessments = scoring.assessments(corrected, caseDocument, fold.supportReceivedBy());
        return new ProjectedCase(withLatestAssessment(caseDocument, assessments), events, assessments);
    }

    private static CaseDocument withLatestAssessment(CaseDocument document, List<AssessmentDocument> assessments) {
        return assessments.stream().max(Comparator.comparing(AssessmentDocument::assessedOn)
                        .thenComparing(AssessmentDocument::recordedAt))
                .map(latest -> {
                    CaseDocument.LatestAssessment summary = new CaseDocument.LatestAssessment(latest.assessmentId(),
                            latest.assessedOn(), latest.monthsSinceReturn(), latest.scoredWith(), latest.economic(),
                            latest.social(), latest.psychosocial(), latest.overall(), latest.sustainable());
                    List<String> flags = latest.sustainable() ? document.flags()
                            : Stream.concat(document.flags().stream(), Stream.of(Flags.NOT_SUSTAINABLE)).sorted().toList();
                    return document.withLatestAssessment(summary, flags);
                })
                .orElse(document);
    }

    static String birthYearBand(int birthYear) {
        int from = birthYear - Math.floorMod(birthYear, 5);
        return from + "-" + (from + 4);
    }

    static String quarter(LocalDate date) {
        return date == null ? null : date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }

    /** Whole months between the return and a date, rounded to the nearest; null before the return. */
    static Integer monthsSince(LocalDate returnedOn, LocalDate date) {
        if (returnedOn == null || date == null || date.isBefore(returnedOn)) {
            return null;
        }
        return (int) Math.round(ChronoUnit.DAYS.between(returnedOn, date) / 30.4375);
    }

    /** Flags officers and managers filter on; each says why a case needs a look. */
    static final class Flags {
        static final String CONSENT_WITHDRAWN = "CONSENT_WITHDRAWN";
        static final String NOT_A_VICTIM = "SCREENED_OUT";
        static final String FOLLOW_UP_MISSED = "FOLLOW_UP_MISSED";
        static final String SAFETY_CONCERN = "SAFETY_CONCERN";
        static final String DISTRESS = "DISTRESS";
        static final String BUSINESS_NOT_OPERATING = "BUSINESS_NOT_OPERATING";
        static final String NOT_SUSTAINABLE = "NOT_SUSTAINABLE";
        static final String REOPENED = "REOPENED";

        private Flags() {
        }
    }

    /** The running totals of one pass over the corrected history. */
    private static final class Fold {
        private final CaseSnapshot snapshot;
        private final LocalDate returnedOn;
        private final TreeSet<String> forms = new TreeSet<>();
        private final TreeSet<String> countries = new TreeSet<>();
        private final Map<String, BigDecimal[]> totals = new TreeMap<>();
        private final Map<String, Integer> entries = new HashMap<>();
        private final TreeMap<LocalDate, TreeSet<String>> supportByDate = new TreeMap<>();
        private final Map<UUID, Money[]> grants = new LinkedHashMap<>();
        private final Map<UUID, FollowUpScheduled> scheduled = new HashMap<>();
        private final Map<UUID, LocalDate> completed = new HashMap<>();
        private final Map<UUID, LocalDate> missed = new HashMap<>();
        private final Map<UUID, LocalDate> cancelled = new HashMap<>();
        private BusinessStatusReported business;
        private PsychosocialCheckInRecorded latestCheckIn;
        private LocalDate lastContactOn;
        private boolean consentWithdrawn;
        private boolean reopened;
        private CaseClosed closure;

        Fold(CaseSnapshot snapshot) {
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

        CaseDocument caseDocument(StoredCaseEvent first, StoredCaseEvent last, int eventCount) {
            CaseOpened opened = snapshot.opening();
            boolean open = snapshot.status() == org.homeward.casefile.CaseStatus.OPEN;
            // pending as the case decides it: neither completed, missed nor cancelled (only those can still be
            // completed or missed); listed while the case is open, the soonest due first
            List<FollowUpScheduled> pending = open ? scheduled.values().stream()
                    .filter(followUp -> !completed.containsKey(followUp.followUpId())
                            && !missed.containsKey(followUp.followUpId())
                            && !cancelled.containsKey(followUp.followUpId()))
                    .sorted(Comparator.comparing(FollowUpScheduled::dueOn)
                            .thenComparing(followUp -> followUp.followUpId().toString()))
                    .toList() : List.of();
            LocalDate nextDue = pending.isEmpty() ? null : pending.getFirst().dueOn();
            List<CaseDocument.PendingFollowUp> pendingFollowUps = pending.stream()
                    .map(followUp -> new CaseDocument.PendingFollowUp(followUp.followUpId().toString(),
                            followUp.purpose().name(), followUp.dueOn()))
                    .toList();
            List<CaseDocument.SupportTotal> supportTotals = totals.entrySet().stream().map(entry -> {
                String[] key = entry.getKey().split("/", -1);
                return new CaseDocument.SupportTotal(key[0] + "/" + key[1], key[2].isEmpty() ? null : key[2],
                        entry.getValue()[0].doubleValue(), entries.get(entry.getKey()));
            }).toList();
            List<String> supportKinds = supportByDate.values().stream().flatMap(TreeSet::stream).distinct().sorted().toList();
            String reference = opened.reference();
            String searchText = Stream.of(reference, snapshot.status().name(), snapshot.office(), snapshot.officer(),
                            opened.nationality(), String.join(" ", countries), String.join(" ", forms),
                            opened.referralSource().name(), business == null ? null : business.status().name(),
                            String.join(" ", supportKinds), String.join(" ", flags()))
                    .filter(Objects::nonNull).collect(Collectors.joining(" "));
            return new CaseDocument(opened.caseId().toString(), reference, snapshot.status().name(), snapshot.office(),
                    snapshot.officer(), opened.openedBy(), opened.sex().name(), opened.birthYear(),
                    birthYearBand(opened.birthYear()), opened.nationality(), opened.referralSource().name(),
                    opened.referredOn(), first.recordedAt(), snapshot.consentToDataProcessing(),
                    snapshot.consentToDataSharing(),
                    snapshot.screening() == null ? null : snapshot.screening().name(), List.copyOf(forms),
                    List.copyOf(countries), snapshot.exploitationBeganOn(), returnedOn, quarter(returnedOn),
                    snapshot.planAgreed(), supportKinds, supportTotals, grantStatus(),
                    business == null ? null : business.status().name(),
                    business == null ? null : business.effectiveOn(), lastContactOn,
                    completed.values().stream().max(Comparator.naturalOrder()).orElse(null), nextDue,
                    completed.size(), missed.size(), pending.size(), pendingFollowUps, null, flags(),
                    closure == null ? null : closure.effectiveOn(), closure == null ? null : closure.reason().name(),
                    eventCount, last.recordedAt(), last.sequence(), searchText);
        }

        private String grantStatus() {
            if (grants.isEmpty()) {
                return null;
            }
            boolean anyPaid = grants.values().stream().anyMatch(grant -> grant[1] != null);
            boolean allPaid = grants.values().stream().allMatch(grant -> grant[1] != null
                    && grant[1].amount().compareTo(grant[0].amount()) >= 0);
            return allPaid ? "DISBURSED" : anyPaid ? "DISBURSING" : "APPROVED";
        }

        private List<String> flags() {
            TreeSet<String> flags = new TreeSet<>();
            if (consentWithdrawn) {
                flags.add(Flags.CONSENT_WITHDRAWN);
            }
            if (snapshot.screening() == ScreeningOutcome.NOT_A_VICTIM) {
                flags.add(Flags.NOT_A_VICTIM);
            }
            if (!missed.isEmpty()) { // a missed follow-up stays missed: the case refuses to complete it later
                flags.add(Flags.FOLLOW_UP_MISSED);
            }
            if (latestCheckIn != null) {
                if (latestCheckIn.concerns().contains(PsychosocialConcern.SELF_HARM_RISK)
                        || latestCheckIn.concerns().contains(PsychosocialConcern.THREATS_FROM_TRAFFICKERS)) {
                    flags.add(Flags.SAFETY_CONCERN);
                }
                if (latestCheckIn.wellbeingScore() <= DISTRESS_SCORE) {
                    flags.add(Flags.DISTRESS);
                }
            }
            if (business != null && business.status() != BusinessStatus.OPERATING) {
                flags.add(Flags.BUSINESS_NOT_OPERATING);
            }
            if (reopened) {
                flags.add(Flags.REOPENED);
            }
            return List.copyOf(flags);
        }
    }

    /** The broad kinds of support that facets and outcome cohorts compare. */
    public enum SupportKind {
        TRANSIT_ASSISTANCE, ECONOMIC_SUPPORT, SOCIAL_SUPPORT, PSYCHOSOCIAL_SUPPORT, BUSINESS_GRANT, REFERRAL
    }

    /** The kinds of support given on or before a date. */
    @FunctionalInterface
    public interface SupportReceived {
        List<String> by(LocalDate date);
    }
}
