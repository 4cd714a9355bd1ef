/**
 * The retention policy: the personal data of cases closed longer ago than the programme keeps them are erased, by the
 * same event and the same key destruction as a survivor's request.
 */
package org.homeward.privacy.retention;
