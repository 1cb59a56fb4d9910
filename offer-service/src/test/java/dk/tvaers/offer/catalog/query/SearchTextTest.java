package dk.tvaers.offer.catalog.query;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user types in the search box is looked for as it is: no character of theirs is a wildcard. */
class SearchTextTest {

    @Test
    void plainWordsAreLookedForAnywhereInTheText() {
        assertThat(OfferCatalogProjection.containing("motion")).isEqualTo("%motion%");
    }

    @Test
    void aPercentSignIsAPercentSign() {
        assertThat(OfferCatalogProjection.containing("100%")).isEqualTo("%100\\%%");
    }

    @Test
    void anUnderscoreIsAnUnderscore() {
        assertThat(OfferCatalogProjection.containing("mad_og")).isEqualTo("%mad\\_og%");
    }

    @Test
    void aBackslashIsABackslashAndEscapesNothing() {
        assertThat(OfferCatalogProjection.containing("C:\\%")).isEqualTo("%C:\\\\\\%%");
    }
}
