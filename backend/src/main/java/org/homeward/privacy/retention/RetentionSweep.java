package org.homeward.privacy.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.homeward.casefile.CaseRecords;
import org.homeward.casefile.CaseRuleViolation;
import org.homeward.casefile.ErasePersonalDataAfterRetention;
import org.homeward.casefile.RecordedBy;
import org.homeward.privacy.CaseKeyVault;
import org.homeward.search.CaseSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The retention policy: personal data are kept for {@code homeward.privacy.retention.after-closure} (an ISO period such
 * as {@code P5Y}) after a case is closed, then erased by the same event and key destruction as a survivor's request,
 * recorded as {@code PersonalDataErased} (reason {@code RETENTION_EXPIRED}) by {@value #RECORDED_BY}. Runs every night
 * ({@code homeward.privacy.retention.cron}); off while no period is set. The search index only proposes candidates:
 * the case itself decides from its own history (one reopened, or closed again later, is refused and kept).
 */
@Component
public class RetentionSweep {

    static final String RECORDED_BY = "retention-policy";
    private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);
    private static final int PAGE = 500;

    private final CaseSearch search;
    private final CaseKeyVault vault;
    private final CaseRecords records;
    private final CommandGateway commands;
    private final Clock clock;
    private final Period afterClosure;

    public RetentionSweep(CaseSearch search, CaseKeyVault vault, CaseRecords records, CommandGateway commands, Clock clock,
                          @Value("${homeward.privacy.retention.after-closure:}") String afterClosure) {
        this.search = search;
        this.vault = vault;
        this.records = records;
        this.commands = commands;
        this.clock = clock;
        this.afterClosure = afterClosure.isBlank() ? null : positive(Period.parse(afterClosure));
    }

    /** A period of nothing, or less, would erase every closed case at once: refused at start-up. */
    static Period positive(Period period) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("homeward.privacy.retention.after-closure must be a positive period, not " + period);
        }
        return period;
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
        LocalDate cutOff = today.minus(positive(retention));
        int erased = 0;
        CaseSearch.ClosedCase last = null;
        List<CaseSearch.ClosedCase> page;
        do {
            page = search.closedOnOrBefore(cutOff, last, PAGE);
            Set<java.util.UUID> alreadyErased = vault.destroyedAmong(page.stream().map(CaseSearch.ClosedCase::caseId).toList());
            for (CaseSearch.ClosedCase closed : page) {
                if (!alreadyErased.contains(closed.caseId()) && erase(closed, cutOff, today)) {
                    erased++;
                }
            }
            last = page.isEmpty() ? null : page.getLast();
        } while (page.size() == PAGE);
        return erased;
    }

    private boolean erase(CaseSearch.ClosedCase closed, LocalDate cutOff, LocalDate today) {
        try {
            // the office the case belongs to now, from its history: the index may lag behind a transfer
            String office = records.officeOf(closed.caseId()).orElse(null);
            if (office == null) {
                return false;
            }
            Map<String, Object> recordedBy = new HashMap<>();
            recordedBy.put(RecordedBy.USER, RECORDED_BY);
            recordedBy.put(RecordedBy.OFFICE, office);
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                    new ErasePersonalDataAfterRetention(closed.caseId(), cutOff, today)).andMetaData(recordedBy));
            return true;
        } catch (CaseRuleViolation refused) {
            log.info("Retention policy: case {} kept ({})", closed.caseId(), refused.getMessage());
        } catch (RuntimeException failed) {
            // one case failing (a collision that kept coming, a database hiccup) must not stop the others
            log.warn("Retention policy: case {} not erased this time", closed.caseId(), failed);
        }
        return false;
    }
}
