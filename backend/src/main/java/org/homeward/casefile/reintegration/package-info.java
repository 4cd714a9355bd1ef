/**
 * Reintegration after return: the agreed plan, economic support and business grants paid in tranches, business
 * status, psychosocial check-ins, social support and referrals.
 */
package org.homeward.casefile.reintegration;
