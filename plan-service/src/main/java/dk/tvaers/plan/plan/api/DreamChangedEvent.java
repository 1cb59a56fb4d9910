package dk.tvaers.plan.plan.api;

import dk.tvaers.platform.privacy.DataSubject;
import dk.tvaers.platform.privacy.Erasable;
import org.axonframework.serialization.Revision;

import java.util.UUID;

@Revision("1")
public record DreamChangedEvent(UUID planId, @DataSubject UUID citizenId, String organisation, @Erasable String dream, @Erasable String reason,
                                String by, String sector) implements PlanEvent {
}
