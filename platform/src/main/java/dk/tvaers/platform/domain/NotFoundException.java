package dk.tvaers.platform.domain;

/** The thing asked for does not exist, or the caller may not know it exists. Answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
