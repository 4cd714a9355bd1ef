package org.homeward.casefile;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.homeward.privacy.CaseKeyVault;
import org.springframework.stereotype.Component;

/**
 * Destroys a case's key when its personal data are erased. A subscribing processor: it runs in the thread and the
 * transaction that append the {@link PersonalDataErased}, so the event and the key's destruction commit together or
 * not at all, and a failure here refuses the erasure rather than leave a readable key behind.
 */
@Component
@ProcessingGroup(PersonalDataShredder.PROCESSING_GROUP)
class PersonalDataShredder {

    static final String PROCESSING_GROUP = "personal-data-keys";

    private final CaseKeyVault vault;

    PersonalDataShredder(CaseKeyVault vault) {
        this.vault = vault;
    }

    @EventHandler
    void on(PersonalDataErased erased, @MetaDataValue(RecordedBy.USER) String erasedBy, @Timestamp Instant erasedAt) {
        vault.destroyKey(erased.caseId(), erasedBy == null ? "system" : erasedBy, erasedAt);
    }
}
