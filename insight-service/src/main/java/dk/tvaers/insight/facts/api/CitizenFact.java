package dk.tvaers.insight.facts.api;

import java.util.UUID;

/**
 * A fact insight-service recorded about one citizen, by pseudonymous id only. The id links a citizen's facts
 * to each other so the figures can count citizens; it never leaves the service.
 */
public interface CitizenFact {

    UUID citizenId();

    String organisation();
}
