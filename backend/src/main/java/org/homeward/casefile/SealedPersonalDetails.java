package org.homeward.casefile;

/**
 * Personal details encrypted with the case's own key (AES-GCM), as they are stored in the event store.
 * Destroying the key makes them unreadable everywhere at once (crypto-shredding).
 *
 * @param keyId      which key of the case sealed them
 * @param ciphertext Base64 of the nonce followed by the ciphertext and its authentication tag
 */
public record SealedPersonalDetails(String keyId, String ciphertext) {
}
