package dk.tvaers.coordination.consent.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Revision("1")
public record ConsentGivenEvent(
        UUID consentId,
        UUID citizenId,
        String organisation,
        List<String> sectors,
        List<String> categories,
        LocalDate validFrom,
        LocalDate validUntil,
        String recordedBy,
        String recordedBySector) {
}
