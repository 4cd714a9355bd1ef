package org.homeward.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that wraps every case key. It never lives in the database: a backup of the event store and the case
 * keys alone opens nothing. Given as Base64 in {@code homeward.privacy.master-key}, or kept in a file that the
 * embedded set-up creates on first start.
 */
public final class MasterKey {

    private static final int KEY_BYTES = 32;

    private final SecretKey key;

    private MasterKey(byte[] material) {
        if (material.length != KEY_BYTES) {
            throw new IllegalStateException("The master key must be " + KEY_BYTES + " bytes (256 bits), Base64-encoded");
        }
        this.key = new SecretKeySpec(material, "AES");
    }

    public static MasterKey fromBase64(String base64) {
        return new MasterKey(Base64.getDecoder().decode(base64.trim()));
    }

    /** Reads the key from the file, creating it (readable by its owner only) when it does not exist yet. */
    public static MasterKey fromFile(Path file) {
        try {
            if (Files.notExists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] material = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(material);
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, Base64.getEncoder().encodeToString(material));
            }
            return fromBase64(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the master key file " + file, e);
        }
    }

    SecretKey secretKey() {
        return key;
    }

    /**
     * A keyed fingerprint (HMAC-SHA-256) of data, under a key derived for one purpose: unlike a plain hash, it
     * cannot be recomputed from guessed personal details by someone who only holds the database.
     */
    public byte[] fingerprint(String purpose, byte[] data) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(key);
            byte[] purposeKey = derive.doFinal(purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(purposeKey, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
