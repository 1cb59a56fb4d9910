package dk.tvaers.insight.figures.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the figures of one organisation are computed from: the recorded facts, with citizens by pseudonymous
 * id (only to count them; no figure and no response carries one).
 */
public final class FactSheet {

    private final List<Plan> plans;
    private final List<FollowUp> followUps;
    private final List<Trend> trends;
    private final List<LocalDate> overdue;
    private final List<SubGoal> subGoals;
    private final List<SectorCase> cases;
    private final List<Grant> grants;
    private final List<Price> prices;
    private final List<Team> teams;
    private final List<Caseload> caseloads;
    private final List<CoordinatorChange> coordinators;
    private final List<Meeting> meetings;
    private final List<BenefitChange> benefits;
    /** Each offer's price versions in the order they came in force, built once for every grant and day priced. */
    private final Map<UUID, List<Price>> pricesByOffer;

    public FactSheet(List<Plan> plans, List<FollowUp> followUps, List<Trend> trends, List<LocalDate> overdue,
                     List<SubGoal> subGoals, List<SectorCase> cases, List<Grant> grants, List<Price> prices,
                     List<Team> teams, List<Caseload> caseloads, List<CoordinatorChange> coordinators,
                     List<Meeting> meetings, List<BenefitChange> benefits) {
        this.plans = List.copyOf(plans);
        this.followUps = List.copyOf(followUps);
        this.trends = List.copyOf(trends);
        this.overdue = List.copyOf(overdue);
        this.subGoals = List.copyOf(subGoals);
        this.cases = List.copyOf(cases);
        this.grants = List.copyOf(grants);
        this.prices = List.copyOf(prices);
        this.teams = List.copyOf(teams);
        this.caseloads = List.copyOf(caseloads);
        this.coordinators = List.copyOf(coordinators);
        this.meetings = List.copyOf(meetings);
        this.benefits = List.copyOf(benefits);
        this.pricesByOffer = this.prices.stream()
                .sorted(Comparator.comparing(Price::from).thenComparing(Price::version))
                .collect(Collectors.groupingBy(Price::offerId));
    }

    public List<Plan> plans() {
        return plans;
    }

    public List<FollowUp> followUps() {
        return followUps;
    }

    public List<Trend> trends() {
        return trends;
    }

    public List<LocalDate> overdue() {
        return overdue;
    }

    public List<SubGoal> subGoals() {
        return subGoals;
    }

    public List<SectorCase> cases() {
        return cases;
    }

    public List<Grant> grants() {
        return grants;
    }

    public List<Price> prices() {
        return prices;
    }

    public List<Team> teams() {
        return teams;
    }

    public List<Caseload> caseloads() {
        return caseloads;
    }

    public List<CoordinatorChange> coordinators() {
        return coordinators;
    }

    public List<Meeting> meetings() {
        return meetings;
    }

    public List<BenefitChange> benefits() {
        return benefits;
    }


    /** A plan from {@code startedOn}; {@code frequencies} from the first, in order. */
    public record Plan(UUID citizen, LocalDate startedOn, List<Frequency> frequencies) {

        /** The months between follow-ups in force on {@code day}. */
        public int frequencyOn(LocalDate day) {
            int months = frequencies.get(0).months();
            for (Frequency frequency : frequencies) {
                if (!frequency.from().isAfter(day)) {
                    months = frequency.months();
                }
            }
            return months;
        }
    }

    public record Frequency(LocalDate from, int months) {
    }

    public record FollowUp(UUID citizen, LocalDate heldOn, Integer rating) {
    }

    public record Trend(UUID citizen, LocalDate heldOn, String trend) {
    }

    /** {@code outcome} {@code achieved}, {@code dropped} or {@code null} while open. */
    public record SubGoal(UUID citizen, String sector, LocalDate setOn, String outcome, LocalDate concludedOn) {
    }

    public record SectorCase(UUID citizen, String sector, LocalDate openedOn, LocalDate closedOn) {
    }

    /**
     * A grant in force from {@code from} to {@code lastDay} (its end date, or the day it ended early).
     *
     * @param housing {@code temporary} (§107), {@code long-term} (§108) or {@code null}
     */
    public record Grant(UUID citizen, UUID offerId, String sector, String housing, boolean externalPlacement,
                        BigDecimal hoursPerWeek, LocalDate from, LocalDate lastDay) {
    }

    /** An offer's basic rate from {@code from}: {@code amount} DKK per {@code unit}, or none. */
    public record Price(UUID offerId, int version, BigDecimal amount, String unit, int doubleBilledItems,
                        LocalDate from) {
    }

    public record Team(String teamId, String sector, String name, int recommendedCaseload) {
    }

    public record Caseload(String caseworkerId, String teamId, int caseload, Integer recommendedCaseload,
                           LocalDate changedOn, long sequence) {
    }

    public record CoordinatorChange(UUID citizen, boolean coordinated, LocalDate changedOn, long sequence) {
    }

    public record Meeting(UUID citizen, LocalDate meetsOn, boolean cancelled) {
    }

    /** From {@code from} the citizen receives {@code benefit}, or none when it is {@code null}. */
    public record BenefitChange(UUID citizen, String benefit, LocalDate from, long sequence) {
    }

    /** The offer's price versions, the first first. */
    public List<Price> pricesOf(UUID offerId) {
        return pricesByOffer.getOrDefault(offerId, List.of());
    }

    /** The version of the offer's prices in force on {@code day}: the latest from before it, else the first. */
    public Optional<Price> priceOn(UUID offerId, LocalDate day) {
        List<Price> versions = pricesOf(offerId);
        Price inForce = null;
        for (Price version : versions) {
            if (inForce == null || !version.from().isAfter(day)) {
                inForce = version;
            }
        }
        return Optional.ofNullable(inForce);
    }
}
