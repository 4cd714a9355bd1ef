package org.homeward.casefile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.homeward.privacy.PersonalDataReads;
import org.springframework.stereotype.Service;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a case straight from its events in the event store: always current (no projection lag), exactly what was
 * recorded, with corrections applied to the current state. Only officers of the case's office see it; other
 * readers are told it does not exist.
 */
@Service
public class CaseRecords {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final EventStore eventStore;
    private final PersonalDetailsProtector protector;
    private final PersonalDataReads reads;

    private final CaseOffices offices;

    public CaseRecords(EventStore eventStore, PersonalDetailsProtector protector, PersonalDataReads reads) {
        this.eventStore = eventStore;
        this.offices = new CaseOffices(eventStore, 10_000);
        this.protector = protector;
        this.reads = reads;
    }

    /** The case's events, read once, with the state they lead to. */
    private record Loaded(List<DomainEventMessage<?>> messages, CorrectedHistory history, CaseState state) {
    }

    /** The case, if it exists and the reader works for the office it belongs to now. */
    private Optional<Loaded> load(UUID caseId, Actor reader) {
        List<DomainEventMessage<?>> messages = messages(caseId);
        if (messages.isEmpty()) {
            return Optional.empty();
        }
        CorrectedHistory history = new CorrectedHistory();
        messages.forEach(message -> history.add(message.getIdentifier(), (CaseEvent) message.getPayload()));
        CaseState state = history.state();
        return reader.worksFor(state.office) ? Optional.of(new Loaded(messages, history, state)) : Optional.empty();
    }

    /** The case with its personal details, opened for the reader: the read is audited. */
    @SignedInOfficer
    public Optional<CaseRecord> find(UUID caseId, Actor officer) {
        return load(caseId, officer).map(loaded -> {
            reads.record(officer.username(), caseId, PersonalDataReads.What.DETAILS);
            return record(caseId, loaded);
        });
    }

    /** Whether the case exists and the reader works for its office, without opening anything personal. */
    public boolean readable(UUID caseId, Actor reader) {
        return officeOf(caseId).filter(reader::worksFor).isPresent();
    }

    private CaseRecord record(UUID caseId, Loaded loaded) {
        List<DomainEventMessage<?>> messages = loaded.messages();
        CorrectedHistory history = loaded.history();
        CaseState state = loaded.state();
        CaseOpened opened = (CaseOpened) history.get(messages.getFirst().getIdentifier());
        List<CaseRecord.Grant> grants = state.grants.entrySet().stream()
                .map(grant -> new CaseRecord.Grant(grant.getKey(), grant.getValue().approvedOn(), grant.getValue().amount(),
                        grant.getValue().disbursed().amount(), grant.getValue().tranches()))
                .sorted(Comparator.comparing(CaseRecord.Grant::approvedOn)).toList();
        List<CaseRecord.FollowUp> followUps = state.followUps.entrySet().stream()
                .map(followUp -> new CaseRecord.FollowUp(followUp.getKey(), followUp.getValue().scheduledOn(),
                        followUp.getValue().dueOn(), followUp.getValue().status().name(),
                        followUp.getValue().status() == CaseState.FollowUpStatus.CANCELLED ? null : followUp.getValue().closedOn()))
                .sorted(Comparator.comparing(CaseRecord.FollowUp::dueOn).thenComparing(CaseRecord.FollowUp::followUpId)).toList();
        return new CaseRecord(opened.caseId(), opened.reference(), state.status, state.office, state.officer,
                protector.open(caseId, opened.personalDetails()).orElse(null), opened.sex(), opened.birthYear(),
                opened.nationality(), opened.referralSource(), opened.referredOn(),
                new Consent(state.consentToDataProcessing, state.consentToDataSharing), state.exploitationStartedOn,
                state.screening, state.returnedOn, state.planAgreed, grants, followUps, state.closedOn, opened.openedBy(),
                messages.getFirst().getTimestamp(), messages.getLast().getSequenceNumber(), state.personalDataErased);
    }

    /** Where the case belongs now, if it exists. */
    public Optional<String> officeOf(UUID caseId) {
        return offices.officeOf(caseId);
    }

    /** Every event of the case in order, as recorded. */
    @SignedInOfficer
    public Optional<List<HistoryEntry>> history(UUID caseId, Actor officer) {
        return load(caseId, officer).map(loaded -> {
            reads.record(officer.username(), caseId, PersonalDataReads.What.HISTORY);
            return entries(loaded.messages());
        });
    }

    private List<HistoryEntry> entries(List<DomainEventMessage<?>> messages) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (DomainEventMessage<?> message : messages) {
            CaseEvent event = (CaseEvent) message.getPayload();
            entries.add(new HistoryEntry(message.getIdentifier(), message.getSequenceNumber(),
                    event.getClass().getSimpleName(), event.effectiveOn(), message.getTimestamp(),
                    (String) message.getMetaData().get(RecordedBy.USER), (String) message.getMetaData().get(RecordedBy.OFFICE),
                    (String) message.getMetaData().get("correlationId"), fieldsOf(event)));
        }
        return entries;
    }

    private Map<String, Object> fieldsOf(CaseEvent event) {
        Map<String, Object> fields = new LinkedHashMap<>(JSON.convertValue(event, FIELDS));
        switch (event) {
            case CaseOpened opened -> fields.put("personalDetails",
                    protector.open(opened.caseId(), opened.personalDetails()).orElse(null));
            case NoteAdded note -> fields.put("note", protector.openText(note.caseId(), note.note()).orElse(null));
            default -> {
                // nothing sealed
            }
        }
        return fields;
    }

    private List<DomainEventMessage<?>> messages(UUID caseId) {
        DomainEventStream stream = eventStore.readEvents(caseId.toString());
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        stream.forEachRemaining(messages::add);
        return messages;
    }

}
