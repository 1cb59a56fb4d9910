package dk.tvaers.cases.caseload.web;

import dk.tvaers.cases.caseload.api.CaseworkerCaseload;
import dk.tvaers.cases.caseload.api.FindCaseloadQuery;
import dk.tvaers.cases.sectorcase.api.CaseSummary;
import dk.tvaers.cases.sectorcase.api.FindOpenCasesOfCaseworkerQuery;
import dk.tvaers.contracts.ConsentCategories;
import dk.tvaers.platform.privacy.NoPersonalData;
import dk.tvaers.platform.privacy.PersonalData;
import dk.tvaers.platform.security.Actor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The signed-in caseworker's own caseload and the cases in it. */
@RestController
@RequestMapping("/api/caseworkers/me")
class CaseworkerController {

    private final QueryGateway queries;

    CaseworkerController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/caseload")
    @PreAuthorize("hasAnyRole('caseworker', 'coordinator', 'team-leader')")
    @NoPersonalData("the caseworker's own case count")
    CaseworkerCaseload caseload(Actor actor) {
        return queries.query(new FindCaseloadQuery(actor.userId()),
                        ResponseTypes.optionalInstanceOf(CaseworkerCaseload.class)).join()
                .orElse(new CaseworkerCaseload(actor.userId(), actor.team(), 0, null, false));
    }

    /** The open cases the caller is responsible for (their own sector's, so always theirs to see). */
    @GetMapping("/cases")
    @PreAuthorize("hasAnyRole('caseworker', 'coordinator', 'team-leader')")
    @PersonalData(category = ConsentCategories.CASES, citizen = "")
    List<CaseSummary> cases(Actor actor) {
        return queries.query(new FindOpenCasesOfCaseworkerQuery(actor.userId()),
                        ResponseTypes.multipleInstancesOf(CaseSummary.class)).join().stream()
                .filter(found -> found.organisation().equals(actor.organisation()))
                .toList();
    }
}
