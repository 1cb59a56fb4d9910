package dk.tvaers.cases.sectorcase.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

public record OpenCaseCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID citizenId,
        String organisation,
        String sector,
        String legalBasis,
        String caseworkerId,
        LocalDate openedOn) {
}
