package org.homeward.testsupport;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.homeward.casefile.CaseEvent;
import org.springframework.stereotype.Component;

/**
 * A handler in the search projection's processing group that fails, on demand, for chosen cases: a stand-in for a
 * projection bug that a later release fixes, so that tests can park a case and then retry it successfully.
 */
@Component
@ProcessingGroup("case-search")
public class ProjectionFaults {

    private final Set<String> failing = ConcurrentHashMap.newKeySet();

    public void failFor(String caseId) {
        failing.add(caseId);
    }

    public void fixAll() {
        failing.clear();
    }

    @EventHandler
    void on(CaseEvent event, DomainEventMessage<?> message) {
        if (failing.contains(message.getAggregateIdentifier())) {
            throw new IllegalStateException("Injected projection fault for case " + message.getAggregateIdentifier());
        }
    }
}
