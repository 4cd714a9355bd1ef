package org.homeward.privacy;

/** Data encrypted under one key of a case: Base64 of the 12-byte nonce followed by ciphertext and tag. */
public record Sealed(String keyId, String ciphertext) {
}
