package org.homeward.outcomes;

/** Which assessments a comparison counts, by months since the return: all of them, or those about 6, 12 or 24 months after. */
public enum AssessmentWindow {
    ANY(null, null),
    MONTHS_6(5, 7),
    MONTHS_12(11, 13),
    MONTHS_24(23, 25);

    private final Integer from;
    private final Integer to;

    AssessmentWindow(Integer from, Integer to) {
        this.from = from;
        this.to = to;
    }

    /** The first month since the return the window counts, or null for no limit. */
    public Integer from() {
        return from;
    }

    /** The last month since the return the window counts, or null for no limit. */
    public Integer to() {
        return to;
    }
}
