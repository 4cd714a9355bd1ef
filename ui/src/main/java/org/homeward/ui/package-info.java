/** The Vaadin Flow officer workspace and dashboards. Views talk to application services only. */
package org.homeward.ui;
