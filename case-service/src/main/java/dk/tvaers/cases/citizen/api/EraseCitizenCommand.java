package dk.tvaers.cases.citizen.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Erase the citizen's personal data (GDPR art. 17), asked by the data protection officer. */
public record EraseCitizenCommand(@TargetAggregateIdentifier UUID citizenId, String legalBasis, String erasedBy,
                                  LocalDate erasedOn) {
}
