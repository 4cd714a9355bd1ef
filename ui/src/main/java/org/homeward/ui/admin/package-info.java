/** Administrators' views: users, the audit trails, and the search read models with their rebuilds. */
package org.homeward.ui.admin;
