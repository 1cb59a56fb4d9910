package dk.tvaers.cases;

import dk.tvaers.platform.boot.TvaersServices;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** case-service: citizens, sector cases, caseworkers and caseloads, grants and authority. */
@SpringBootApplication
@EnableConfigurationProperties(CaseServiceSettings.class)
public class CaseServiceApplication {

    public static final String NAME = "case-service";

    public static void main(String[] args) {
        TvaersServices.builder(CaseServiceApplication.class, NAME).run(args);
    }
}
