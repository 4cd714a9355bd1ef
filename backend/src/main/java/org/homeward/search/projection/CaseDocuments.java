package org.homeward.search.projection;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.homeward.casefile.CaseOpened;
import org.homeward.casefile.CaseSnapshot;
import org.homeward.casefile.followup.FollowUpScheduled;
import org.homeward.casefile.identification.ScreeningOutcome;
import org.homeward.casefile.reintegration.BusinessStatus;
import org.homeward.casefile.reintegration.PsychosocialCheckInRecorded;
import org.homeward.casefile.reintegration.PsychosocialConcern;
import org.homeward.search.projection.CaseProjection.Flags;

/** The {@code cases} document of a case, from the totals of a finished {@link CaseFold}. */
final class CaseDocuments {

    private CaseDocuments() {
    }

    static CaseDocument of(CaseFold fold, StoredCaseEvent first, StoredCaseEvent last, int eventCount) {
        CaseSnapshot snapshot = fold.snapshot;
        CaseOpened opened = snapshot.opening();
        boolean open = snapshot.status() == org.homeward.casefile.CaseStatus.OPEN;
        // pending as the case decides it: neither completed, missed nor cancelled (only those can still be
        // completed or missed); listed while the case is open, the soonest due first
        List<FollowUpScheduled> pending = open ? fold.scheduled.values().stream()
                .filter(followUp -> !fold.completed.containsKey(followUp.followUpId())
                        && !fold.missed.containsKey(followUp.followUpId())
                        && !fold.cancelled.containsKey(followUp.followUpId()))
                .sorted(Comparator.comparing(FollowUpScheduled::dueOn)
                        .thenComparing(followUp -> followUp.followUpId().toString()))
                .toList() : List.of();
        LocalDate nextDue = pending.isEmpty() ? null : pending.getFirst().dueOn();
        List<CaseDocument.PendingFollowUp> pendingFollowUps = pending.stream()
                .map(followUp -> new CaseDocument.PendingFollowUp(followUp.followUpId().toString(),
                        followUp.purpose().name(), followUp.dueOn()))
                .toList();
        List<CaseDocument.SupportTotal> supportTotals = fold.totals.entrySet().stream().map(entry -> {
            String[] key = entry.getKey().split("/", -1);
            return new CaseDocument.SupportTotal(key[0] + "/" + key[1], key[2].isEmpty() ? null : key[2],
                    entry.getValue()[0].doubleValue(), fold.entries.get(entry.getKey()));
        }).toList();
        List<String> supportKinds = fold.supportByDate.values().stream().flatMap(TreeSet::stream).distinct().sorted().toList();
        List<String> flags = flags(fold);
        String reference = opened.reference();
        String searchText = Stream.of(reference, snapshot.status().name(), snapshot.office(), snapshot.officer(),
                        opened.nationality(), String.join(" ", fold.countries), String.join(" ", fold.forms),
                        opened.referralSource().name(), fold.business == null ? null : fold.business.status().name(),
                        String.join(" ", supportKinds), String.join(" ", flags))
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
        LocalDate returnedOn = fold.returnedOn;
        return new CaseDocument(opened.caseId().toString(), reference, snapshot.status().name(), snapshot.office(),
                snapshot.officer(), opened.openedBy(), opened.sex().name(), opened.birthYear(),
                CaseProjection.birthYearBand(opened.birthYear()), opened.nationality(), opened.referralSource().name(),
                opened.referredOn(), first.recordedAt(), snapshot.consentToDataProcessing(),
                snapshot.consentToDataSharing(),
                snapshot.screening() == null ? null : snapshot.screening().name(), List.copyOf(fold.forms),
                List.copyOf(fold.countries), snapshot.exploitationBeganOn(), returnedOn, CaseProjection.quarter(returnedOn),
                snapshot.planAgreed(), supportKinds, supportTotals, grantStatus(fold),
                fold.business == null ? null : fold.business.status().name(),
                fold.business == null ? null : fold.business.effectiveOn(), fold.lastContactOn,
                fold.completed.values().stream().max(Comparator.naturalOrder()).orElse(null), nextDue,
                fold.completed.size(), fold.missed.size(), pending.size(), pendingFollowUps, null, flags,
                fold.closure == null ? null : fold.closure.effectiveOn(),
                fold.closure == null ? null : fold.closure.reason().name(),
                eventCount, last.recordedAt(), last.sequence(), searchText);
    }

    private static String grantStatus(CaseFold fold) {
        if (fold.grants.isEmpty()) {
            return null;
        }
        boolean anyPaid = fold.grants.values().stream().anyMatch(grant -> grant[1] != null);
        boolean allPaid = fold.grants.values().stream().allMatch(grant -> grant[1] != null
                && grant[1].amount().compareTo(grant[0].amount()) >= 0);
        return allPaid ? "DISBURSED" : anyPaid ? "DISBURSING" : "APPROVED";
    }

    private static List<String> flags(CaseFold fold) {
        TreeSet<String> flags = new TreeSet<>();
        if (fold.consentWithdrawn) {
            flags.add(Flags.CONSENT_WITHDRAWN);
        }
        if (fold.snapshot.screening() == ScreeningOutcome.NOT_A_VICTIM) {
            flags.add(Flags.NOT_A_VICTIM);
        }
        if (!fold.missed.isEmpty()) { // a missed follow-up stays missed: the case refuses to complete it later
            flags.add(Flags.FOLLOW_UP_MISSED);
        }
        PsychosocialCheckInRecorded latestCheckIn = fold.latestCheckIn;
        if (latestCheckIn != null) {
            if (latestCheckIn.concerns().contains(PsychosocialConcern.SELF_HARM_RISK)
                    || latestCheckIn.concerns().contains(PsychosocialConcern.THREATS_FROM_TRAFFICKERS)) {
                flags.add(Flags.SAFETY_CONCERN);
            }
            if (latestCheckIn.wellbeingScore() <= CaseProjection.DISTRESS_SCORE) {
                flags.add(Flags.DISTRESS);
            }
        }
        if (fold.business != null && fold.business.status() != BusinessStatus.OPERATING) {
            flags.add(Flags.BUSINESS_NOT_OPERATING);
        }
        if (fold.reopened) {
            flags.add(Flags.REOPENED);
        }
        return List.copyOf(flags);
    }
}
