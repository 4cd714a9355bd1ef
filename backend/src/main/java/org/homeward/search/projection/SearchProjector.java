package org.homeward.search.projection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.homeward.casefile.CaseEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Projects every case event into the {@code cases}, {@code case-events} and {@code assessments} indices. Events of
 * one processing batch are written in one bulk request when the batch commits, together with the token, so a batch
 * is either indexed and acknowledged or retried as a whole. An event this projection cannot handle is parked with
 * the rest of its case in the dead-letter queue (Axon's), and so is an event whose document an index refuses;
 * other cases keep flowing. Nothing is skipped silently.
 */
@Component
@ProcessingGroup(SearchProjector.PROCESSING_GROUP)
public class SearchProjector {

    public static final String PROCESSING_GROUP = "case-search";
    private static final Logger log = LoggerFactory.getLogger(SearchProjector.class);
    private static final String BATCH = SearchProjector.class.getName() + ".batch";

    private final ProjectedCases cases;
    private final SearchWriter writer;
    private final IndexTargets targets;
    private final EventProcessingConfiguration processing;

    public SearchProjector(ProjectedCases liveCases, SearchWriter writer, IndexTargets targets,
                           @Lazy EventProcessingConfiguration processing) {
        this.cases = liveCases;
        this.writer = writer;
        this.targets = targets;
        this.processing = processing;
    }

    @EventHandler
    void on(CaseEvent event, DomainEventMessage<?> message) {
        String caseId = message.getAggregateIdentifier();
        List<IndexDocument> documents = cases.apply(StoredCaseEvent.of(message), caseId);
        batch().add(caseId, message, documents);
    }

    @ResetHandler
    void onReset() {
        cases.forgetAll();
    }

    /**
     * The batch of the unit of work that commits these events: the processor's batch, or, when a parked letter is
     * retried, that letter's own unit of work (nested in the retry's), so that a refusal fails that letter only.
     */
    private Batch batch() {
        UnitOfWork<?> current = CurrentUnitOfWork.get();
        UnitOfWork<?> letter = current;
        while (letter != null && letter.getResource(DeadLetter.class.getName()) == null) {
            letter = letter.parent().orElse(null);
        }
        UnitOfWork<?> unitOfWork = letter != null ? letter : current.root();
        return unitOfWork.getOrComputeResource(BATCH, key -> {
            Batch batch = new Batch(unitOfWork.getResource(DeadLetter.class.getName()) != null);
            unitOfWork.onPrepareCommit(committing -> flush(batch));
            unitOfWork.onRollback(rolledBack -> batch.messages.keySet().forEach(cases::forget));
            return batch;
        });
    }

    private void flush(Batch batch) {
        Map<String, String> refused = writer.write(List.copyOf(batch.documents.values()), targets.live());
        if (refused.isEmpty()) {
            return;
        }
        if (batch.retryingDeadLetter) {
            // Still refused: failing here keeps the letter in the queue (Axon re-queues it on roll-back).
            throw new DocumentRefused(refused.values().iterator().next());
        }
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(PROCESSING_GROUP).orElseThrow();
        refused.forEach((caseId, reason) -> {
            log.warn("Parking case {} in the dead-letter queue: {}", caseId, reason);
            cases.forget(caseId);
            // Truncated as Axon's own policy does: the cause column holds 1,023 characters.
            org.axonframework.messaging.deadletter.Cause cause = ThrowableCause.truncated(new DocumentRefused(reason));
            for (EventMessage<?> message : batch.messages.get(caseId)) {
                queue.enqueue(caseId, new GenericDeadLetter<>(caseId, message, cause, java.time.Instant.now(),
                        java.time.Instant.now(), org.axonframework.messaging.MetaData.emptyInstance()));
            }
        });
    }

    /**
     * The documents and events of one unit of work, per case in the order handled. A document written again in the
     * same batch (a case's own document, at each of its events) is sent once, as its latest version: during a load
     * that halves what Elasticsearch has to index, and the later write would have superseded the earlier anyway.
     */
    private static final class Batch {
        final boolean retryingDeadLetter;
        final Map<String, IndexDocument> documents = new LinkedHashMap<>();
        final Map<String, List<EventMessage<?>>> messages = new LinkedHashMap<>();

        Batch(boolean retryingDeadLetter) {
            this.retryingDeadLetter = retryingDeadLetter;
        }

        void add(String caseId, EventMessage<?> message, List<IndexDocument> caseDocuments) {
            caseDocuments.forEach(document -> documents.put(document.family() + "/" + document.id(), document));
            messages.computeIfAbsent(caseId, id -> new ArrayList<>()).add(message);
        }
    }

    /** An index refused a document of the case. */
    public static class DocumentRefused extends RuntimeException {
        public DocumentRefused(String reason) {
            super(reason);
        }
    }
}
