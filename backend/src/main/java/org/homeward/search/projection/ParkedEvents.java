package org.homeward.search.projection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The cases whose events the search projection parked (Axon's dead-letter queue), for admins to see and retry once
 * the cause is fixed. A retried case that fails again stays parked with the new cause.
 */
@Service
public class ParkedEvents {

    /** One parked case: how many of its events wait, the first of them and why it failed. */
    public record ParkedCase(String caseId, long events, String firstEventType, String firstEventId,
                             Long firstSequence, String causeType, String cause, Instant parkedAt,
                             Instant lastTried) {
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ParkedEvents.class);
    private final EventProcessingConfiguration processing;

    public ParkedEvents(@Lazy EventProcessingConfiguration processing, MeterRegistry registry) {
        this.processing = processing;
        Gauge.builder("homeward.projection.parked", this, ParkedEvents::count)
                .tag("processor", SearchProjector.PROCESSING_GROUP)
                .description("Events parked in the search projection's dead-letter queue")
                .baseUnit("events")
                .register(registry);
    }

    public long count() {
        return queue().size();
    }

    public List<ParkedCase> list() {
        List<ParkedCase> parked = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue().deadLetters()) {
            DeadLetter<? extends EventMessage<?>> first = null;
            long events = 0;
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                first = first == null ? letter : first;
                events++;
            }
            if (first != null) {
                parked.add(describe(first, events));
            }
        }
        return parked;
    }

    public boolean isParked(String caseId) {
        return queue().contains(caseId);
    }

    /** Retries the case's parked events in order; true when all went through. */
    public boolean retry(String caseId) {
        if (!isParked(caseId)) {
            throw new NotParked(caseId);
        }
        try {
            processor().process(letter -> caseId.equals(caseOf(letter.message())));
        } catch (RuntimeException failed) {
            // Elasticsearch down, say: the letters stay parked, as the answer says.
            log.warn("Retrying parked case {} failed: {}", caseId, failed.toString());
        }
        return !isParked(caseId);
    }

    /** Retries every parked case once; returns how many are still parked. */
    public long retryAll() {
        List<String> cases = list().stream().map(ParkedCase::caseId).toList();
        for (String caseId : cases) {
            try {
                processor().process(letter -> caseId.equals(caseOf(letter.message())));
            } catch (RuntimeException failed) {
                log.warn("Retrying parked case {} failed: {}", caseId, failed.toString());
            }
        }
        return queue().amountOfSequences();
    }

    private static String caseOf(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
    }

    private static ParkedCase describe(DeadLetter<? extends EventMessage<?>> letter, long events) {
        EventMessage<?> message = letter.message();
        String type;
        try {
            type = message.getPayloadType().getSimpleName();
        } catch (RuntimeException unreadable) {
            type = "(unreadable)";
        }
        return new ParkedCase(caseOf(message), events, type, message.getIdentifier(),
                message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null,
                letter.cause().map(Cause::type).orElse(null), letter.cause().map(Cause::message).orElse(null),
                letter.enqueuedAt(), letter.lastTouched());
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue() {
        return processing.deadLetterQueue(SearchProjector.PROCESSING_GROUP).orElseThrow();
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> processor() {
        return processing.sequencedDeadLetterProcessor(SearchProjector.PROCESSING_GROUP).orElseThrow();
    }

    /** Nothing of this case is parked. */
    public static class NotParked extends RuntimeException {
        public NotParked(String caseId) {
            super("No event of case " + caseId + " is parked");
        }
    }
}
