package dk.tvaers.launcher;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The local run's master keys: random, one per service, kept with the data, and old data folders still open. */
class LocalMasterKeysTest {

    @TempDir
    Path data;

    @BeforeEach
    void noKeyFromTheEnvironment() {
        Assumptions.assumeTrue(System.getenv("TVAERS_PRIVACY_MASTER_KEY") == null,
                "TVAERS_PRIVACY_MASTER_KEY is set: the launcher uses it for every service");
    }

    @Test
    void aNewDataFolderGetsARandomKeyPerServiceKeptForTheNextRunAndReadableByItsOwnerOnly() throws Exception {
        LocalMasterKeys firstRun = new LocalMasterKeys(data, false);
        String caseKey = firstRun.of("case-service");
        String planKey = firstRun.of("plan-service");

        assertThat(Base64.getDecoder().decode(caseKey)).hasSize(32);
        assertThat(planKey).isNotEqualTo(caseKey);
        assertThat(Base64.getDecoder().decode(caseKey)).isNotEqualTo(legacy("case-service"));
        assertThat(firstRun.of("case-service")).isEqualTo(caseKey);
        assertThat(new LocalMasterKeys(data, true).of("case-service")).as("the next run").isEqualTo(caseKey);
        assertThat(new LocalMasterKeys(data, true).of("offer-service")).as("a service added later")
                .isNotEqualTo(Base64.getEncoder().encodeToString(legacy("offer-service")));
        Path file = data.resolve("keys/case-service.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(new LocalMasterKeys(Files.createTempDirectory(data, "other"), false).of("case-service"))
                .as("another data folder").isNotEqualTo(caseKey);
    }

    @Test
    void aDataFolderMadeBeforeTheKeysWereKeptKeepsTheKeyItWasSealedWith() throws Exception {
        LocalMasterKeys keys = new LocalMasterKeys(data, true);

        assertThat(Base64.getDecoder().decode(keys.of("coordination-service"))).isEqualTo(legacy("coordination-service"));
        assertThat(Files.readString(data.resolve("keys/coordination-service.key")).trim())
                .isEqualTo(keys.of("coordination-service"));
    }

    private static byte[] legacy(String service) throws Exception {
        return MessageDigest.getInstance("SHA-256")
                .digest(("tvaers-development-master-key:" + service).getBytes(StandardCharsets.UTF_8));
    }
}
