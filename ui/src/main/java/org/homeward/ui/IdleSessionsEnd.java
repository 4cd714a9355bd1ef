package org.homeward.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;

/**
 * When Vaadin closes a session that was idle (only heartbeats, no use: {@code vaadin.closeIdleSessions}), it removes
 * its own state but leaves the HTTP session, and with it the sign-in, alive until the container's timeout runs out
 * once more. Invalidating the HTTP session as well makes the idle timeout a real sign-out.
 */
@Component
class IdleSessionsEnd implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroyed -> {
            WrappedSession session = destroyed.getSession().getSession();
            if (session != null) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyInvalid) {
                    // the container ended it first: nothing left to do
                }
            }
        });
    }
}
