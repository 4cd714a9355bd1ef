/** Before and during the return: assistance in transit, return travel, arrival home. */
package org.homeward.casefile.journey;
