package dk.tvaers.offer.catalog.api;

/** The whole catalog, retired offers included, in a stable order, one page at a time (for open data). */
public record FindCatalogQuery(int page, int size) {
}
