package dk.tvaers.offer.catalog.api;

/** What a new version of an offer changed. */
public enum OfferChange {
    DETAILS, PRICES
}
