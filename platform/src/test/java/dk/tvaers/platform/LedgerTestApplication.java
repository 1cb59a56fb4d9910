package dk.tvaers.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A tiny event-sourced service ({@code testapp}) that exercises the platform on its own. */
@SpringBootApplication(scanBasePackages = "dk.tvaers.platform.testapp")
public class LedgerTestApplication {
}
