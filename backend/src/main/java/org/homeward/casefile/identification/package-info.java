/** Identification: how the person was exploited, the screening outcome, and consent. */
package org.homeward.casefile.identification;
