package org.homeward.privacy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seals and opens a case's personal data with the case's own AES key. Case keys are stored wrapped by the
 * {@link MasterKey}, in their own table, never beside the events.
 */
@Service
public class CaseKeyVault {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final MasterKey masterKey;
    private final Clock clock;

    public CaseKeyVault(JdbcClient jdbc, MasterKey masterKey, Clock clock) {
        this.jdbc = jdbc;
        this.masterKey = masterKey;
        this.clock = clock;
    }

    /** Encrypts data of one case, creating the case's key on first use; never once the case's key was destroyed. */
    @Transactional
    public Sealed seal(UUID caseId, byte[] plaintext) {
        if (destroyed(caseId)) {
            throw new KeyDestroyed(caseId);
        }
        CaseKey key = findKey(caseId).orElseGet(() -> createKey(caseId));
        byte[] sealed = AesGcm.encrypt(key.secret(), plaintext, associatedData(caseId, key.keyId()));
        return new Sealed(key.keyId(), Base64.getEncoder().encodeToString(sealed));
    }

    /** Decrypts data of one case; empty once the case's key has been destroyed. */
    public Optional<byte[]> open(UUID caseId, Sealed sealed) {
        return findKey(caseId)
                .filter(key -> key.keyId().equals(sealed.keyId()))
                .map(key -> AesGcm.decrypt(key.secret(), Base64.getDecoder().decode(sealed.ciphertext()),
                        associatedData(caseId, key.keyId())));
    }

    /** Forgets a key that was made for a case that was never opened (the command was refused). */
    @Transactional
    public void discardUnusedKey(UUID caseId) {
        jdbc.sql("delete from personal_data_key where case_id = :caseId")
                .param("caseId", caseId.toString())
                .update();
    }

    /**
     * Destroys the case's key for good (crypto-shredding): whatever was sealed with it, in the event store, its backups
     * or anywhere else, can no longer be opened. A tombstone says when and by whom, and keeps a new key from being made
     * for the case. Takes part in the caller's transaction.
     */
    @Transactional
    public void destroyKey(UUID caseId, String destroyedBy, Instant destroyedAt) {
        if (destroyed(caseId)) {
            return;
        }
        String keyId = jdbc.sql("select key_id from personal_data_key where case_id = :caseId")
                .param("caseId", caseId.toString()).query(String.class).optional().orElse(null);
        jdbc.sql("""
                insert into destroyed_case_key (case_id, key_id, destroyed_at, destroyed_by)
                values (:caseId, :keyId, :destroyedAt, :destroyedBy)""")
                .param("caseId", caseId.toString())
                .param("keyId", keyId)
                .param("destroyedAt", java.sql.Timestamp.from(destroyedAt))
                .param("destroyedBy", destroyedBy)
                .update();
        jdbc.sql("delete from personal_data_key where case_id = :caseId").param("caseId", caseId.toString()).update();
    }

    /** Whether the case's key was destroyed: its personal data are erased. */
    public boolean destroyed(UUID caseId) {
        return jdbc.sql("select count(*) from destroyed_case_key where case_id = :caseId")
                .param("caseId", caseId.toString()).query(Integer.class).single() > 0;
    }

    /** Which of these cases had their key destroyed. */
    public java.util.Set<UUID> destroyedAmong(java.util.Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return java.util.Set.of();
        }
        return jdbc.sql("select case_id from destroyed_case_key where case_id in (:ids)")
                .param("ids", caseIds.stream().map(UUID::toString).toList())
                .query(String.class).list().stream().map(UUID::fromString).collect(java.util.stream.Collectors.toSet());
    }

    private Optional<CaseKey> findKey(UUID caseId) {
        return jdbc.sql("select key_id, wrapped_key from personal_data_key where case_id = :caseId")
                .param("caseId", caseId.toString())
                .query((rs, row) -> new CaseKey(rs.getString("key_id"),
                        unwrap(caseId, rs.getString("key_id"), rs.getBytes("wrapped_key"))))
                .optional();
    }

    private CaseKey createKey(UUID caseId) {
        byte[] material = new byte[32];
        RANDOM.nextBytes(material);
        String keyId = UUID.randomUUID().toString();
        byte[] wrapped = AesGcm.encrypt(masterKey.secretKey(), material, associatedData(caseId, keyId));
        // never for a case whose key was destroyed, even by an erasure committed since seal() looked
        int created = jdbc.sql("""
                insert into personal_data_key (case_id, key_id, wrapped_key, created_at)
                select :caseId, :keyId, :wrappedKey, :createdAt
                 where not exists (select 1 from destroyed_case_key where case_id = :caseId)""")
                .param("caseId", caseId.toString())
                .param("keyId", keyId)
                .param("wrappedKey", wrapped)
                .param("createdAt", java.sql.Timestamp.from(clock.instant()))
                .update();
        if (created == 0) {
            throw new KeyDestroyed(caseId);
        }
        return new CaseKey(keyId, new SecretKeySpec(material, "AES"));
    }

    private SecretKey unwrap(UUID caseId, String keyId, byte[] wrapped) {
        return new SecretKeySpec(AesGcm.decrypt(masterKey.secretKey(), wrapped, associatedData(caseId, keyId)), "AES");
    }

    private static byte[] associatedData(UUID caseId, String keyId) {
        return (caseId + "/" + keyId).getBytes(StandardCharsets.UTF_8);
    }

    private record CaseKey(String keyId, SecretKey secret) {
    }
}
