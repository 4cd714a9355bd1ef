/**
 * A survivor's case file: the {@link org.homeward.casefile.ReintegrationCase} aggregate, the commands it accepts
 * and the events it records, plus the application services that open and read cases.
 */
package org.homeward.casefile;
