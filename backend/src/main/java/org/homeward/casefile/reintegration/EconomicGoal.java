package org.homeward.casefile.reintegration;

public enum EconomicGoal {
    START_BUSINESS, FIND_EMPLOYMENT, VOCATIONAL_TRAINING, RESUME_EDUCATION, REDUCE_DEBT, NONE
}
