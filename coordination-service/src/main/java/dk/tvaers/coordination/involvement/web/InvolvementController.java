package dk.tvaers.coordination.involvement.web;

import dk.tvaers.coordination.involvement.api.FindInvolvedSectorsQuery;
import dk.tvaers.coordination.involvement.api.InvolvedSector;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/coordination/citizens/{citizenId}")
class InvolvementController {

    private final QueryGateway queries;

    InvolvementController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/involved-sectors")
    List<InvolvedSector> involvedSectors(@PathVariable UUID citizenId) {
        return queries.query(new FindInvolvedSectorsQuery(citizenId),
                ResponseTypes.multipleInstancesOf(InvolvedSector.class)).join();
    }
}
