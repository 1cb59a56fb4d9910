package dk.tvaers.platform.privacy;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A service has a master key from outside or does not start; there is no key the code makes up. */
class MasterKeyTest {

    @Test
    void aServiceWithoutAMasterKeyDoesNotStartAndSaysWhatToSet() {
        for (String missing : new String[]{null, "", "   "}) {
            assertThatThrownBy(() -> PrivacyAutoConfiguration.masterKey(missing, "plan-service"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("TVAERS_PRIVACY_MASTER_KEY")
                    .hasMessageContaining("plan-service");
        }
    }

    @Test
    void aMasterKeyMustBe32BytesOfBase64() {
        assertThatThrownBy(() -> PrivacyAutoConfiguration.masterKey("not base64!", "case-service"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not base64");
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> PrivacyAutoConfiguration.masterKey(short16, "case-service"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes, not 16");
    }

    @Test
    void aGivenKeyIsUsedAsItIs() {
        byte[] key = new byte[32];
        key[0] = 7;
        key[31] = 42;
        assertThat(PrivacyAutoConfiguration.masterKey(" " + Base64.getEncoder().encodeToString(key) + "\n",
                "case-service")).isEqualTo(key);
    }
}
