package dk.tvaers.offer.catalog.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts (DKK) and hours are kept with two decimals, so equal values compare equal after a round trip. */
final class Money {

    private Money() {
    }

    static BigDecimal twoDecimals(BigDecimal value) {
        return value.scale() <= 2 ? value.setScale(2, RoundingMode.UNNECESSARY) : value;
    }
}
