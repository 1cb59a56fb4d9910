package dk.tvaers.insight.calculator.web;

import dk.tvaers.insight.calculator.api.Assumptions;
import dk.tvaers.insight.calculator.api.ChangeAssumptionsCommand;
import dk.tvaers.insight.calculator.api.CreateInvestmentCaseCommand;
import dk.tvaers.insight.calculator.api.InvestmentCaseView;
import dk.tvaers.insight.calculator.model.InvestmentCalculator;
import dk.tvaers.insight.calculator.model.Projection;
import dk.tvaers.insight.calculator.query.InvestmentCases;
import dk.tvaers.insight.export.Csv;
import dk.tvaers.insight.export.SvgCharts;
import dk.tvaers.insight.figures.api.Baseline;
import dk.tvaers.insight.figures.query.InsightFigures;
import dk.tvaers.platform.domain.NotFoundException;
import dk.tvaers.platform.privacy.NoPersonalData;
import dk.tvaers.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * The investment calculator: a projection of an investment's costs and savings year by year from the
 * platform's baseline, and the organisation's stored investment cases, whose assumptions stay visible,
 * editable and versioned with who changed them.
 */
@RestController
@RequestMapping("/api/insight")
@PreAuthorize("hasAnyRole('management', 'team-leader')")
class CalculatorController {

    private static final String AGGREGATES = "aggregates of five or more";
    private static final String SVG = "image/svg+xml;charset=UTF-8";

    private final CommandGateway commands;
    private final InvestmentCases cases;
    private final InsightFigures figures;
    private final SvgCharts charts;

    CalculatorController(CommandGateway commands, InvestmentCases cases, InsightFigures figures, SvgCharts charts) {
        this.commands = commands;
        this.cases = cases;
        this.figures = figures;
        this.charts = charts;
    }

    /** A stored case's version after a change. */
    record Saved(UUID caseId, long version) {
    }

    /** A change of a case's assumptions, based on the version the caller saw. */
    record ChangeRequest(@NotNull @Min(1) Long expectedVersion, @Size(max = 500) String note,
                         @NotNull @Valid Assumptions assumptions) {
    }

    /** A case's projection with the baseline it used. */
    record CaseProjection(InvestmentCaseView investmentCase, Baseline baseline, Projection projection) {
    }

    /** An unsaved projection with the baseline it used. */
    record TrialProjection(Baseline baseline, Projection projection) {
    }

    @PostMapping("/calculator/projection")
    @NoPersonalData(AGGREGATES)
    @Operation(summary = "Project assumptions without storing them")
    TrialProjection project(Actor actor, @RequestBody @Valid Assumptions assumptions,
                            @RequestParam(required = false) @Min(2000) @Max(2100) Integer baseYear) {
        Baseline baseline = baseline(actor, baseYear);
        return new TrialProjection(baseline, InvestmentCalculator.project(assumptions, baseline));
    }

    @GetMapping("/calculator/cases")
    @NoPersonalData(AGGREGATES)
    @Operation(summary = "The organisation's investment cases")
    List<InvestmentCaseView> list(Actor actor) {
        return cases.of(actor.organisation());
    }

    @PostMapping("/calculator/cases")
    @NoPersonalData(AGGREGATES)
    @Operation(summary = "Store an investment case with its assumptions (version 1)")
    ResponseEntity<Saved> create(Actor actor, @RequestBody @Valid Assumptions assumptions) {
        UUID caseId = UUID.randomUUID();
        commands.sendAndWait(new CreateInvestmentCaseCommand(caseId, actor.organisation(), assumptions,
                actor.userId()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Saved(caseId, 1));
    }

    @GetMapping("/calculator/cases/{caseId}")
    @NoPersonalData(AGGREGATES)
    @Operation(summary = "An investment case with every version of its assumptions, who changed them and when")
    InvestmentCaseView read(Actor actor, @PathVariable UUID caseId) {
        return find(actor, caseId);
    }

    @PutMapping("/calculator/cases/{caseId}")
    @NoPersonalData(AGGREGATES)
    @Operation(summary = "Change the assumptions, based on expectedVersion (409 if someone changed them since)")
    Saved change(Actor actor, @PathVariable UUID caseId, @RequestBody @Valid ChangeRequest request) {
        find(actor, caseId);
        Long version = commands.sendAndWait(new ChangeAssumptionsCommand(caseId, actor.organisation(),
                request.expectedVersion(), request.assumptions(), request.note(), actor.userId()));
        return new Saved(caseId, version);
    }

    @GetMapping("/calculator/cases/{caseId}/projection")
    @NoPersonalData(AGGREGATES)
    @Operation(summary = "The case projected year by year: costs, savings, net, break-even year, net result")
    CaseProjection projection(Actor actor, @PathVariable UUID caseId,
                              @RequestParam(required = false) @Min(2000) @Max(2100) Integer baseYear) {
        InvestmentCaseView view = find(actor, caseId);
        Baseline baseline = baseline(actor, baseYear);
        return new CaseProjection(view, baseline, InvestmentCalculator.project(view.assumptions(), baseline));
    }

    @GetMapping(value = "/calculator/cases/{caseId}/projection.csv", produces = Csv.MEDIA_TYPE)
    @NoPersonalData(AGGREGATES)
    @Operation(summary = "The projection as CSV")
    ResponseEntity<String> projectionCsv(Actor actor, @PathVariable UUID caseId,
                                         @RequestParam(required = false) @Min(2000) @Max(2100) Integer baseYear) {
        CaseProjection projection = projection(actor, caseId, baseYear);
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"investering-" + caseId + ".csv\"")
                .contentType(MediaType.parseMediaType(Csv.MEDIA_TYPE))
                .body(Csv.of(projection.projection()));
    }

    @GetMapping(value = "/charts/calculator/{caseId}.svg", produces = SVG)
    @NoPersonalData(AGGREGATES)
    @Operation(summary = "The projection as an SVG chart: costs and savings a year, the discounted net added up")
    ResponseEntity<String> chart(Actor actor, @PathVariable UUID caseId,
                                 @RequestParam(required = false) @Min(2000) @Max(2100) Integer baseYear) {
        CaseProjection projection = projection(actor, caseId, baseYear);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(SVG))
                .body(charts.chart(projection.investmentCase().title(), projection.projection()));
    }

    private InvestmentCaseView find(Actor actor, UUID caseId) {
        return cases.find(actor.organisation(), caseId)
                .orElseThrow(() -> new NotFoundException("Investment case", caseId));
    }

    private Baseline baseline(Actor actor, Integer baseYear) {
        return figures.baseline(actor.organisation(), baseYear == null ? figures.today().getYear() - 1 : baseYear);
    }
}
