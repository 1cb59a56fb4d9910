package dk.tvaers.insight.figures.query;

import dk.tvaers.insight.figures.api.Baseline;
import dk.tvaers.insight.figures.api.FactSheet;
import dk.tvaers.insight.figures.api.Figure;
import dk.tvaers.insight.figures.api.Period;
import dk.tvaers.insight.figures.calculation.Benefits;
import dk.tvaers.insight.figures.calculation.Cohorts;
import dk.tvaers.insight.figures.calculation.Economy;
import dk.tvaers.insight.figures.calculation.HumanGains;
import dk.tvaers.insight.figures.calculation.PlatformBaseline;
import dk.tvaers.insight.figures.calculation.WorkEnvironment;
import dk.tvaers.platform.domain.NotFoundException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every figure of the investment insight for one organisation, computed when asked from its facts: the
 * human gains, the work environment and the economy, the cohort comparison and the calculator's baseline.
 */
@Component
public class InsightFigures {

    /** A figure's id, the area of gains it belongs to and its title. */
    public record Entry(String id, String area, String title) {
    }

    /** The figures in the order a dashboard shows them. */
    public static final List<Entry> CATALOG = List.of(
            new Entry("follow-ups", "Menneskelige gevinster", "Opfølgning pr. borger"),
            new Entry("sub-goals", "Menneskelige gevinster", "Delmål nået"),
            new Entry("progression", "Menneskelige gevinster", "Progression"),
            new Entry("ratings", "Menneskelige gevinster", "Borgernes vurdering af hjælpen"),
            new Entry("coordination", "Menneskelige gevinster", "Én plan, én koordinator"),
            new Entry("cohorts", "Menneskelige gevinster", "Før og efter ændringen"),
            new Entry("caseloads", "Arbejdsmiljø", "Sagstal pr. sagsbehandler"),
            new Entry("grant-costs", "Økonomi", "Bevilgede timer og udgifter"),
            new Entry("housing", "Økonomi", "Botilbud og eksterne anbringelser"),
            new Entry("duplicate-payments", "Økonomi", "Dobbeltbetaling fundet"),
            new Entry("cost-per-sector", "Økonomi", "Udgift pr. borger pr. sektor"),
            new Entry("benefits", "Økonomi", "Offentlig forsørgelse"));

    private static final Map<String, Entry> BY_ID = CATALOG.stream()
            .collect(Collectors.toMap(Entry::id, Function.identity()));

    private final FactSheets sheets;
    private final Clock clock;

    InsightFigures(FactSheets sheets, Clock clock) {
        this.sheets = sheets;
        this.clock = clock;
    }

    /**
     * One figure.
     *
     * @param length   years, quarters or months
     * @param fromYear the first year shown
     * @param toYear   the last year shown
     * @param changeOn for {@code cohorts}: the day of the change the cohorts are split on
     */
    public Figure figure(String id, String organisation, Period.Length length, int fromYear, int toYear,
                         LocalDate changeOn) {
        if (!BY_ID.containsKey(id)) {
            throw new NotFoundException("Figure", id);
        }
        FactSheet sheet = sheets.of(organisation);
        LocalDate today = today();
        List<Period> periods = Period.of(length, fromYear, toYear);
        return switch (id) {
            case "follow-ups" -> HumanGains.followUps(sheet, periods, today);
            case "sub-goals" -> HumanGains.subGoals(sheet, periods);
            case "progression" -> HumanGains.progression(sheet, periods);
            case "ratings" -> HumanGains.ratings(sheet, periods);
            case "coordination" -> HumanGains.coordination(sheet, periods, today);
            case "cohorts" -> Cohorts.compare(sheet, changeOn == null ? today.withDayOfYear(1) : changeOn, today);
            case "caseloads" -> WorkEnvironment.caseloads(sheet, periods, today);
            case "grant-costs" -> Economy.grantCosts(sheet, periods);
            case "housing" -> Economy.housing(sheet, periods, today);
            case "duplicate-payments" -> Economy.duplicatePayments(sheet, periods, today);
            case "cost-per-sector" -> Economy.costPerSector(sheet, periods);
            case "benefits" -> Benefits.figure(sheet, periods, today);
            default -> throw new NotFoundException("Figure", id);
        };
    }

    /** The calculator's baseline: the platform's numbers for {@code year}. */
    public Baseline baseline(String organisation, int year) {
        return PlatformBaseline.of(sheets.of(organisation), year, today());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
