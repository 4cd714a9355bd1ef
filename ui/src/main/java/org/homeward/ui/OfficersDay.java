package org.homeward.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

/**
 * "Today" as the officer lives it: in the time zone of their browser (read once per session by the main layout),
 * not the server's. Offices in Jakarta and Nairobi share one server; a check-in recorded at 06:30 in Jakarta is
 * today's, not yesterday's. Until the browser has answered, UTC.
 */
public final class OfficersDay {

    /** The latest date anywhere on Earth: what the case itself accepts as "not in the future". */
    private static final ZoneOffset EARLIEST_TIME_ZONE = ZoneOffset.ofHours(14);

    private OfficersDay() {
    }

    public static LocalDate today() {
        return LocalDate.now(zone());
    }

    public static LocalDate latestAnywhere() {
        return LocalDate.now(EARLIEST_TIME_ZONE);
    }

    static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        ZoneId zone = session == null ? null : session.getAttribute(ZoneId.class);
        return zone == null ? ZoneOffset.UTC : zone;
    }

    /** Asks the browser for its time zone and keeps it in the session. */
    public static void learnFrom(UI ui) {
        VaadinSession session = ui.getSession();
        if (session == null || session.getAttribute(ZoneId.class) != null) {
            return;
        }
        ui.getPage().retrieveExtendedClientDetails(details -> {
            try {
                session.setAttribute(ZoneId.class, ZoneId.of(details.getTimeZoneId()));
            } catch (RuntimeException unknownZone) {
                session.setAttribute(ZoneId.class, ZoneOffset.UTC);
            }
        });
    }
}
