/** Portfolio snapshots: building, listing and deleting them, and the choice of one that other views read. */
package org.homeward.ui.snapshots;
