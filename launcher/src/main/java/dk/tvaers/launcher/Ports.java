package dk.tvaers.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** The local ports the platform listens on. */
final class Ports {

    private Ports() {
    }

    /**
     * Fails with a message a person can act on when something already listens on the port. Checked before anything
     * starts: a server that cannot listen fails halfway through the start (Kafka ends the JVM).
     */
    static void requireFree(int port, String what) {
        requireFree(port, what, null);
    }

    /** As {@link #requireFree(int, String)}, saying how to choose another port. */
    static void requireFree(int port, String what, String setting) {
        if (!isFree(port)) {
            throw new IllegalStateException("port " + port + " (" + what + ") is taken: is Tværs already running?"
                    + (setting == null ? "" : " Another port: " + setting));
        }
    }

    /** Whether nothing listens on the port on this machine's loopback. */
    static boolean isFree(int port) {
        // Java binds with SO_REUSEADDR here, so a port only waiting out a closed connection (TIME_WAIT) counts as free
        try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** A port nothing listens on now. */
    static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
