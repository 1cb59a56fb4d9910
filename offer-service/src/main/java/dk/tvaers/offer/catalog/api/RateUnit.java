package dk.tvaers.offer.catalog.api;

/** What a rate (takst) is paid per. */
public enum RateUnit {
    HOUR, DAY, WEEK, MONTH, VISIT, COURSE
}
