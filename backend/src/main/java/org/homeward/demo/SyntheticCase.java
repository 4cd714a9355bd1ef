package org.homeward.demo;

import org.homeward.casefile.NewCase;

/**
 * One invented referral of a {@link SyntheticCaseload}.
 *
 * @param compoundCountry where the person was held first (people released together were held in the same place)
 * @param journeySeed     seeds the steps after the referral, so each case's journey is the same whatever the order
 *                        cases are recorded in
 */
public record SyntheticCase(NewCase referral, String compoundCountry, long journeySeed) {
}
