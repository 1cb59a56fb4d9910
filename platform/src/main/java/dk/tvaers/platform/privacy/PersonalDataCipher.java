package dk.tvaers.platform.privacy;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Encryption of personal data at rest outside the event store (a read model's CPR or name column), with
 * the same per-citizen key as the citizen's events, so erasing the citizen makes it unreadable too. A
 * blind index (keyed HMAC) lets a service find a row by a personal value (a CPR number) and keep it
 * unique without storing the value in clear.
 */
public class PersonalDataCipher {

    private final CitizenKeyStore keys;
    private final byte[] indexKey;

    public PersonalDataCipher(CitizenKeyStore keys, byte[] indexKey) {
        this.keys = keys;
        this.indexKey = indexKey.clone();
    }

    /** Encrypts the value with the citizen's key: base64 text safe for any column. */
    public String seal(UUID citizenId, String value) {
        if (value == null) {
            return null;
        }
        return Base64.getEncoder().encodeToString(keys.encrypt(keys.keyFor(citizenId),
                value.getBytes(StandardCharsets.UTF_8)));
    }

    /** The value, or empty if there is none or the citizen's key is erased. */
    public Optional<String> open(UUID citizenId, String sealed) {
        if (sealed == null) {
            return Optional.empty();
        }
        return keys.existingKeyFor(citizenId).map(key -> new String(
                CitizenKeyStore.decrypt(key, Base64.getDecoder().decode(sealed)), StandardCharsets.UTF_8));
    }

    /** A stable keyed hash of the value (HMAC-SHA256, hex): equal values give equal indexes. */
    public String blindIndex(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(indexKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
