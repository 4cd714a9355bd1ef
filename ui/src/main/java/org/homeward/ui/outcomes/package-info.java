/** The outcomes dashboard: headline figures, charts with their tables, and CSV downloads. */
package org.homeward.ui.outcomes;
