package dk.tvaers.platform.messaging;

/**
 * A well-formed integration event that this consumer can never apply (it contradicts what the
 * consumer knows, say). Like a malformed message it goes to the dead-letter topic with this message
 * as the reason, and the consumer goes on.
 */
public class UnprocessableEventException extends RuntimeException {

    public UnprocessableEventException(String reason) {
        super(reason);
    }

    public UnprocessableEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
