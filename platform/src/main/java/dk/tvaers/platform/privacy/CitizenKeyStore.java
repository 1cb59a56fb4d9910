package dk.tvaers.platform.privacy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * One AES-256 key per citizen, stored wrapped (AES-GCM) with the service's master key in
 * {@code citizen_key}. Erasing a citizen deletes the key: whatever was encrypted with it is gone for
 * good, in the event store and in every backup of it.
 */
public class CitizenKeyStore {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcClient jdbc;
    private final SecretKey masterKey;
    private final TransactionTemplate ownTransaction;
    private final SecureRandom random = new SecureRandom();
    private final Cache<UUID, SecretKey> cache = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterAccess(Duration.ofMinutes(10)).build();

    public CitizenKeyStore(JdbcClient jdbc, byte[] masterKey, PlatformTransactionManager transactions) {
        if (masterKey.length != 32) {
            throw new IllegalArgumentException("the master key must be 32 bytes (AES-256)");
        }
        this.jdbc = jdbc;
        this.masterKey = new SecretKeySpec(masterKey, "AES");
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The citizen's key, created on first use. */
    public SecretKey keyFor(UUID citizenId) {
        return cache.get(citizenId, id -> load(id).orElseGet(() -> create(id)));
    }

    /** The citizen's key if it still exists: empty once the citizen is erased. */
    public Optional<SecretKey> existingKeyFor(UUID citizenId) {
        return Optional.ofNullable(cache.get(citizenId, id -> load(id).orElse(null)));
    }

    /**
     * Deletes the citizen's key: crypto-shredding. The cached copy goes when the deletion commits (a
     * read racing the deletion may have cached the key until then; Caffeine's atomic loads make the
     * invalidation wait for such a read and then remove what it cached).
     */
    public void erase(UUID citizenId) {
        jdbc.sql("DELETE FROM citizen_key WHERE citizen_id = ?").param(citizenId).update();
        cache.invalidate(citizenId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.invalidate(citizenId);
                }
            });
        }
    }

    private Optional<SecretKey> load(UUID citizenId) {
        return jdbc.sql("SELECT wrapped_key FROM citizen_key WHERE citizen_id = ?").param(citizenId)
                .query(byte[].class).optional()
                .map(wrapped -> new SecretKeySpec(decrypt(masterKey, wrapped), "AES"));
    }

    /** In a transaction of its own, so the key is there before any event encrypted with it commits. */
    private SecretKey create(UUID citizenId) {
        ownTransaction.executeWithoutResult(status -> {
            try {
                KeyGenerator generator = KeyGenerator.getInstance("AES");
                generator.init(256, random);
                byte[] wrapped = encrypt(masterKey, generator.generateKey().getEncoded());
                jdbc.sql("INSERT INTO citizen_key (citizen_id, wrapped_key) VALUES (?, ?) ON CONFLICT DO NOTHING")
                        .params(citizenId, wrapped).update();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot create a key", e);
            }
        });
        return load(citizenId).orElseThrow(() -> new IllegalStateException("key for " + citizenId + " vanished"));
    }

    byte[] encrypt(SecretKey key, byte[] plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    static byte[] decrypt(SecretKey key, byte[] ivAndSealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, ivAndSealed, 0, IV_BYTES));
            return cipher.doFinal(ivAndSealed, IV_BYTES, ivAndSealed.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt", e);
        }
    }
}
