/** The programme's offices: every case, officer and figure belongs to one. */
package org.homeward.offices;
