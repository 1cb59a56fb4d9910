package dk.tvaers.cases.grant.command;

import java.util.UUID;

/** Whether a grant's case is open, answered in the command's own transaction. */
public interface GrantCases {

    /** Is {@code caseId} the citizen's open case in the sector? */
    boolean isOpenCase(UUID caseId, UUID citizenId, String sector);
}
