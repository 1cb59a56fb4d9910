package dk.tvaers.launcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The local run's privacy master keys: one random key per service, made on the first run and kept in the data
 * folder ({@code keys/<service>.key}, readable by its owner only), so the citizens' keys wrapped with it stay
 * readable on the next run and deleting the folder deletes everything. {@code TVAERS_PRIVACY_MASTER_KEY}, when set,
 * is used instead. A data folder made before the keys were kept was sealed with the key earlier versions derived
 * from the service's name; it keeps that key (written to its file, with a warning) so its data stays readable.
 */
final class LocalMasterKeys {

    private static final Logger log = LoggerFactory.getLogger(LocalMasterKeys.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;
    private final boolean madeBeforeKeysWereKept;
    private final String fromEnvironment;

    /**
     * @param data            the data folder
     * @param hadDataAlready  whether it held a database before this run
     */
    LocalMasterKeys(Path data, boolean hadDataAlready) {
        this.folder = data.resolve("keys");
        this.madeBeforeKeysWereKept = hadDataAlready && !Files.isDirectory(folder);
        this.fromEnvironment = System.getenv("TVAERS_PRIVACY_MASTER_KEY");
    }

    synchronized String of(String service) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.trim();
        }
        Path file = folder.resolve(service + ".key");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            Files.createDirectories(folder);
            String key = Base64.getEncoder().encodeToString(madeBeforeKeysWereKept ? legacy(service) : random());
            if (madeBeforeKeysWereKept) {
                log.warn("{} keeps the development master key this data folder was made with; delete the folder"
                        + " for a random one", service);
            }
            write(file, key);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the master key of " + service + " in " + folder, e);
        }
    }

    private static void write(Path file, String key) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, key + System.lineSeparator(), StandardCharsets.US_ASCII);
    }

    private static byte[] random() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    /** What versions before 2026-12-02 used when no key was set; only for data folders they made. */
    private static byte[] legacy(String service) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(("tvaers-development-master-key:" + service).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
