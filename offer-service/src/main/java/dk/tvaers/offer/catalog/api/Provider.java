package dk.tvaers.offer.catalog.api;

/**
 * Who delivers an offer (leverandør).
 *
 * @param organisation the provider's organisation code, e.g. {@code bosted-aaen}; a partner signs in with it
 * @param name         the provider's name as the catalog shows it, e.g. {@code Bostedet Aaen}
 */
public record Provider(String organisation, String name) {
}
