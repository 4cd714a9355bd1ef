package org.homeward.search.rebuild;

import java.util.UUID;

/** Only one rebuild runs at a time, across every node. */
public class RebuildAlreadyRunning extends RuntimeException {

    private final UUID running;

    public RebuildAlreadyRunning(UUID running) {
        super("A rebuild of the search indices is already running (" + running + ")");
        this.running = running;
    }

    public UUID running() {
        return running;
    }
}
