package org.homeward.replay;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.homeward.casefile.CaseEvent;
import org.homeward.casefile.CaseOpened;
import org.homeward.casefile.CorrectedHistory;
import org.homeward.casefile.EntryCorrected;
import org.homeward.search.projection.AssessmentScoring;
import org.homeward.search.projection.CaseDocument;
import org.homeward.search.projection.CaseProjection;
import org.homeward.search.projection.ProjectedCase;
import org.homeward.search.projection.StoredCaseEvent;
import org.homeward.security.HomewardUser;
import org.springframework.stereotype.Service;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays a case from the event store for evaluators (and officers and managers of its office): every step with the
 * state after it, and the state as of a date on either basis. Reads the stored events, never a read model, so it
 * answers even for facts the indices have not caught up with; shows only what the search projection shows.
 */
@Service
public class CaseReplays {

    /** Fields that change with every event, so they say nothing about what an event did. */
    private static final Set<String> BOOKKEEPING = Set.of("eventCount", "lastRecordedAt", "lastEventSequence", "searchText");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final EventStore eventStore;
    private final CaseProjection projection;
    private final Clock clock;

    public CaseReplays(EventStore eventStore, AssessmentScoring scoring, Clock clock) {
        this.eventStore = eventStore;
        this.projection = new CaseProjection(scoring);
        this.clock = clock;
    }

    /** Every step of the case, if it exists and the reader works for its office. */
    public Optional<CaseReplay> replay(UUID caseId, HomewardUser reader) {
        return load(caseId, reader).map(stored -> {
            List<ReplayStep> steps = new ArrayList<>();
            Map<String, Object> before = null;
            for (int i = 0; i < stored.size(); i++) {
                ProjectedCase after = projection.project(stored.subList(0, i + 1));
                Map<String, Object> state = fields(after.caseDocument());
                steps.add(new ReplayStep(i, after.eventDocuments().getLast(), after.caseDocument(),
                        before == null ? List.of() : changed(before, state)));
                before = state;
            }
            CaseOpened opened = (CaseOpened) stored.getFirst().event();
            return new CaseReplay(caseId.toString(), opened.reference(), Instant.now(clock), reader.username(), steps);
        });
    }

    /** The case as of the end of {@code date}, if it exists and the reader works for its office. */
    public Optional<CaseAsOf> asOf(UUID caseId, HomewardUser reader, LocalDate date, Basis basis) {
        return load(caseId, reader).map(stored -> {
            List<StoredCaseEvent> known = basis == Basis.RECORDED ? recordedBy(stored, date) : effectiveBy(stored, date);
            if (known.isEmpty() || !(known.getFirst().event() instanceof CaseOpened)) {
                return new CaseAsOf(caseId.toString(), date, basis, null, List.of());
            }
            ProjectedCase state = projection.project(known);
            return new CaseAsOf(caseId.toString(), date, basis, state.caseDocument(), state.eventDocuments());
        });
    }

    /** The fields whose values differ between two states (bookkeeping fields left out), in the state's order. */
    public static List<String> changed(CaseDocument before, CaseDocument after) {
        if (before == null || after == null) {
            return before == after ? List.of() : List.copyOf(fields(before == null ? after : before).keySet().stream()
                    .filter(field -> !BOOKKEEPING.contains(field)).toList());
        }
        return changed(fields(before), fields(after));
    }

    private static List<String> changed(Map<String, Object> before, Map<String, Object> after) {
        Set<String> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        return after.keySet().stream().filter(keys::contains)
                .filter(field -> !BOOKKEEPING.contains(field))
                .filter(field -> !Objects.equals(before.get(field), after.get(field)))
                .toList();
    }

    /** A state as its fields, as JSON gives them (records and dates compared by value). */
    public static Map<String, Object> fields(CaseDocument state) {
        return JSON.convertValue(state, FIELDS);
    }

    private static List<StoredCaseEvent> recordedBy(List<StoredCaseEvent> stored, LocalDate date) {
        Instant endOfDay = date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return stored.stream().filter(event -> event.recordedAt().isBefore(endOfDay)).toList();
    }

    /**
     * The events effective by the date as we know them now: every correction applied (a corrected date counts), and
     * the corrections themselves kept only beside an event that stays, so that the fold applies them.
     */
    private static List<StoredCaseEvent> effectiveBy(List<StoredCaseEvent> stored, LocalDate date) {
        CorrectedHistory corrected = new CorrectedHistory();
        stored.forEach(event -> corrected.add(event.eventId(), event.event()));
        Set<String> kept = new HashSet<>();
        for (StoredCaseEvent event : stored) {
            CaseEvent now = corrected.get(event.eventId());
            if (!(now instanceof EntryCorrected) && now.effectiveOn() != null && !now.effectiveOn().isAfter(date)) {
                kept.add(event.eventId());
            }
        }
        return stored.stream().filter(event -> kept.contains(event.eventId())
                || event.event() instanceof EntryCorrected correction && kept.contains(correction.correctedEventId()))
                .toList();
    }

    private Optional<List<StoredCaseEvent>> load(UUID caseId, HomewardUser reader) {
        List<StoredCaseEvent> stored = new ArrayList<>();
        eventStore.readEvents(caseId.toString()).forEachRemaining(message -> stored.add(StoredCaseEvent.of(message)));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        CorrectedHistory history = new CorrectedHistory();
        stored.forEach(event -> history.add(event.eventId(), event.event()));
        return reader.worksFor(history.snapshot().office()) ? Optional.of(stored) : Optional.empty();
    }
}
