package dk.tvaers.coordination.timeline.web;

import dk.tvaers.contracts.ConsentCategories;
import dk.tvaers.coordination.involvement.api.Coordinator;
import dk.tvaers.coordination.involvement.api.FindCoordinatorQuery;
import dk.tvaers.coordination.timeline.api.FindTimelineQuery;
import dk.tvaers.coordination.timeline.api.TimelineEntry;
import dk.tvaers.platform.privacy.CitizenAccess;
import dk.tvaers.platform.privacy.PersonalData;
import dk.tvaers.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** The citizen's timeline across sectors, filtered by what the caller's sector may see under consent. */
@RestController
class TimelineController {

    private final QueryGateway queries;
    private final CitizenAccess access;

    TimelineController(QueryGateway queries, CitizenAccess access) {
        this.queries = queries;
        this.access = access;
    }

    /**
     * Newest first. Shared entries (who is involved, who coordinates, consent) are seen by everyone working
     * with the citizen; a sector's own entries by that sector, and by other sectors only as far as the
     * citizen's consent shares that category between the two. The sectors party to an entry (both sides of a
     * referral, a meeting's sectors) see it regardless, and the coordinator sees every referral, as the
     * referrals themselves are seen.
     */
    @GetMapping("/api/coordination/citizens/{citizenId}/timeline")
    @PersonalData(category = ConsentCategories.SECTOR_EVENTS)
    @Operation(summary = "The citizen's cross-sector timeline, as far as the caller may see it")
    List<TimelineEntry> timeline(@PathVariable UUID citizenId,
                                 @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit, Actor actor) {
        access.requireRead(actor, citizenId, null, null);
        boolean coordinates = queries.query(new FindCoordinatorQuery(citizenId),
                        ResponseTypes.optionalInstanceOf(Coordinator.class)).join()
                .map(coordinator -> coordinator.caseworkerId().equals(actor.userId())).orElse(false);
        return queries.query(new FindTimelineQuery(citizenId, limit),
                        ResponseTypes.multipleInstancesOf(TimelineEntry.class)).join().stream()
                .filter(entry -> entry.sector() == null
                        || (actor.sector() != null && entry.parties().contains(actor.sector()))
                        || (coordinates && ConsentCategories.REFERRALS.equals(entry.category()))
                        || access.canRead(actor, citizenId, entry.sector(), entry.category()))
                .toList();
    }
}
