package dk.tvaers.cases.citizen.api;

import dk.tvaers.platform.privacy.DataSubject;
import dk.tvaers.platform.privacy.Erasable;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A citizen was registered. The CPR number ({@code DDMMYY-SSSS}) and the name are stored encrypted with
 * the citizen's key and read as {@code null} once the citizen is erased.
 */
@Revision("1")
public record CitizenRegisteredEvent(@DataSubject UUID citizenId, @Erasable String cpr, @Erasable String name,
                                     String organisation, String registeredBy, LocalDate registeredOn) {

    @Override
    public String toString() {
        return "CitizenRegisteredEvent[citizenId=" + citizenId + ", organisation=" + organisation + "]";
    }
}
