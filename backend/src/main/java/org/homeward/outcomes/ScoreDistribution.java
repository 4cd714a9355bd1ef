package org.homeward.outcomes;

import java.util.List;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.HistogramBucket;

/**
 * Scores counted in steps of 0.001 by Elasticsearch, and their quantiles computed here: exact to that step and the
 * same on every run (unlike a t-digest, which estimates), and cheaper to aggregate. A quantile interpolates linearly
 * between the two nearest scores, as a spreadsheet's PERCENTILE does.
 */
final class ScoreDistribution {

    static final double STEP = 0.001;

    private ScoreDistribution() {
    }

    /** The aggregation that counts a score field's values by step. */
    static Aggregation of(String field) {
        // buckets centred on the steps, so that a score a rounding error below a step still counts as that step
        return Aggregation.of(agg -> agg.histogram(h -> h.field(field).interval(STEP).offset(-STEP / 2).minDocCount(1)));
    }

    /** The quantile {@code q} (0–1) of the counted scores; NaN when there are none. */
    static double quantile(Aggregate counted, double q) {
        List<HistogramBucket> buckets = counted.histogram().buckets().array();
        long n = buckets.stream().mapToLong(HistogramBucket::docCount).sum();
        if (n == 0) {
            return Double.NaN;
        }
        double rank = q * (n - 1);
        long below = (long) Math.floor(rank);
        double fraction = rank - below;
        double lower = valueAt(buckets, below);
        double upper = fraction == 0 ? lower : valueAt(buckets, below + 1);
        return round(lower + fraction * (upper - lower));
    }

    /** The score of the value at a rank (0 for the smallest). */
    private static double valueAt(List<HistogramBucket> buckets, long rank) {
        long seen = 0;
        for (HistogramBucket bucket : buckets) {
            seen += bucket.docCount();
            if (rank < seen) {
                return bucket.key() + STEP / 2;
            }
        }
        return buckets.getLast().key() + STEP / 2;
    }

    private static double round(double value) {
        return Math.round(value / STEP) * STEP;
    }
}
