package dk.tvaers.plan;

import dk.tvaers.platform.boot.TvaersServices;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** plan-service: the one coordinated plan per citizen: goals, sub-goals, activities, follow-ups, progression. */
@SpringBootApplication
public class PlanServiceApplication {

    public static final String NAME = "plan-service";

    public static void main(String[] args) {
        TvaersServices.builder(PlanServiceApplication.class, NAME).run(args);
    }
}
