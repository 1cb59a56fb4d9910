package dk.tvaers.cases.sectorcase.command;

import java.util.UUID;

/**
 * What a sector case must know beyond itself, answered in the command's own transaction: whether the
 * citizen is registered, and the one-open-case-per-citizen-per-sector claim.
 */
public interface CaseRegister {

    /** Is the citizen registered (and not erased)? */
    boolean isKnownCitizen(UUID citizenId);

    /** Claims the sector's one open case for the citizen; {@code false} if the sector has one open. */
    boolean claimOpenCase(UUID citizenId, String sector, UUID caseId);

    /** Frees the sector's place: the case is closed. */
    void releaseOpenCase(UUID caseId);
}
