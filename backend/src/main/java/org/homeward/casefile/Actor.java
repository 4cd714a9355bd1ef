package org.homeward.casefile;

import java.util.Set;

/**
 * Who acts on a case, as the case file sees them: a name to record, whether they are an officer and the offices
 * they work for. The signed-in user of the security package is one; the case file knows nothing else of them.
 */
public interface Actor {

    String username();

    boolean isOfficer();

    Set<String> offices();

    default boolean worksFor(String office) {
        return offices().contains(office);
    }
}
