package org.homeward.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.homeward.casefile.CaseOpened;
import org.homeward.casefile.CaseSnapshot;
import org.homeward.casefile.CaseStatus;
import org.homeward.casefile.ReferralSource;
import org.homeward.casefile.Sex;

/**
 * A case in the {@code cases} index. Built only from non-personal fields: the sealed personal details of an event
 * have no place here (the index mapping is strict, so an unexpected field fails loudly).
 */
public record CaseDocument(
        UUID caseId,
        String reference,
        CaseStatus status,
        String office,
        String openedBy,
        Sex sex,
        int birthYear,
        String nationality,
        ReferralSource referralSource,
        LocalDate referredOn,
        Instant openedAt,
        boolean consentToDataSharing,
        long lastEventSequence) {

    static CaseDocument of(CaseSnapshot snapshot, Instant openedAt, long sequence) {
        CaseOpened opened = snapshot.opening();
        return new CaseDocument(opened.caseId(), opened.reference(), snapshot.status(), snapshot.office(),
                opened.openedBy(), opened.sex(), opened.birthYear(), opened.nationality(), opened.referralSource(),
                opened.referredOn(), openedAt, snapshot.consentToDataSharing(), sequence);
    }
}
