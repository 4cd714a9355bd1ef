package org.homeward.outcomes;

import java.time.YearMonth;
import java.util.Map;

/** How many support entries of each kind (the search's support kinds) were given in one month. */
public record SupportMonth(YearMonth month, Map<String, Long> entriesByKind) {

    public SupportMonth {
        entriesByKind = Map.copyOf(entriesByKind);
    }

    public long entries() {
        return entriesByKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
