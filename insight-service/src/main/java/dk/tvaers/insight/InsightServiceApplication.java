package dk.tvaers.insight;

import dk.tvaers.platform.boot.TvaersServices;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * insight-service: whether the investment approach pays, computed from every service's integration
 * events into aggregates (never a single identifiable citizen), and the investment calculator.
 */
@SpringBootApplication
public class InsightServiceApplication {

    public static final String NAME = "insight-service";

    public static void main(String[] args) {
        TvaersServices.builder(InsightServiceApplication.class, NAME).run(args);
    }
}
