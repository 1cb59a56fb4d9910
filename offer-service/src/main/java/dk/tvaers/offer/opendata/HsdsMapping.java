package dk.tvaers.offer.opendata;

import dk.tvaers.offer.catalog.api.Access;
import dk.tvaers.offer.catalog.api.OfferDetails;
import dk.tvaers.offer.catalog.api.OfferView;
import dk.tvaers.offer.catalog.api.Provider;
import dk.tvaers.offer.catalog.api.Rate;
import dk.tvaers.offer.catalog.api.RateUnit;
import dk.tvaers.offer.catalog.api.Session;
import dk.tvaers.offer.catalog.api.VirtualChannel;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The offer catalog in Open Referral's Human Services Data Specification (HSDS) 3.0: an offer is a
 * {@code service}, its provider an {@code organization}, its prices {@code cost_options}, a course's
 * sessions {@code schedules}, its kind, needs, function level, hours and (for virtual support) channels
 * {@code attributes} with taxonomy terms. Ids HSDS needs that the catalog has none for are derived, stable UUIDs. Texts are Danish, as in the
 * catalog. Only fields HSDS defines are written, and only when there is something to say.
 */
final class HsdsMapping {

    static final String VERSION = "3.0";
    static final String OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";
    static final String PROFILE = "https://tvaers.dk/open-data/hsds";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private HsdsMapping() {
    }

    static UUID organizationId(String organisation) {
        return derivedId("organization", organisation);
    }

    /** One-to-one fields only, as in HSDS's {@code GET /services}. */
    static Map<String, Object> serviceListItem(OfferView offer) {
        Map<String, Object> service = new LinkedHashMap<>();
        OfferDetails d = offer.details();
        service.put("id", offer.offerId().toString());
        service.put("organization_id", organizationId(d.provider().organisation()).toString());
        service.put("name", d.title());
        service.put("description", description(d));
        service.put("status", "PUBLISHED".equals(offer.status()) ? "active" : "defunct");
        service.put("application_process", applicationProcess(d));
        service.put("eligibility_description", d.targetGroup());
        if (offer.prices() != null) {
            service.put("fees_description", "Betales efter kommunens takster; se cost_options.");
        }
        String waitTime = waitTime(offer);
        if (waitTime != null) {
            service.put("wait_time", waitTime);
        }
        if (d.legalBasis() != null) {
            service.put("licenses", d.legalBasis());
        }
        service.put("last_modified", offer.changedAt().toString());
        service.put("organization", organization(d.provider()));
        return service;
    }

    /** The whole service, as in HSDS's {@code GET /services/{id}}. */
    static Map<String, Object> service(OfferView offer) {
        Map<String, Object> service = serviceListItem(offer);
        OfferDetails d = offer.details();
        String id = offer.offerId().toString();
        service.put("schedules", schedules(id, d));
        service.put("languages", List.of(Map.of("id", derivedId("language", id).toString(), "service_id", id,
                "name", "Dansk", "code", "da")));
        service.put("cost_options", costOptions(id, offer));
        service.put("attributes", attributes(id, d));
        return service;
    }

    static Map<String, Object> organization(Provider provider) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("id", organizationId(provider.organisation()).toString());
        organization.put("name", provider.name());
        organization.put("description", "Leverandør i Tværs' tilbudsvifte (" + provider.organisation() + ").");
        return organization;
    }

    private static String description(OfferDetails d) {
        StringBuilder text = new StringBuilder(d.description());
        if (!d.aims().isEmpty()) {
            text.append("\n\nFormål:\n").append(d.aims().stream().map(aim -> "- " + aim)
                    .collect(Collectors.joining("\n")));
        }
        if (!d.channels().isEmpty()) {
            text.append("\n\nStøtten foregår virtuelt: ").append(d.channels().stream().map(VirtualChannel::danish)
                    .collect(Collectors.joining(", "))).append('.');
        }
        text.append("\n\n").append(d.openEnded() ? "Tilbuddet er ikke tidsbegrænset."
                : "Tilbuddet er tidsbegrænset til " + d.defaultDurationWeeks() + " uger.");
        return text.toString();
    }

    private static String applicationProcess(OfferDetails d) {
        return d.access() == Access.OPEN ? "Uvisiteret tilbud: mød op, der kræves ingen henvisning."
                : "Visiteret tilbud: kræver henvisning fra " + String.join(", ", d.sectors()) + ".";
    }

    private static String waitTime(OfferView offer) {
        if (offer.waiting() > 0) {
            return offer.waiting() + " på venteliste.";
        }
        if (offer.freeSeats() != null) {
            return offer.freeSeats() == 0 ? "Ingen ledige pladser." : offer.freeSeats() + " ledige pladser.";
        }
        return null;
    }

    private static List<Map<String, Object>> schedules(String serviceId, OfferDetails d) {
        List<Map<String, Object>> schedules = new ArrayList<>();
        for (Session session : d.schedule()) {
            Map<String, Object> schedule = new LinkedHashMap<>();
            schedule.put("id", derivedId("schedule", serviceId + session).toString());
            schedule.put("service_id", serviceId);
            if (d.startsOn() != null) {
                schedule.put("valid_from", d.startsOn().toString());
                schedule.put("dtstart", d.startsOn().toString());
            }
            if (d.endsOn() != null) {
                schedule.put("valid_to", d.endsOn().toString());
                schedule.put("until", d.endsOn().toString());
            }
            schedule.put("wkst", "MO");
            schedule.put("freq", "WEEKLY");
            schedule.put("interval", 1);
            schedule.put("byday", day(session.day()));
            schedule.put("opens_at", session.startsAt().format(TIME));
            schedule.put("closes_at", session.endsAt().format(TIME));
            schedule.put("description", "Hver uge " + session.startsAt().format(TIME) + "-"
                    + session.endsAt().format(TIME));
            schedules.add(schedule);
        }
        return schedules;
    }

    private static List<Map<String, Object>> costOptions(String serviceId, OfferView offer) {
        if (offer.prices() == null) {
            return List.of();
        }
        List<Rate> rates = new ArrayList<>();
        rates.add(offer.prices().basicRate());
        rates.addAll(offer.prices().supplementaryRates());
        List<Map<String, Object>> options = new ArrayList<>();
        for (Rate rate : rates) {
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("id", derivedId("cost_option", serviceId + "/" + rate.code()).toString());
            option.put("service_id", serviceId);
            option.put("option", rate.name() + " (" + rate.code() + ")");
            option.put("currency", "DKK");
            option.put("amount", rate.amount());
            option.put("amount_description", "Pr. " + unit(rate.unit()) + ". Dækker: "
                    + String.join(", ", rate.coveredItems()) + ".");
            options.add(option);
        }
        return options;
    }

    private static List<Map<String, Object>> attributes(String serviceId, OfferDetails d) {
        List<Map<String, Object>> attributes = new ArrayList<>();
        attributes.add(attribute(serviceId, "tvaers-offer-kind", d.kind().code(), null));
        d.needs().forEach(need -> attributes.add(attribute(serviceId, "tvaers-need", need, null)));
        d.sectors().forEach(sector -> attributes.add(attribute(serviceId, "tvaers-sector", sector, null)));
        attributes.add(attribute(serviceId, "tvaers-access", d.access().code(), null));
        if (d.functionLevel() != null) {
            attributes.add(attribute(serviceId, "tvaers-function-level", "vum-" + d.functionLevel(),
                    d.functionLevel().toString()));
        }
        if (d.weeklyHours() != null) {
            attributes.add(attribute(serviceId, "tvaers-weekly-hours", "weekly-hours",
                    d.weeklyHours().stripTrailingZeros().toPlainString()));
        }
        d.channels().forEach(channel -> attributes.add(attribute(serviceId, "tvaers-channel", channel.code(), null)));
        if (d.capacity() != null) {
            attributes.add(attribute(serviceId, "tvaers-capacity", "seats", d.capacity().toString()));
        }
        if (d.punchCardVisits() != null) {
            attributes.add(attribute(serviceId, "tvaers-punch-card", "visits", d.punchCardVisits().toString()));
        }
        return attributes;
    }

    private static Map<String, Object> attribute(String serviceId, String taxonomy, String code, String value) {
        UUID termId = derivedId("taxonomy_term", taxonomy + "/" + code);
        Map<String, Object> term = new LinkedHashMap<>();
        term.put("id", termId.toString());
        term.put("code", code);
        term.put("name", code);
        term.put("description", "Tværs " + taxonomy.substring("tvaers-".length()).replace('-', ' ') + ": " + code);
        term.put("taxonomy", taxonomy);
        term.put("language", "da");
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("id", derivedId("attribute", serviceId + "/" + taxonomy + "/" + code).toString());
        attribute.put("link_id", serviceId);
        attribute.put("link_type", taxonomy);
        attribute.put("link_entity", "service");
        attribute.put("taxonomy_term_id", termId.toString());
        if (value != null) {
            attribute.put("value", value);
        }
        attribute.put("taxonomy_term", term);
        return attribute;
    }

    private static String day(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    private static String unit(RateUnit unit) {
        return switch (unit) {
            case HOUR -> "time";
            case DAY -> "dag";
            case WEEK -> "uge";
            case MONTH -> "måned";
            case VISIT -> "besøg";
            case COURSE -> "forløb";
        };
    }

    private static UUID derivedId(String kind, String key) {
        return UUID.nameUUIDFromBytes(("tvaers-hsds/" + kind + "/" + key).getBytes(StandardCharsets.UTF_8));
    }
}
