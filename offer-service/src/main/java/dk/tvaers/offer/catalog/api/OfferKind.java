package dk.tvaers.offer.catalog.api;

/** The kinds of offer in the catalog (tilbudsvifte). */
public enum OfferKind {
    /** Ydelsespakke: support by function level and weekly hours. */
    SERVICE_PACKAGE("service-package"),
    /** Gruppeforløb: a course with a schedule and a number of seats. */
    GROUP_COURSE("group-course"),
    /** Individuel støtte. */
    INDIVIDUAL_SUPPORT("individual-support"),
    /** Virtuel støtte: support by video, phone, chat or an app; it names its channels. */
    VIRTUAL_SUPPORT("virtual-support"),
    /** Uvisiteret tilbud: open to anyone, no referral. */
    OPEN_OFFER("open-offer"),
    /** Klippekort: a number of visits the citizen uses as they choose. */
    PUNCH_CARD("punch-card");

    private final String code;

    OfferKind(String code) {
        this.code = code;
    }

    /** The code used in integration events and open data. */
    public String code() {
        return code;
    }
}
