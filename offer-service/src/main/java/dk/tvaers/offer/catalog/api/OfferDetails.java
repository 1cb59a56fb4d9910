package dk.tvaers.offer.catalog.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the catalog says about an offer; one version of it. Every change of these makes a new version.
 *
 * @param title                the offer's title in the catalog
 * @param kind                 see {@link OfferKind}
 * @param description          what the offer is, in plain words
 * @param aims                 what it aims at (formål), one line each
 * @param targetGroup          whom it is for (målgruppe)
 * @param needs                need codes it addresses, for search (e.g. {@code housing}, {@code addiction})
 * @param sectors              the sectors it serves
 * @param provider             who delivers it
 * @param access               open or by referral
 * @param functionLevel        the VUM function level (0 none to 4 complete limitation) a service package is
 *                             for; {@code null} for other kinds
 * @param weeklyHours          support hours per week, if the offer is measured in hours
 * @param capacity             seats, or {@code null} for no limit
 * @param schedule             the weekly sessions of a group course
 * @param channels             how virtual support is given (video, phone, chat, app); empty for other kinds.
 *                             Versions published before channels existed have none.
 * @param startsOn             first day of a group course, if it runs for a period
 * @param endsOn               last day of a group course, if it runs for a period
 * @param punchCardVisits      visits on a punch card (klippekort)
 * @param defaultDurationWeeks the default time limit of an enrolment; {@code null} only if open-ended
 * @param openEnded            offers are time-limited unless marked open-ended
 * @param legalBasis           e.g. {@code Serviceloven §85}, if any
 */
public record OfferDetails(
        String title,
        OfferKind kind,
        String description,
        List<String> aims,
        String targetGroup,
        List<String> needs,
        List<String> sectors,
        Provider provider,
        Access access,
        Integer functionLevel,
        BigDecimal weeklyHours,
        Integer capacity,
        List<Session> schedule,
        List<VirtualChannel> channels,
        LocalDate startsOn,
        LocalDate endsOn,
        Integer punchCardVisits,
        Integer defaultDurationWeeks,
        boolean openEnded,
        String legalBasis) {

    public OfferDetails {
        aims = aims == null ? List.of() : List.copyOf(aims);
        needs = needs == null ? List.of() : List.copyOf(needs);
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        schedule = schedule == null ? List.of() : List.copyOf(schedule);
        channels = channels == null ? List.of() : channels.stream().distinct().toList();
        weeklyHours = weeklyHours == null ? null : Money.twoDecimals(weeklyHours);
    }
}
