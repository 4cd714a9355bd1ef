/** The outcomes dashboard's figures, computed by Elasticsearch aggregations within the viewer's offices, and their CSV export. */
package org.homeward.outcomes;
