package org.homeward.search.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.search.CaseSearch;
import org.homeward.search.SearchFamily;
import org.homeward.search.SearchIndexes;
import org.homeward.search.projection.ParkedEvents;
import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.CaseJourneys;
import org.homeward.testsupport.CaseJourneys.Profile;
import org.homeward.testsupport.CaseJourneys.RecordedCase;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.SearchIndexContents;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * Rolling out a new mapping version: while the alias still points at an index of an older version, the live
 * projection keeps it up to date with the fields it knows, and the start-up check rebuilds the family into the
 * newest version and swaps the alias, keeping the old index to roll back to.
 */
@IntegrationTest
class MappingRolloutTest {

    @LocalServerPort
    int port;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    SearchIndexes indexes;
    @Autowired
    RebuildOnStart rebuildOnStart;
    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    ParkedEvents parked;
    @Autowired
    CaseSearch search;

    @Test
    void anOlderMappingServesUntilTheRebuildSwapsInTheNewest() throws Exception {
        CaseJourneys journeys = new CaseJourneys(new ApiClient(port));
        RecordedCase recorded = journeys.journey(new Profile("JKT", TestUsers.JAKARTA_OFFICER, "FEMALE", 1999, "ID", "KH",
                "2026-02-02", true, null));
        assertThat(search.awaitIndexed(UUID.fromString(recorded.caseId()), recorded.lastEventId(), Duration.ofSeconds(30))).isTrue();

        // An installation still on cases-v2: its alias points at an index made from the older mapping file.
        String old = indexes.alias(SearchFamily.CASES) + "-v2-19990101-000000-000";
        try (InputStream mapping = new ClassPathResource("search-mappings/cases-v2.json").getInputStream()) {
            client.indices().create(request -> request.index(old).withJson(mapping));
        }
        String newest = indexes.currentIndices().get(SearchFamily.CASES);
        indexes.swap(Map.of(SearchFamily.CASES, old));
        assertThat(indexes.outdated()).contains(SearchFamily.CASES);

        long parkedBefore = parked.count();
        journeys.step(recorded, TestUsers.JAKARTA_OFFICER, "/social-support", """
                {"kind": "PEER_SUPPORT_GROUP", "providedOn": "2026-03-01"}""");
        assertThat(search.awaitIndexed(UUID.fromString(recorded.caseId()), recorded.lastEventId(), Duration.ofSeconds(30)))
                .as("the v2 index takes the live writes, trimmed to the fields it knows").isTrue();
        assertThat(parked.count()).as("nothing refused by the older, strict mapping").isEqualTo(parkedBefore);
        String servedByOld = new SearchIndexContents(client).ofCases(old, List.of(recorded.caseId())).get(recorded.caseId()).source();
        assertThat(servedByOld).contains("SOCIAL_SUPPORT").doesNotContain("pendingFollowUps");

        rebuildOnStart.rebuildWhatIsMissingOrOutdated();
        RebuildStatus done = await().atMost(Duration.ofSeconds(120)).until(() -> rebuilds.recent(1).getFirst(),
                status -> status.state() != RebuildStatus.State.RUNNING);

        assertThat(done.state()).isEqualTo(RebuildStatus.State.COMPLETED);
        assertThat(done.startedBy()).isEqualTo("system (start-up)");
        String serving = indexes.currentIndices().get(SearchFamily.CASES);
        assertThat(serving).isNotEqualTo(old).isNotEqualTo(newest).contains("-v3-");
        assertThat(indexes.outdated()).isEmpty();
        assertThat(new SearchIndexContents(client).ofCases(serving, List.of(recorded.caseId())).get(recorded.caseId()).source())
                .contains("SOCIAL_SUPPORT", "pendingFollowUps");
        assertThat(client.indices().exists(request -> request.index(old)).value()).as("kept to roll back to").isTrue();
    }
}
