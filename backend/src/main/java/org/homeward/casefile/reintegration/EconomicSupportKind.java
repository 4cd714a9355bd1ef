package org.homeward.casefile.reintegration;

public enum EconomicSupportKind {
    CASH, IN_KIND, VOCATIONAL_TRAINING, JOB_PLACEMENT, MICRO_CREDIT, OTHER;

    /** Cash and goods have a value that must be recorded; training or a placement may have none. */
    public boolean requiresValue() {
        return this == CASH || this == IN_KIND || this == MICRO_CREDIT;
    }
}
