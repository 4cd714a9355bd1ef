/** The projection of case histories into the search documents, and the live projector that writes them. */
package org.homeward.search.projection;
