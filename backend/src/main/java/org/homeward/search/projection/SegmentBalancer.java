package org.homeward.search.projection;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

/**
 * Shares the search projection among the app nodes that run it. Without Axon Server nothing balances a pooled
 * processor: the first node to start claims every segment and the others idle. So each node heartbeats into
 * {@code projection_node} and, when it holds more than its fair share (segments / live nodes, rounded up), releases
 * the surplus for a while, for another node's coordinator to claim. A node that dies stops heartbeating and its
 * claims expire (the token store's claim timeout): the survivors' fair share grows and they take its segments.
 */
@Component
class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    /** The token store's default owner name, so that claims and heartbeats name a node alike. */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final Duration nodeTimeout;
    private volatile boolean failing;

    SegmentBalancer(JdbcClient jdbc, TransactionTemplate transaction, EventProcessingConfiguration processing,
                    TokenStore tokenStore,
                    @Value("${homeward.search.projection.node-timeout:20s}") Duration nodeTimeout) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.nodeTimeout = nodeTimeout;
    }

    @Scheduled(fixedDelayString = "${homeward.search.projection.balance-interval:5s}", initialDelayString = "1s")
    void balance() {
        try {
            Optional<StreamingEventProcessor> processor = processing.eventProcessor(SearchProjector.PROCESSING_GROUP,
                    StreamingEventProcessor.class);
            if (processor.isEmpty() || !processor.get().isRunning()) {
                return;
            }
            long liveNodes = transaction.execute(status -> heartbeat());
            int segments = transaction.execute(status -> tokenStore.fetchSegments(SearchProjector.PROCESSING_GROUP).length);
            int fairShare = (int) Math.ceil(segments / (double) Math.max(1, liveNodes));
            List<Integer> claimed = processor.get().processingStatus().keySet().stream().sorted().toList();
            if (claimed.size() > fairShare) {
                List<Integer> surplus = claimed.subList(fairShare, claimed.size());
                log.info("Search projection: {} live node(s), {} segments; this node ({}) holds {}, releases {}",
                        liveNodes, segments, NODE, claimed.size(), surplus);
                // long enough for another node's coordinator (it looks every 5 s) to claim them first
                surplus.forEach(segment -> processor.get().releaseSegment(segment, 3 * nodeTimeout.toSeconds() / 2, TimeUnit.SECONDS));
            }
            failing = false;
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next round tries again (said once, not every 5 s)
            if (!failing) {
                log.warn("Search projection balancing skipped: {}", e.toString());
            }
            failing = true;
        }
    }

    /** Records this node as alive and answers how many nodes are, by the database's clock. */
    private long heartbeat() {
        int updated = jdbc.sql("update projection_node set seen_at = current_timestamp where node_name = :node")
                .param("node", NODE).update();
        if (updated == 0) {
            jdbc.sql("insert into projection_node (node_name, seen_at) values (:node, current_timestamp)")
                    .param("node", NODE).update();
        }
        jdbc.sql("delete from projection_node where seen_at < current_timestamp - interval '1' day").update();
        return jdbc.sql("select count(*) from projection_node where seen_at > current_timestamp - cast(:timeout as integer) * interval '1' second")
                .param("timeout", nodeTimeout.toSeconds()).query(Long.class).single();
    }

    /** A node that stops cleanly says so at once, so the others take its share without waiting for the timeout. */
    @PreDestroy
    void leave() {
        try {
            jdbc.sql("delete from projection_node where node_name = :node").param("node", NODE).update();
        } catch (RuntimeException e) {
            log.debug("Could not sign this node off the projection: {}", e.toString());
        }
    }
}
