package dk.tvaers.platform.privacy;

import dk.tvaers.platform.security.Actor;

import java.util.Set;
import java.util.UUID;

/**
 * Who may see and change what of a citizen, decided the same way in every service from the service's
 * own copy of the facts (its access directory, kept current from the case and coordination events):
 * <ul>
 *   <li>caseworkers, coordinators and team leaders see a citizen their sector works with (an open case
 *       of their sector and organisation) or whom they coordinate; another sector's information only as
 *       far as the citizen's current consent shares it between the two sectors;</li>
 *   <li>a partner institution sees only citizens it is party to, and only shared information and the
 *       enrolments on its offers;</li>
 *   <li>management, the DPO, operators and sector systems see no personal data;</li>
 *   <li>an erased citizen is seen by no one.</li>
 * </ul>
 * A denied read is a {@link dk.tvaers.platform.domain.NotFoundException}: guessing another citizen's id
 * gives 404, never a hint that the citizen exists.
 */
public interface CitizenAccess {

    /**
     * May the actor see the citizen's information of this category, owned by {@code ownerSector}
     * ({@code null} for information shared by every sector involved, such as who is involved)?
     */
    boolean canRead(Actor actor, UUID citizenId, String ownerSector, String category);

    /** As {@link #canRead} but throws a 404 {@link dk.tvaers.platform.domain.NotFoundException}. */
    default void requireRead(Actor actor, UUID citizenId, String ownerSector, String category) {
        if (!canRead(actor, citizenId, ownerSector, category)) {
            throw new dk.tvaers.platform.domain.NotFoundException("citizen", citizenId);
        }
    }

    /** Does the actor work with the citizen at all (own sector's open case, or coordinator)? */
    boolean worksWith(Actor actor, UUID citizenId);

    /** May the actor change the citizen's information owned by {@code sector} (their own sector's)? */
    boolean canChange(Actor actor, UUID citizenId, String sector);

    default void requireChange(Actor actor, UUID citizenId, String sector) {
        if (!canChange(actor, citizenId, sector)) {
            if (!worksWith(actor, citizenId)) {
                throw new dk.tvaers.platform.domain.NotFoundException("citizen", citizenId);
            }
            throw new org.springframework.security.access.AccessDeniedException(
                    "only " + sector + " may change this");
        }
    }

    /** The citizens the actor works with: for lists and searches. */
    Set<UUID> citizensOf(Actor actor);
}
