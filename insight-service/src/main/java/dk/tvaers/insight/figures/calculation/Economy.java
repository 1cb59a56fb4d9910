package dk.tvaers.insight.figures.calculation;

import dk.tvaers.contracts.Sectors;
import dk.tvaers.insight.figures.api.FactSheet;
import dk.tvaers.insight.figures.api.Figure;
import dk.tvaers.insight.figures.api.Figure.Series;
import dk.tvaers.insight.figures.api.FigureRow;
import dk.tvaers.insight.figures.api.Period;
import dk.tvaers.insight.figures.api.Suppression;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static dk.tvaers.insight.figures.calculation.Numbers.count;
import static dk.tvaers.insight.figures.calculation.Numbers.ratio;
import static dk.tvaers.insight.figures.calculation.Numbers.round;

/** The economy: granted hours priced, stays in housing and placements, double billing, cost per citizen per sector. */
public final class Economy {

    private static final String SUPPRESSION_NOTE = "Tal bag færre end 5 borgere vises ikke (diskretioneret).";
    private static final String PRICE_NOTE = "Bevilgede timer (timer om ugen × dage / 7) ganget med tilbuddets "
            + "basistakst på dagen: timetakst pr. time, døgntakst pr. dag, ugetakst pr. 7 dage, månedstakst pr. "
            + "365/12 dage. Takster pr. besøg eller forløb kan ikke prissættes ud fra bevilget tid.";

    private Economy() {
    }

    /** Hours granted in each period and what they cost at the offers' basic rates. */
    public static Figure grantCosts(FactSheet sheet, List<Period> periods) {
        List<FigureRow> rows = new ArrayList<>();
        for (Period period : periods) {
            GrantCosting.Cost cost = GrantCosting.Cost.NONE;
            Set<UUID> citizens = new HashSet<>();
            for (FactSheet.Grant grant : sheet.grants()) {
                GrantCosting.Cost part = GrantCosting.of(grant, period, sheet);
                if (part.hours().signum() > 0 || part.amount().signum() > 0) {
                    citizens.add(grant.citizen());
                    cost = cost.plus(part);
                }
            }
            rows.add(Suppression.row(period.label(), null, null, citizens.size())
                    .citizens("grantedHours", round(cost.hours(), 1))
                    .citizens("cost", round(cost.amount(), 0))
                    .citizens("unpricedHours", round(cost.unpricedHours(), 1))
                    .citizens("costPerCitizen", ratio(cost.amount(), count(citizens.size()), 0))
                    .build());
        }
        return new Figure("grant-costs", "Bevilgede timer og udgifter",
                "Bevilgede timer i perioden og hvad de koster efter tilbuddenes basistakst.",
                List.of(new Series("grantedHours", "Bevilgede timer", "timer"),
                        new Series("cost", "Udgift", "kr."),
                        new Series("unpricedHours", "Timer uden takst", "timer"),
                        new Series("costPerCitizen", "Udgift pr. borger", "kr.")),
                rows, List.of(PRICE_NOTE, SUPPRESSION_NOTE));
    }

    /**
     * Stays in temporary (§107) and longer-term (§108) housing and external placements: citizens, place-years,
     * stays begun and ended, the average length of the stays that ended, and their cost.
     */
    public static Figure housing(FactSheet sheet, List<Period> periods, LocalDate today) {
        List<FigureRow> rows = new ArrayList<>();
        for (Period period : periods) {
            for (Stays.Kind kind : Stays.Kind.values()) {
                List<FactSheet.Grant> grants = Stays.grants(sheet, kind);
                List<Stays.Stay> stays = Stays.of(grants).stream()
                        .filter(s -> Stays.overlapDays(s, period) > 0).toList();
                long placeDays = stays.stream().mapToLong(s -> Stays.overlapDays(s, period)).sum();
                List<Stays.Stay> begun = stays.stream().filter(s -> period.contains(s.start())).toList();
                List<Stays.Stay> ended = stays.stream()
                        .filter(s -> period.contains(s.end()) && s.endedBefore(today)).toList();
                BigDecimal cost = grants.stream().map(g -> GrantCosting.of(g, period, sheet).amount())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                long endedDays = ended.stream().mapToLong(Stays.Stay::days).sum();
                rows.add(Suppression.row(period.label(), kind.code, kind.label, citizens(stays))
                        .citizens("placeYears", round(Numbers.years(placeDays), 2))
                        .citizens("begunStays", count(begun.size()), citizens(begun))
                        .citizens("endedStays", count(ended.size()), citizens(ended))
                        .citizens("averageStayYears", ended.isEmpty() ? null
                                : round(Numbers.years(endedDays).divide(count(ended.size()), Numbers.PRECISE), 2),
                                citizens(ended))
                        .citizens("cost", round(cost, 0))
                        .build());
            }
        }
        return new Figure("housing", "Botilbud og eksterne anbringelser",
                "Borgere i midlertidigt (§107) og længerevarende (§108) botilbud og i eksterne anbringelser: "
                        + "pladsår, ophold begyndt og afsluttet, gennemsnitlig længde af de afsluttede ophold og udgiften.",
                List.of(new Series("placeYears", "Pladsår", "år"),
                        new Series("begunStays", "Ophold begyndt", "antal"),
                        new Series("endedStays", "Ophold afsluttet", "antal"),
                        new Series("averageStayYears", "Gennemsnitlig opholdstid (afsluttede)", "år"),
                        new Series("cost", "Udgift", "kr.")),
                rows, List.of("Et ophold er en borgers bevillinger af samme slags i forlængelse af hinanden. "
                        + "Et år regnes som 365 dage.", PRICE_NOTE, SUPPRESSION_NOTE));
    }

    /**
     * Double billing found in the catalog (a supplementary rate billing what the basic rate covers): offers and
     * items flagged at the period's end, and the citizens granted those offers in the period and their cost.
     */
    public static Figure duplicatePayments(FactSheet sheet, List<Period> periods, LocalDate today) {
        List<FigureRow> rows = new ArrayList<>();
        for (Period period : periods) {
            LocalDate asOf = period.asOf(today);
            Set<UUID> flaggedOffers = new HashSet<>();
            long items = 0;
            for (UUID offer : sheet.prices().stream().map(FactSheet.Price::offerId).distinct().toList()) {
                FactSheet.Price price = sheet.priceOn(offer, asOf).filter(p -> !p.from().isAfter(asOf)).orElse(null);
                if (price != null && price.doubleBilledItems() > 0) {
                    flaggedOffers.add(offer);
                    items += price.doubleBilledItems();
                }
            }
            Set<UUID> citizens = new HashSet<>();
            BigDecimal cost = BigDecimal.ZERO;
            for (FactSheet.Grant grant : sheet.grants()) {
                if (grant.offerId() != null && flaggedOffers.contains(grant.offerId())) {
                    GrantCosting.Cost part = GrantCosting.of(grant, period, sheet);
                    if (part.hours().signum() > 0) {
                        citizens.add(grant.citizen());
                        cost = cost.add(part.amount());
                    }
                }
            }
            rows.add(Suppression.row(period.label(), null, null, citizens.size())
                    .plain("flaggedOffers", count(flaggedOffers.size()))
                    .plain("flaggedItems", count(items))
                    .citizens("citizensOnFlaggedOffers", count(citizens.size()))
                    .citizens("costOnFlaggedOffers", round(cost, 0))
                    .build());
        }
        return new Figure("duplicate-payments", "Dobbeltbetaling fundet",
                "Tilbud hvor en tillægstakst betaler for noget basistaksten allerede dækker, ved periodens slutning, "
                        + "og borgere bevilget de tilbud i perioden med udgiften.",
                List.of(new Series("flaggedOffers", "Tilbud med dobbeltbetaling", "antal"),
                        new Series("flaggedItems", "Ydelser betalt to gange", "antal"),
                        new Series("citizensOnFlaggedOffers", "Borgere på de tilbud", "antal"),
                        new Series("costOnFlaggedOffers", "Udgift på de tilbud", "kr.")),
                rows, List.of("Antal tilbud og ydelser handler ikke om borgere og vises altid.", SUPPRESSION_NOTE));
    }

    /**
     * Cost per citizen per sector: the cost of the sector's grants in the period over the citizens the sector
     * worked with (an open case or a grant of the sector in the period).
     */
    public static Figure costPerSector(FactSheet sheet, List<Period> periods) {
        List<String> sectors = Stream.concat(sheet.cases().stream().map(FactSheet.SectorCase::sector),
                        sheet.grants().stream().map(FactSheet.Grant::sector))
                .filter(Objects::nonNull).distinct()
                .sorted(Comparator.comparing((String s) -> Sectors.KNOWN.contains(s) ? Sectors.KNOWN.indexOf(s) : 99)
                        .thenComparing(s -> s))
                .toList();
        List<FigureRow> rows = new ArrayList<>();
        for (Period period : periods) {
            for (String sector : sectors) {
                Set<UUID> citizens = new HashSet<>();
                sheet.cases().stream().filter(c -> sector.equals(c.sector()) && c.openedOn() != null
                                && period.overlapDays(c.openedOn(), c.closedOn()) > 0)
                        .forEach(c -> citizens.add(c.citizen()));
                BigDecimal cost = BigDecimal.ZERO;
                for (FactSheet.Grant grant : sheet.grants()) {
                    if (sector.equals(grant.sector())) {
                        GrantCosting.Cost part = GrantCosting.of(grant, period, sheet);
                        if (part.hours().signum() > 0) {
                            citizens.add(grant.citizen());
                            cost = cost.add(part.amount());
                        }
                    }
                }
                if (!citizens.isEmpty()) {
                    rows.add(Suppression.row(period.label(), sector, Labels.sector(sector), citizens.size())
                            .citizens("cost", round(cost, 0))
                            .citizens("costPerCitizen", ratio(cost, count(citizens.size()), 0))
                            .build());
                }
            }
        }
        return new Figure("cost-per-sector", "Udgift pr. borger pr. sektor",
                "Udgiften til sektorens bevillinger i perioden delt med de borgere sektoren arbejdede med "
                        + "(en åben sag eller en bevilling i perioden).",
                List.of(new Series("cost", "Udgift", "kr."),
                        new Series("costPerCitizen", "Udgift pr. borger", "kr.")),
                Suppression.complement(rows), List.of(PRICE_NOTE, SUPPRESSION_NOTE,
                        "Er kun én sektor diskretioneret i en periode, skjules også den mindste anden sektor, så "
                                + "tallet ikke kan regnes ud fra totalen."));
    }

    private static long citizens(List<Stays.Stay> stays) {
        return stays.stream().map(Stays.Stay::citizen).distinct().count();
    }
}
