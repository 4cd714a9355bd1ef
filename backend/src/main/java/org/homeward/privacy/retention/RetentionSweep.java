package org.homeward.privacy.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.homeward.casefile.CaseRuleViolation;
import org.homeward.casefile.ErasePersonalData;
import org.homeward.casefile.ErasureReason;
import org.homeward.casefile.RecordedBy;
import org.homeward.casefile.UnknownCase;
import org.homeward.privacy.CaseKeyVault;
import org.homeward.search.CaseSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The retention policy: personal data are kept for {@code homeward.privacy.retention.after-closure} (an ISO period such
 * as {@code P5Y}) after a case is closed, then erased as a survivor's request would erase them, recorded as
 * {@code PersonalDataErased} (reason {@code RETENTION_EXPIRED}) by {@value #RECORDED_BY}. Runs every night
 * ({@code homeward.privacy.retention.cron}); off while no period is set. The case itself decides: one reopened since
 * is refused and kept.
 */
@Component
public class RetentionSweep {

    static final String RECORDED_BY = "retention-policy";
    private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);
    private static final int PER_RUN = 1_000;

    private final CaseSearch search;
    private final CaseKeyVault vault;
    private final CommandGateway commands;
    private final Clock clock;
    private final Period afterClosure;

    public RetentionSweep(CaseSearch search, CaseKeyVault vault, CommandGateway commands, Clock clock,
                          @Value("${homeward.privacy.retention.after-closure:}") String afterClosure) {
        this.search = search;
        this.vault = vault;
        this.commands = commands;
        this.clock = clock;
        this.afterClosure = afterClosure.isBlank() ? null : Period.parse(afterClosure);
    }

    @Scheduled(cron = "${homeward.privacy.retention.cron:0 30 2 * * *}", zone = "UTC")
    void nightly() {
        if (afterClosure != null) {
            int erased = sweep(LocalDate.now(clock), afterClosure);
            log.info("Retention policy: personal data of {} closed cases erased", erased);
        }
    }

    /** Erases the personal data of cases closed on or before {@code today - retention}; answers how many. */
    public int sweep(LocalDate today, Period retention) {
        int erased = 0;
        for (CaseSearch.ClosedCase closed : search.closedOnOrBefore(today.minus(retention), PER_RUN)) {
            if (vault.destroyed(closed.caseId())) {
                continue;
            }
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                                new ErasePersonalData(closed.caseId(), ErasureReason.RETENTION_EXPIRED, today))
                        .andMetaData(Map.of(RecordedBy.USER, RECORDED_BY, RecordedBy.OFFICE, closed.office())));
                erased++;
            } catch (CaseRuleViolation | UnknownCase refused) {
                // reopened or moved since the index last saw it: the case keeps its data
                log.info("Retention policy: case {} kept ({})", closed.caseId(), refused.getMessage());
            }
        }
        return erased;
    }
}
