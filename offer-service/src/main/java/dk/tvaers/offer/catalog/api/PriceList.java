package dk.tvaers.offer.catalog.api;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An offer's prices: one basic rate (basistakst) and any supplementary rates (tillægstakster), each listing
 * the service items it covers.
 */
public record PriceList(Rate basicRate, List<Rate> supplementaryRates) {

    public PriceList {
        supplementaryRates = supplementaryRates == null ? List.of() : List.copyOf(supplementaryRates);
    }

    /**
     * The items the basic rate covers that a supplementary rate also bills. Items are compared as written,
     * ignoring case, accents' composition, surrounding punctuation and spacing: "Ledsagelse til læge" and
     * "ledsagelse  til læge." are the same item.
     */
    public List<DoubleBilledItem> doubleBilledItems() {
        Map<String, String> basic = new LinkedHashMap<>();
        for (String item : basicRate.coveredItems()) {
            basic.putIfAbsent(normalise(item), item);
        }
        List<DoubleBilledItem> found = new ArrayList<>();
        for (Rate supplement : supplementaryRates) {
            supplement.coveredItems().stream().map(PriceList::normalise).distinct()
                    .filter(basic::containsKey)
                    .forEach(item -> found.add(new DoubleBilledItem(basic.get(item), supplement.code())));
        }
        return List.copyOf(found);
    }

    static String normalise(String item) {
        String text = Normalizer.normalize(item, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        text = text.replaceAll("[\\p{Punct}\\s]+", " ").trim();
        return text;
    }
}
