package dk.tvaers.offer.catalog.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One rate (takst) of an offer's price list.
 *
 * @param code         short code, unique in the price list, e.g. {@code BASIS}, {@code T-LEDS}
 * @param name         e.g. {@code Basistakst} or {@code Tillæg: ledsagelse}
 * @param amount       DKK per unit, two decimals
 * @param unit         what the amount is paid per
 * @param coveredItems the service items (ydelser) the rate pays for, e.g. {@code Ledsagelse til læge}
 */
public record Rate(String code, String name, BigDecimal amount, RateUnit unit, List<String> coveredItems) {

    public Rate {
        amount = amount == null ? null : Money.twoDecimals(amount);
        coveredItems = coveredItems == null ? List.of() : List.copyOf(coveredItems);
    }
}
