package dk.tvaers.coordination.consent.api;

import java.util.UUID;

public record FindConsentQuery(UUID consentId) {
}
