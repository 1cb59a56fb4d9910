package dk.tvaers.coordination.plan.web;

import dk.tvaers.contracts.ConsentCategories;
import dk.tvaers.coordination.plan.api.FindFollowUpWatchQuery;
import dk.tvaers.coordination.plan.api.FollowUpWatchEntry;
import dk.tvaers.platform.privacy.AccessKind;
import dk.tvaers.platform.privacy.CitizenAccess;
import dk.tvaers.platform.privacy.PersonalData;
import dk.tvaers.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The coordinator's follow-up watch: citizens whose plan's follow-up is due or overdue, across sectors. */
@RestController
class FollowUpWatchController {

    private final QueryGateway queries;
    private final CitizenAccess access;

    FollowUpWatchController(QueryGateway queries, CitizenAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @GetMapping("/api/coordination/follow-up-watch")
    @PreAuthorize("hasAnyRole('caseworker', 'coordinator', 'team-leader')")
    @PersonalData(category = ConsentCategories.PLAN, kind = AccessKind.SEARCH, citizen = "")
    @Operation(summary = "The caller's coordinated citizens whose follow-up is due or overdue, overdue first")
    List<FollowUpWatchEntry> watch(Actor actor) {
        Set<UUID> mine = access.citizensOf(actor);
        return queries.query(new FindFollowUpWatchQuery(actor.userId()),
                        ResponseTypes.multipleInstancesOf(FollowUpWatchEntry.class)).join().stream()
                .filter(entry -> mine.contains(entry.citizenId()))
                .toList();
    }
}
