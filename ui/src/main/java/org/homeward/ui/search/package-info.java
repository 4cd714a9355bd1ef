/** Case search: free text, counted filters and a lazily loaded list, live or in a snapshot. */
package org.homeward.ui.search;
