package dk.tvaers.coordination;

import dk.tvaers.platform.boot.TvaersServices;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * coordination-service: who is involved with a citizen, the coordinating caseworker, consent,
 * referrals, meetings, the follow-up watch and the sector systems' events.
 */
@SpringBootApplication
public class CoordinationServiceApplication {

    public static final String NAME = "coordination-service";

    public static void main(String[] args) {
        TvaersServices.builder(CoordinationServiceApplication.class, NAME).run(args);
    }
}
