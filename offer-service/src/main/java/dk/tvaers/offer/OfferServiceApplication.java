package dk.tvaers.offer;

import dk.tvaers.platform.boot.TvaersServices;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** offer-service: the offer catalog: packages, courses, providers, prices, capacity, enrolment. */
@SpringBootApplication
public class OfferServiceApplication {

    public static final String NAME = "offer-service";

    public static void main(String[] args) {
        TvaersServices.builder(OfferServiceApplication.class, NAME).run(args);
    }
}
