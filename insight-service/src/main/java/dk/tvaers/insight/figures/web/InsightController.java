package dk.tvaers.insight.figures.web;

import dk.tvaers.insight.export.Csv;
import dk.tvaers.insight.export.SvgCharts;
import dk.tvaers.insight.figures.api.Baseline;
import dk.tvaers.insight.figures.api.Figure;
import dk.tvaers.insight.figures.api.Period;
import dk.tvaers.insight.figures.query.InsightFigures;
import dk.tvaers.platform.privacy.NoPersonalData;
import dk.tvaers.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.util.List;

/**
 * The investment insight's figures for the caller's own organisation, as data, CSV and SVG charts. Management
 * and team leaders only; aggregates of five or more citizens, never a citizen.
 */
@RestController
@RequestMapping("/api/insight")
@PreAuthorize("hasAnyRole('management', 'team-leader')")
class InsightController {

    static final String AGGREGATES = "aggregates of five or more";
    static final String SVG = "image/svg+xml;charset=UTF-8";

    private final InsightFigures figures;
    private final SvgCharts charts;

    InsightController(InsightFigures figures, SvgCharts charts) {
        this.figures = figures;
        this.charts = charts;
    }

    /** A figure in the list, with where to get it. */
    record FigureLink(String id, String area, String title, String data, String csv, String chart) {
    }

    @GetMapping("/figures")
    @NoPersonalData(AGGREGATES)
    @Operation(summary = "The figures: human gains, work environment, economy")
    List<FigureLink> catalog() {
        return InsightFigures.CATALOG.stream().map(e -> new FigureLink(e.id(), e.area(), e.title(),
                "/api/insight/figures/" + e.id(), "/api/insight/figures/" + e.id() + ".csv",
                "/api/insight/charts/" + e.id() + ".svg")).toList();
    }

    @GetMapping("/figures/{id}")
    @NoPersonalData(AGGREGATES)
    @Operation(summary = "A figure by period (period=year|quarter|month, from and to as years); for cohorts, "
            + "changeOn splits the citizens by the day their plan started")
    Figure figure(Actor actor, @PathVariable String id, @RequestParam(defaultValue = "year") String period,
                  @RequestParam(required = false) @Min(2000) @Max(2100) Integer from,
                  @RequestParam(required = false) @Min(2000) @Max(2100) Integer to,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate changeOn) {
        return compute(actor, id, period, from, to, changeOn);
    }

    @GetMapping(value = "/figures/{id}.csv", produces = Csv.MEDIA_TYPE)
    @NoPersonalData(AGGREGATES)
    @Operation(summary = "A figure as CSV: comma-separated, Danish header, dot decimals, withheld values "
            + "written 'diskretioneret'")
    ResponseEntity<String> csv(Actor actor, @PathVariable String id, @RequestParam(defaultValue = "year") String period,
                               @RequestParam(required = false) @Min(2000) @Max(2100) Integer from,
                               @RequestParam(required = false) @Min(2000) @Max(2100) Integer to,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate changeOn) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"" + id + ".csv\"")
                .contentType(MediaType.parseMediaType(Csv.MEDIA_TYPE))
                .body(Csv.of(compute(actor, id, period, from, to, changeOn)));
    }

    @GetMapping(value = "/charts/{id}.svg", produces = SVG)
    @NoPersonalData(AGGREGATES)
    @Operation(summary = "A figure as an SVG chart with Danish labels; withheld values are gaps, named under the title")
    ResponseEntity<String> chart(Actor actor, @PathVariable String id,
                                 @RequestParam(defaultValue = "year") String period,
                                 @RequestParam(required = false) @Min(2000) @Max(2100) Integer from,
                                 @RequestParam(required = false) @Min(2000) @Max(2100) Integer to,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                 LocalDate changeOn) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(SVG))
                .body(charts.chart(compute(actor, id, period, from, to, changeOn)));
    }

    @GetMapping("/baseline")
    @NoPersonalData(AGGREGATES)
    @Operation(summary = "The platform's numbers the investment calculator starts from, each with its source")
    Baseline baseline(Actor actor, @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return figures.baseline(actor.organisation(), year == null ? figures.today().getYear() - 1 : year);
    }

    private Figure compute(Actor actor, String id, String period, Integer from, Integer to, LocalDate changeOn) {
        Period.Length length;
        try {
            length = Period.Length.parse(period);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "period: " + e.getMessage());
        }
        int last = to == null ? figures.today().getYear() : to;
        int first = from == null ? last - 4 : from;
        if (first > last) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "from: must not be after to");
        }
        if (last - first > 20) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "from: at most 20 years at a time");
        }
        return figures.figure(id, actor.organisation(), length, first, last, changeOn);
    }
}
