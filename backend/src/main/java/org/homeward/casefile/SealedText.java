package org.homeward.casefile;

/** Free text sealed with the case's key like personal details: notes may name people and places. */
public record SealedText(String keyId, String ciphertext) {
}
