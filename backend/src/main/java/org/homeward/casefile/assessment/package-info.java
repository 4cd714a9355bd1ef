/**
 * Reintegration assessments: the answers a returnee gives to a versioned questionnaire, recorded as
 * {@link org.homeward.casefile.assessment.ReintegrationAssessed}, and the {@link org.homeward.casefile.assessment.ScoringScheme}
 * that turns them into economic, social, psychosocial and overall scores. Events keep the answers only; read models
 * score them, so that a new scheme version can rescore every past assessment by replaying the events.
 */
package org.homeward.casefile.assessment;
