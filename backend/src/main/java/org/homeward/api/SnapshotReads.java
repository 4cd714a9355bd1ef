package org.homeward.api;

import java.util.UUID;

import org.homeward.snapshot.PortfolioSnapshot;
import org.homeward.snapshot.PortfolioSnapshots;
import org.springframework.stereotype.Component;

/** Finds the snapshot a read asks for: an unknown one answers 404, one not ready (yet) 409. */
@Component
class SnapshotReads {

    private final PortfolioSnapshots snapshots;

    SnapshotReads(PortfolioSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    PortfolioSnapshot readable(UUID id) {
        PortfolioSnapshot snapshot = snapshots.find(id).orElseThrow(() -> new UnknownResource("snapshot " + id));
        if (!snapshot.ready()) {
            throw new SnapshotNotReady(snapshot);
        }
        return snapshot;
    }

    /** A snapshot still building, failed or interrupted: nothing can be read from it. */
    static class SnapshotNotReady extends RuntimeException {
        SnapshotNotReady(PortfolioSnapshot snapshot) {
            super("Snapshot " + snapshot.id() + " (" + snapshot.name() + ") is " + snapshot.state()
                    + (snapshot.state() == PortfolioSnapshot.State.BUILDING ? ", " + snapshot.percentDone() + "% done" : "")
                    + "; only a ready snapshot can be read");
        }
    }
}
