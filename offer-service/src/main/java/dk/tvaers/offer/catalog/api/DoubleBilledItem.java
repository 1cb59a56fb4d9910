package dk.tvaers.offer.catalog.api;

/**
 * A service item the basic rate already covers that a supplementary rate bills again: paying twice.
 *
 * @param item           the item as the basic rate names it
 * @param supplementCode the supplementary rate that bills it again
 */
public record DoubleBilledItem(String item, String supplementCode) {
}
