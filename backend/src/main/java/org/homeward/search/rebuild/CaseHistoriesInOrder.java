package org.homeward.search.rebuild;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.homeward.casefile.CaseEvent;
import org.homeward.search.projection.StoredCaseEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the event store case by case, each case's events in order, up to a global position, a page of cases per
 * short read-only transaction: a rebuild then folds every case once and writes its final documents once, instead
 * of once per event.
 * Events go through Axon's upcasters and serializer, as any other reader's do.
 */
public final class CaseHistoriesInOrder {

    /** One case's rows, raw (payload not yet read), so that a payload that cannot be read fails only its case. */
    public record CaseRows(String caseId, List<DomainEventData<?>> rows) {
        DomainEventStream events(Serializer serializer, EventUpcaster upcasters) {
            return EventStreamUtils.upcastAndDeserializeDomainEvents(rows.stream(), serializer, upcasters);
        }

        /**
         * The case's events as the projections read them, up to the first one that cannot be read (as the live
         * projection has them before it parks the case), and what stopped the reading, if anything.
         */
        public Readable readable(Serializer serializer, EventUpcaster upcasters) {
            List<StoredCaseEvent> stream = new ArrayList<>();
            try {
                DomainEventStream events = events(serializer, upcasters);
                while (events.hasNext()) {
                    DomainEventMessage<?> message = events.next();
                    if (message.getPayload() instanceof CaseEvent) {
                        stream.add(StoredCaseEvent.of(message));
                    }
                }
                return new Readable(stream, null);
            } catch (RuntimeException unreadable) {
                return new Readable(stream, unreadable);
            }
        }
    }

    /** A case's readable events; {@code unreadable} is why the rest could not be read, null when all could. */
    public record Readable(List<StoredCaseEvent> events, RuntimeException unreadable) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    /** Cases read per transaction: short transactions keep PostgreSQL's vacuum unblocked during a long rebuild. */
    private final int casesPerPage;

    public CaseHistoriesInOrder(JdbcTemplate jdbc, TransactionTemplate readOnly, int casesPerPage) {
        this.jdbc = jdbc;
        this.readOnly = readOnly;
        this.casesPerPage = casesPerPage;
    }


    /** Calls back once per case with its events up to {@code upToPosition}; returns how many events were read. */
    public long forEachCase(long upToPosition, Consumer<CaseRows> perCase) {
        long read = 0;
        String after = "";
        while (true) {
            String from = after;
            List<String> cases = readOnly.execute(status -> jdbc.queryForList("""
                    select distinct aggregate_identifier from domain_event_entry
                     where global_index <= ? and aggregate_identifier > ?
                     order by aggregate_identifier limit ?""", String.class, upToPosition, from, casesPerPage));
            if (cases == null || cases.isEmpty()) {
                return read;
            }
            read += readPage(cases.getFirst(), cases.getLast(), upToPosition, perCase);
            after = cases.getLast();
        }
    }

    private long readPage(String first, String last, long upToPosition, Consumer<CaseRows> perCase) {
        long[] read = {0};
        readOnly.executeWithoutResult(status -> {
            JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
            streaming.setFetchSize(2_000);
            List<DomainEventData<?>> rows = new ArrayList<>();
            String[] current = {null};
            streaming.query("""
                    select type, aggregate_identifier, sequence_number, event_identifier, time_stamp,
                           payload_type, payload_revision, payload, meta_data
                      from domain_event_entry
                     where global_index <= ? and aggregate_identifier >= ? and aggregate_identifier <= ?
                     order by aggregate_identifier, sequence_number""", resultSet -> {
                String caseId = resultSet.getString("aggregate_identifier");
                if (current[0] != null && !current[0].equals(caseId)) {
                    perCase.accept(new CaseRows(current[0], List.copyOf(rows)));
                    rows.clear();
                }
                current[0] = caseId;
                rows.add(new GenericDomainEventEntry<>(resultSet.getString("type"), caseId,
                        resultSet.getLong("sequence_number"), resultSet.getString("event_identifier"),
                        resultSet.getString("time_stamp"), resultSet.getString("payload_type"),
                        resultSet.getString("payload_revision"), resultSet.getBytes("payload"),
                        resultSet.getBytes("meta_data")));
                read[0]++;
            }, upToPosition, first, last);
            if (current[0] != null) {
                perCase.accept(new CaseRows(current[0], List.copyOf(rows)));
            }
        });
        return read[0];
    }
}
