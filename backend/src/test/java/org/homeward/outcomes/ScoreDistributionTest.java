package org.homeward.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.HistogramBucket;

class ScoreDistributionTest {

    /** Buckets as Elasticsearch returns them: keyed half a step below the score they count. */
    private static Aggregate counted(double... scoresAndCounts) {
        List<HistogramBucket> buckets = new java.util.ArrayList<>();
        for (int i = 0; i < scoresAndCounts.length; i += 2) {
            double score = scoresAndCounts[i];
            long count = (long) scoresAndCounts[i + 1];
            buckets.add(HistogramBucket.of(b -> b.key(score - ScoreDistribution.STEP / 2).docCount(count)));
        }
        return Aggregate.of(a -> a.histogram(h -> h.buckets(b -> b.array(buckets))));
    }

    @Test
    void quantilesInterpolateBetweenTheNearestScores() {
        Aggregate scores = counted(0.2, 1, 0.4, 2, 1.0, 1); // 0.2, 0.4, 0.4, 1.0
        assertThat(ScoreDistribution.quantile(scores, 0.5)).isCloseTo(0.4, within(1e-9));
        assertThat(ScoreDistribution.quantile(scores, 0.25)).isCloseTo(0.35, within(1e-9));
        assertThat(ScoreDistribution.quantile(scores, 0.75)).isCloseTo(0.55, within(1e-9));
        assertThat(ScoreDistribution.quantile(scores, 0.0)).isCloseTo(0.2, within(1e-9));
        assertThat(ScoreDistribution.quantile(scores, 1.0)).isCloseTo(1.0, within(1e-9));
        assertThat(ScoreDistribution.quantile(counted(0.0, 1, 1.0, 1), 0.5)).isCloseTo(0.5, within(1e-9));
        assertThat(ScoreDistribution.quantile(counted(0.857, 1), 0.5)).isCloseTo(0.857, within(1e-9));
        assertThat(ScoreDistribution.quantile(counted(), 0.5)).isNaN();
    }
}
