package org.homeward.casefile;

import java.util.Optional;
import java.util.UUID;

import org.homeward.privacy.CaseKeyVault;
import org.homeward.privacy.Sealed;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Seals a person's details with their case's key before they enter a command, and opens them for reading. */
@Component
public class PersonalDetailsProtector {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CaseKeyVault vault;

    public PersonalDetailsProtector(CaseKeyVault vault) {
        this.vault = vault;
    }

    public SealedPersonalDetails seal(UUID caseId, PersonalDetails details) {
        Sealed sealed = vault.seal(caseId, JSON.writeValueAsBytes(details));
        return new SealedPersonalDetails(sealed.keyId(), sealed.ciphertext());
    }

    /** Empty when the case's key has been destroyed: the details are erased. */
    public Optional<PersonalDetails> open(UUID caseId, SealedPersonalDetails sealed) {
        return vault.open(caseId, new Sealed(sealed.keyId(), sealed.ciphertext()))
                .map(bytes -> JSON.readValue(bytes, PersonalDetails.class));
    }

    /** Seals free text, such as a note, which may name people or places. */
    public SealedText sealText(UUID caseId, String text) {
        Sealed sealed = vault.seal(caseId, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new SealedText(sealed.keyId(), sealed.ciphertext());
    }

    public Optional<String> openText(UUID caseId, SealedText sealed) {
        return vault.open(caseId, new Sealed(sealed.keyId(), sealed.ciphertext()))
                .map(bytes -> new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Whether the case's personal data were erased (its key destroyed). */
    public boolean erased(UUID caseId) {
        return vault.destroyed(caseId);
    }

    void discardKeyOfUnopenedCase(UUID caseId) {
        vault.discardUnusedKey(caseId);
    }
}
