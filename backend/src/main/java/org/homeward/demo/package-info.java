/**
 * Demo mode (Spring profile {@code demo}): demo users with the password {@code demo} and a small synthetic
 * caseload recorded through the real command path. Synthetic data only, ever.
 */
package org.homeward.demo;
