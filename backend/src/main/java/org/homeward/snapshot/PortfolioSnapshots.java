package org.homeward.snapshot;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.serialization.Serializer;
import org.homeward.casefile.assessment.ScoringSchemes;
import org.homeward.search.SearchFamily;
import org.homeward.search.SearchIndexes;
import org.homeward.search.projection.CaseProjection;
import org.homeward.search.projection.SearchWriter;
import org.homeward.search.rebuild.CaseHistoriesInOrder;
import org.homeward.security.HomewardUser;
import org.homeward.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

/**
 * Builds, lists and deletes portfolio snapshots. A build reads every case of the event store up to the newest event
 * stored when it began, keeps of each case the events recorded by the end of the snapshot's date, folds them with the
 * search projection's own fold (so a snapshot holds exactly what the live indices held that evening, and no personal
 * details) and writes the documents into new indices, which are then frozen. Builds run one at a time per node, in
 * the background, reporting progress to their row ({@link SnapshotBuild}; the rows are {@link SnapshotRows}').
 */
@Service
public class PortfolioSnapshots {

    private static final Logger log = LoggerFactory.getLogger(PortfolioSnapshots.class);
    static final int MAX_NAME = 100;

    private final SearchIndexes indexes;
    private final ScoringSchemes schemes;
    private final Clock clock;
    private final SnapshotRows rows;
    private final SnapshotBuild builds;

    public PortfolioSnapshots(SearchIndexes indexes, SearchWriter writer, CaseProjection projection,
                              ScoringSchemes schemes, JdbcClient jdbc, JdbcTemplate jdbcTemplate,
                              PlatformTransactionManager transactions,
                              @Qualifier("eventSerializer") Serializer eventSerializer,
                              org.axonframework.config.Configuration axon, Clock clock,
                              @Value("${homeward.search.rebuild.cases-per-page:500}") int casesPerPage) {
        this.indexes = indexes;
        this.schemes = schemes;
        this.clock = clock;
        this.rows = new SnapshotRows(jdbc, clock);
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.builds = new SnapshotBuild(indexes, writer, projection,
                new CaseHistoriesInOrder(jdbcTemplate, readOnly, casesPerPage), eventSerializer, axon, rows);
    }

    @PreDestroy
    void stop() {
        builds.stop();
    }

    /**
     * Starts building a snapshot of the portfolio as known on the date and returns at once with its first status.
     *
     * @throws SnapshotRefused naming the field at fault: no name, a name taken, no date or a date to come
     */
    public PortfolioSnapshot build(String name, LocalDate asKnownOn, HomewardUser builtBy) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new SnapshotRefused(SnapshotRefused.Reason.NAME_MISSING);
        }
        if (trimmed.length() > MAX_NAME) {
            throw new SnapshotRefused(SnapshotRefused.Reason.NAME_TOO_LONG);
        }
        if (asKnownOn == null) {
            throw new SnapshotRefused(SnapshotRefused.Reason.DATE_MISSING);
        }
        if (asKnownOn.isAfter(LocalDate.now(clock))) {
            throw new SnapshotRefused(SnapshotRefused.Reason.DATE_TO_COME);
        }
        if (rows.nameTaken(trimmed)) {
            throw new SnapshotRefused(SnapshotRefused.Reason.NAME_TAKEN);
        }
        UUID id = UUID.randomUUID();
        long upTo = rows.newestPosition();
        long total = rows.eventsUpTo(upTo);
        Map<String, String> indices = new LinkedHashMap<>();
        SearchFamily.ALL.forEach(family -> indices.put(family, indexes.prefix() + "snapshot-" + id + "-" + family));
        try {
            rows.insertBuilding(id, trimmed, asKnownOn, upTo, indices, schemes.newest().id(), builtBy.username(), total);
        } catch (DuplicateKeyException taken) {
            throw new SnapshotRefused(SnapshotRefused.Reason.NAME_TAKEN);
        }
        log.info("Snapshot {} ({}) as known on {}: {} events up to position {}, started by {}", id, trimmed, asKnownOn,
                total, upTo, builtBy.username());
        builds.start(id, indices, upTo, PortfolioSnapshot.cutOff(asKnownOn));
        return find(id).orElseThrow();
    }

    /** Every snapshot, newest first. */
    public List<PortfolioSnapshot> list() {
        return rows.list();
    }

    public Optional<PortfolioSnapshot> find(UUID id) {
        return rows.find(id);
    }

    /** The snapshot, if it exists and is ready to be read. */
    public Optional<PortfolioSnapshot> ready(UUID id) {
        return find(id).filter(PortfolioSnapshot::ready);
    }

    /**
     * Deletes the snapshot and its indices. Only its builder or an administrator may; a build still running is
     * left to finish first.
     */
    public void delete(PortfolioSnapshot snapshot, HomewardUser by) {
        if (!by.username().equals(snapshot.builtBy()) && !by.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only " + snapshot.builtBy() + ", who built it, or an administrator may delete this snapshot");
        }
        if (snapshot.state() == PortfolioSnapshot.State.BUILDING) {
            throw new SnapshotStillBuilding(snapshot.id());
        }
        snapshot.indices().values().forEach(indexes::deleteIndex);
        rows.delete(snapshot.id());
        log.info("Snapshot {} ({}) deleted by {}", snapshot.id(), snapshot.name(), by.username());
    }
}
