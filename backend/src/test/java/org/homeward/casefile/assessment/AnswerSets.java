package org.homeward.casefile.assessment;

import java.util.LinkedHashMap;
import java.util.Map;

/** Complete answers to {@code reintegration-sustainability-v1}, with their values, for the tests of this package. */
final class AnswerSets {

    static final String V1 = "reintegration-sustainability-v1";

    private AnswerSets() {
    }

    /** A year after the return, doing well; no school-age children. */
    static Map<String, String> doingWell() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("economic.economic_situation_satisfaction", "satisfied");         // 0.75
        answers.put("economic.food_security", "never");                               // 1
        answers.put("economic.debt", "debt_being_repaid");                            // 0.5
        answers.put("economic.income_activity", "regular");                           // 1
        answers.put("economic.productive_assets", "yes");                             // 1
        answers.put("economic.ability_to_borrow", "with_difficulty");                 // 0.5
        answers.put("economic.work_satisfaction", "satisfied");                       // 0.75
        answers.put("social.housing", "good");                                        // 0.75
        answers.put("social.schooling_of_children", "no_school_age_children");        // not applicable
        answers.put("social.identity_documents", "all");                              // 1
        answers.put("social.health_care", "fair");                                    // 0.5
        answers.put("social.safe_drinking_water", "good");                            // 0.75
        answers.put("social.access_to_justice", "fair");                              // 0.5
        answers.put("psychosocial.community_participation", "sometimes");             // 0.5
        answers.put("psychosocial.support_network", "reliable");                      // 1
        answers.put("psychosocial.physical_security", "safe");                        // 0.75
        answers.put("psychosocial.tension_or_discrimination", "rarely");              // 0.75
        answers.put("psychosocial.signs_of_distress", "rarely");                      // 0.75
        answers.put("psychosocial.wish_for_psychological_support", "no");             // 1
        return answers;
    }

    /** Three months after the return, struggling; no work yet, children at school. */
    static Map<String, String> struggling() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("economic.economic_situation_satisfaction", "dissatisfied");      // 0.25
        answers.put("economic.food_security", "often");                               // 0.25
        answers.put("economic.debt", "debt_cannot_be_repaid");                        // 0
        answers.put("economic.income_activity", "none");                              // 0
        answers.put("economic.productive_assets", "no");                              // 0
        answers.put("economic.ability_to_borrow", "cannot");                          // 0
        answers.put("economic.work_satisfaction", "no_work");                         // not applicable
        answers.put("social.housing", "fair");                                        // 0.5
        answers.put("social.schooling_of_children", "poor");                          // 0.25
        answers.put("social.identity_documents", "some");                             // 0.5
        answers.put("social.health_care", "fair");                                    // 0.5
        answers.put("social.safe_drinking_water", "good");                            // 0.75
        answers.put("social.access_to_justice", "poor");                              // 0.25
        answers.put("psychosocial.community_participation", "rarely");                // 0.25
        answers.put("psychosocial.support_network", "some");                          // 0.5
        answers.put("psychosocial.physical_security", "neither");                     // 0.5
        answers.put("psychosocial.tension_or_discrimination", "sometimes");           // 0.5
        answers.put("psychosocial.signs_of_distress", "often");                       // 0.25
        answers.put("psychosocial.wish_for_psychological_support", "yes");            // 0
        return answers;
    }

    /** Economically and socially as well as can be, but in distress. */
    static Map<String, String> wellOffButInDistress() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("economic.economic_situation_satisfaction", "very_satisfied");    // 1
        answers.put("economic.food_security", "never");                               // 1
        answers.put("economic.debt", "no_debt");                                      // 1
        answers.put("economic.income_activity", "regular");                           // 1
        answers.put("economic.productive_assets", "yes");                             // 1
        answers.put("economic.ability_to_borrow", "easily");                          // 1
        answers.put("economic.work_satisfaction", "very_satisfied");                  // 1
        answers.put("social.housing", "very_good");                                   // 1
        answers.put("social.schooling_of_children", "very_good");                     // 1
        answers.put("social.identity_documents", "all");                              // 1
        answers.put("social.health_care", "very_good");                               // 1
        answers.put("social.safe_drinking_water", "very_good");                       // 1
        answers.put("social.access_to_justice", "very_good");                         // 1
        answers.put("psychosocial.community_participation", "never");                 // 0
        answers.put("psychosocial.support_network", "some");                          // 0.5
        answers.put("psychosocial.physical_security", "unsafe");                      // 0.25
        answers.put("psychosocial.tension_or_discrimination", "often");               // 0.25
        answers.put("psychosocial.signs_of_distress", "very_often");                  // 0
        answers.put("psychosocial.wish_for_psychological_support", "yes");            // 0
        return answers;
    }

    /** The answers with one changed, added or (with a {@code null} answer) left out. */
    static Map<String, String> with(Map<String, String> answers, String indicator, String answer) {
        Map<String, String> changed = new LinkedHashMap<>(answers);
        if (answer == null) {
            changed.remove(indicator);
        } else {
            changed.put(indicator, answer);
        }
        return changed;
    }
}
