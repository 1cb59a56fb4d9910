package dk.tvaers.platform.privacy;

import dk.tvaers.contracts.ConsentCategories;
import dk.tvaers.platform.security.Actor;
import dk.tvaers.platform.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** {@link CitizenAccess} decided from the service's {@link AccessDirectory}; see the interface for the rules. */
public class DirectoryCitizenAccess implements CitizenAccess {

    private final AccessDirectory directory;
    private final Clock clock;

    public DirectoryCitizenAccess(AccessDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public boolean canRead(Actor actor, UUID citizenId, String ownerSector, String category) {
        if (citizenId == null || directory.isErased(citizenId)) {
            return false;
        }
        if (actor.has(Roles.PARTNER)) {
            return (ownerSector == null || ConsentCategories.ENROLMENTS.equals(category))
                    && directory.partyTo(citizenId, actor.organisation());
        }
        if (!actor.doesCasework() || actor.sector() == null) {
            return false;
        }
        List<AccessDirectory.OpenCase> cases = directory.openCases(citizenId);
        boolean ownSectorWorksWith = cases.stream().anyMatch(c -> c.sector().equals(actor.sector())
                && c.organisation().equals(actor.organisation()));
        boolean coordinates = directory.coordinator(citizenId)
                .map(c -> c.caseworkerId().equals(actor.userId())).orElse(false);
        if (!ownSectorWorksWith && !coordinates) {
            return false;
        }
        if (ownerSector == null || ownerSector.equals(actor.sector())) {
            return true;
        }
        return sharedByConsent(citizenId, actor.sector(), ownerSector, category);
    }

    @Override
    public boolean worksWith(Actor actor, UUID citizenId) {
        return canRead(actor, citizenId, null, null) && !actor.has(Roles.PARTNER);
    }

    @Override
    public boolean canChange(Actor actor, UUID citizenId, String sector) {
        return actor.doesCasework() && Objects.equals(actor.sector(), sector) && worksWith(actor, citizenId);
    }

    @Override
    public Set<UUID> citizensOf(Actor actor) {
        if (actor.has(Roles.PARTNER)) {
            return directory.citizensOfPartner(actor.organisation());
        }
        if (!actor.doesCasework() || actor.sector() == null) {
            return Set.of();
        }
        return new HashSet<>(directory.citizensOfSector(actor.sector(), actor.organisation(), actor.userId()));
    }

    private boolean sharedByConsent(UUID citizenId, String viewerSector, String ownerSector, String category) {
        LocalDate today = LocalDate.now(clock);
        return directory.consents(citizenId).stream()
                .filter(consent -> consent.validOn(today))
                .filter(consent -> consent.sectors().contains(viewerSector) && consent.sectors().contains(ownerSector))
                .anyMatch(consent -> consent.categories().contains(ConsentCategories.ALL)
                        || (category != null && consent.categories().contains(category)));
    }
}
