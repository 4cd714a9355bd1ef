package org.homeward.ui.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.homeward.testsupport.TestServices;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PostgreSQL crashed and restarted under a node taking commands: every acknowledged command survives. */
class PostgresRestartIT {

    @Test
    @DisplayName("PostgreSQL stopped the hard way and restarted during writes: every acknowledged command survives, once")
    void postgresRestartedDuringWrites() throws Exception {
        try (PrivatePostgres postgres = PrivatePostgres.start()) {
            SharedStores stores = new SharedStores(postgres.jdbcUrl(), "postgres", TestServices.elasticsearch());
            try (AppNode app = AppNode.start("postgres-restart", Path.of("target", "resilience-it"), stores.nodeSettings())) {
                app.awaitUp();
                stores.createUsers();
                try (CaseTraffic traffic = new CaseTraffic(CaseTraffic.basic(SharedStores.OFFICER, SharedStores.PASSWORD),
                        "JKT", List.of(app)).openCases(10)) {
                    traffic.start(4, 0);
                    traffic.awaitMore(150, Duration.ofMinutes(2));
                    postgres.crashAndRestart();
                    traffic.awaitMore(150, Duration.ofMinutes(2)); // the node reconnects by itself
                    traffic.stop();
                    assertThat(traffic.statuses().keySet()).as("answers while the database was away: " + traffic.statuses())
                            .isSubsetOf(201, 409, 503);
                    stores.assertNothingLostOrDoubled(traffic);
                }
            } finally {
                stores.drop();
            }
        }
    }
}
