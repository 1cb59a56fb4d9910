package dk.tvaers.cases.citizen.command;

import dk.tvaers.cases.citizen.api.CitizenErasedEvent;
import dk.tvaers.cases.citizen.api.CitizenRegisteredEvent;
import dk.tvaers.cases.citizen.api.CprNumber;
import dk.tvaers.cases.citizen.api.EraseCitizenCommand;
import dk.tvaers.cases.citizen.api.RegisterCitizenCommand;
import dk.tvaers.platform.domain.ConflictException;
import dk.tvaers.platform.domain.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A citizen (borger) known to the platform by a pseudonymous id. The CPR number and name live only in
 * this aggregate's events (encrypted per citizen) and case-service's sealed read model.
 */
@Aggregate
public class Citizen {

    static final int MAX_NAME = 200;

    @AggregateIdentifier
    private UUID citizenId;
    private String organisation;
    private boolean erased;

    protected Citizen() {
    }

    @CommandHandler
    public Citizen(RegisterCitizenCommand command, CitizenIdentities identities) {
        CprNumber cpr = CprNumber.parse(command.cpr(), "cpr");
        if (cpr.birthDate().isAfter(command.registeredOn())) {
            throw new RuleViolationException("cpr", "citizen.cpr-date",
                    "The date of birth in the CPR number lies in the future.");
        }
        String name = command.name() == null ? "" : command.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new RuleViolationException("name", "citizen.name-required",
                    "The citizen's name is required (at most " + MAX_NAME + " characters).");
        }
        if (!identities.claim(new CitizenIdentities.CprNumberClaim(command.citizenId(), cpr.formatted(),
                command.organisation()))) {
            throw new ConflictException("citizen.cpr-registered",
                    "A citizen with this CPR number is already registered.");
        }
        apply(new CitizenRegisteredEvent(command.citizenId(), cpr.formatted(), name, command.organisation(),
                command.registeredBy(), command.registeredOn()));
    }

    @CommandHandler
    void handle(EraseCitizenCommand command, CitizenIdentities identities) {
        if (erased) {
            throw new ConflictException("citizen.erased", "The citizen is already erased.");
        }
        if (command.legalBasis() == null || command.legalBasis().isBlank()) {
            throw new RuleViolationException("legalBasis", "citizen.erasure-basis-required",
                    "Erasure needs its legal basis.");
        }
        if (identities.hasOpenCases(citizenId)) {
            throw new RuleViolationException(null, "citizen.has-open-cases",
                    "A citizen with an open case cannot be erased; close the cases first.");
        }
        identities.release(citizenId);
        apply(new CitizenErasedEvent(citizenId, organisation, command.legalBasis().strip(), command.erasedBy(),
                command.erasedOn()));
    }

    @EventSourcingHandler
    void on(CitizenRegisteredEvent event) {
        this.citizenId = event.citizenId();
        this.organisation = event.organisation();
    }

    @EventSourcingHandler
    void on(CitizenErasedEvent event) {
        this.erased = true;
    }
}
