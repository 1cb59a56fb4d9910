package dk.tvaers.cases.citizen.command;

import java.util.UUID;

/**
 * The one-citizen-per-CPR claim, kept in the command's own transaction so two registrations of the same
 * CPR number cannot both succeed, however close together they come.
 */
public interface CitizenIdentities {

    /** Claims the CPR number for the citizen; {@code false} if another citizen holds it. */
    boolean claim(CprNumberClaim claim);

    /** Gives the CPR number up: the citizen is erased. */
    void release(UUID citizenId);

    /** Does the citizen have an open case in any sector? */
    boolean hasOpenCases(UUID citizenId);

    record CprNumberClaim(UUID citizenId, String cpr, String organisation) {

        @Override
        public String toString() {
            return "CprNumberClaim[citizenId=" + citizenId + "]";
        }
    }
}
