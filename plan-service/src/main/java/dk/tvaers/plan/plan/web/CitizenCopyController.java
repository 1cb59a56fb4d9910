package dk.tvaers.plan.plan.web;

import dk.tvaers.plan.plan.api.FindPlanOfCitizenQuery;
import dk.tvaers.plan.plan.api.PlanView;
import dk.tvaers.plan.plan.command.PlanCalendar;
import dk.tvaers.platform.domain.NotFoundException;
import dk.tvaers.platform.privacy.AccessKind;
import dk.tvaers.platform.privacy.PersonalData;
import dk.tvaers.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The citizen's own copy of the plan, as a PDF in plain Danish. */
@RestController
@Tag(name = "Borgerens kopi", description = "Planen som PDF til borgeren")
class CitizenCopyController {

    private final QueryGateway queries;
    private final PlanAccess access;
    private final CitizenCopy copy;

    CitizenCopyController(QueryGateway queries, PlanAccess access, CitizenCopy copy) {
        this.queries = queries;
        this.access = access;
        this.copy = copy;
    }

    @GetMapping(value = "/api/plans/citizens/{citizenId}/citizen-copy", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(PlanController.CASEWORK)
    @PersonalData(category = PlanAccess.CATEGORY, kind = AccessKind.EXPORT, citizen = "citizenId")
    @Operation(summary = "The plan as a readable Danish PDF for the citizen")
    ResponseEntity<byte[]> citizenCopy(@PathVariable UUID citizenId, Actor actor) {
        access.requireRead(actor, citizenId);
        PlanView plan = queries.query(new FindPlanOfCitizenQuery(citizenId),
                        ResponseTypes.optionalInstanceOf(PlanView.class)).join()
                .orElseThrow(() -> new NotFoundException("plan of citizen", citizenId));
        byte[] pdf = copy.render(access.readable(actor, plan), PlanCalendar.today());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("din-plan.pdf").build().toString())
                .body(pdf);
    }
}
