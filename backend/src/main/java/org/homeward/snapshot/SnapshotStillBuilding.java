package org.homeward.snapshot;

import java.util.UUID;

/** The snapshot is still being built: it can be deleted once it is done (or once its build was interrupted). */
public class SnapshotStillBuilding extends RuntimeException {

    public SnapshotStillBuilding(UUID id) {
        super("Snapshot " + id + " is still being built; it can be deleted once it is done");
    }
}
