package dk.tvaers.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The local infrastructure refuses to start on a data folder or a port another run holds, before it starts or writes
 * anything: a second Kafka on the same folder corrupts the running one's log.
 */
class LocalInfrastructureTest {

    @TempDir
    Path data;

    @Test
    void aDataFolderAnotherRunHoldsIsRefusedBeforeAnythingStarts() throws Exception {
        try (FileChannel channel = FileChannel.open(data.resolve("tvaers.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            assertThatThrownBy(() -> LocalInfrastructure.start(data, Ports.free(), Ports.free()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already running on the data folder " + data)
                    .hasMessageContaining("TVAERS_DATA");
            assertThat(held.isValid()).isTrue();
        }
        assertThat(contents()).containsExactly("tvaers.lock");
    }

    @Test
    void aTakenPostgresPortIsNamedAndNothingStartsAndTheFolderIsFreeAgain() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> LocalInfrastructure.start(data, taken.getLocalPort(), Ports.free()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " (PostgreSQL) is taken")
                    .hasMessageContaining("TVAERS_PG_PORT");
        }
        assertThat(contents()).containsExactly("tvaers.lock");
        assertTheFolderIsFree();
    }

    @Test
    void aTakenKafkaControllerPortIsNamedAndNothingStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int kafkaPort = taken.getLocalPort() - 1;
            assertThatThrownBy(() -> LocalInfrastructure.start(data, Ports.free(), kafkaPort))
                    .isInstanceOf(IllegalStateException.class)
                    .message().satisfiesAnyOf(
                            // the port below the taken one may itself be in use on a busy machine
                            message -> assertThat(message).contains("port " + taken.getLocalPort()
                                    + " (Kafka's controller) is taken"),
                            message -> assertThat(message).contains("port " + kafkaPort + " (Kafka) is taken"));
        }
        assertThat(contents()).containsExactly("tvaers.lock");
        assertTheFolderIsFree();
    }

    private void assertTheFolderIsFree() throws Exception {
        try (FileChannel channel = FileChannel.open(data.resolve("tvaers.lock"), StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            assertThat(lock).isNotNull();
        }
    }

    private List<String> contents() throws Exception {
        try (Stream<Path> files = Files.list(data)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }
}
