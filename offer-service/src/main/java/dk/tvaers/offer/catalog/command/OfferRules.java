package dk.tvaers.offer.catalog.command;

import dk.tvaers.offer.catalog.api.Access;
import dk.tvaers.offer.catalog.api.OfferDetails;
import dk.tvaers.offer.catalog.api.OfferKind;
import dk.tvaers.offer.catalog.api.PriceList;
import dk.tvaers.offer.catalog.api.Rate;
import dk.tvaers.offer.catalog.api.Session;
import dk.tvaers.platform.domain.RuleViolationException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules that tie an offer's fields together. Single fields (lengths, ranges, formats) are checked at
 * the API; these are the rules that need several fields, named by the field a caller must correct.
 */
final class OfferRules {

    private OfferRules() {
    }

    static void check(OfferDetails details) {
        OfferKind kind = details.kind();
        if (kind == OfferKind.SERVICE_PACKAGE && details.functionLevel() == null) {
            throw new RuleViolationException("functionLevel", "offer.package-needs-function-level",
                    "A service package is for a function level.");
        }
        if (kind != OfferKind.SERVICE_PACKAGE && details.functionLevel() != null) {
            throw new RuleViolationException("functionLevel", "offer.function-level-only-for-packages",
                    "Only a service package has a function level.");
        }
        if ((kind == OfferKind.SERVICE_PACKAGE || kind == OfferKind.INDIVIDUAL_SUPPORT)
                && details.weeklyHours() == null) {
            throw new RuleViolationException("weeklyHours", "offer.hours-required",
                    "A service package or individual support states its weekly support hours.");
        }
        if (kind == OfferKind.GROUP_COURSE) {
            if (details.schedule().isEmpty()) {
                throw new RuleViolationException("schedule", "offer.course-needs-schedule",
                        "A group course has at least one weekly session.");
            }
            if (details.capacity() == null) {
                throw new RuleViolationException("capacity", "offer.course-needs-seats",
                        "A group course has a number of seats.");
            }
        } else if (!details.schedule().isEmpty()) {
            throw new RuleViolationException("schedule", "offer.schedule-only-for-courses",
                    "Only a group course has a schedule.");
        }
        checkSessions(details.schedule());
        if (kind == OfferKind.VIRTUAL_SUPPORT && details.channels().isEmpty()) {
            throw new RuleViolationException("channels", "offer.virtual-support-needs-channels",
                    "Virtual support says how it reaches the citizen: video, phone, chat or app.");
        }
        if (kind != OfferKind.VIRTUAL_SUPPORT && !details.channels().isEmpty()) {
            throw new RuleViolationException("channels", "offer.channels-only-for-virtual-support",
                    "Only virtual support is given through channels.");
        }
        if (details.startsOn() != null && details.endsOn() != null && details.endsOn().isBefore(details.startsOn())) {
            throw new RuleViolationException("endsOn", "offer.ends-before-it-starts",
                    "The course cannot end before it starts.");
        }
        if (kind == OfferKind.OPEN_OFFER && details.access() != Access.OPEN) {
            throw new RuleViolationException("access", "offer.open-offer-needs-no-referral",
                    "An open offer (uvisiteret tilbud) needs no referral.");
        }
        if (kind == OfferKind.PUNCH_CARD && details.punchCardVisits() == null) {
            throw new RuleViolationException("punchCardVisits", "offer.punch-card-needs-visits",
                    "A punch card has a number of visits.");
        }
        if (kind != OfferKind.PUNCH_CARD && details.punchCardVisits() != null) {
            throw new RuleViolationException("punchCardVisits", "offer.visits-only-for-punch-cards",
                    "Only a punch card has visits.");
        }
        if (!details.openEnded() && details.defaultDurationWeeks() == null) {
            throw new RuleViolationException("defaultDurationWeeks", "offer.time-limit-required",
                    "Offers are time-limited: give a default duration, or mark the offer open-ended.");
        }
        if (details.openEnded() && details.defaultDurationWeeks() != null) {
            throw new RuleViolationException("defaultDurationWeeks", "offer.open-ended-has-no-time-limit",
                    "An open-ended offer has no default duration.");
        }
    }

    private static void checkSessions(List<Session> schedule) {
        for (int i = 0; i < schedule.size(); i++) {
            Session session = schedule.get(i);
            if (!session.endsAt().isAfter(session.startsAt())) {
                throw new RuleViolationException("schedule[" + i + "].endsAt", "offer.session-ends-before-it-starts",
                        "A session ends after it starts.");
            }
        }
    }

    static void check(PriceList prices) {
        Set<String> codes = new HashSet<>();
        codes.add(prices.basicRate().code());
        List<Rate> supplements = prices.supplementaryRates();
        for (int i = 0; i < supplements.size(); i++) {
            if (!codes.add(supplements.get(i).code())) {
                throw new RuleViolationException("supplementaryRates[" + i + "].code", "offer.rate-code-not-unique",
                        "Each rate in a price list has its own code.");
            }
        }
    }
}
