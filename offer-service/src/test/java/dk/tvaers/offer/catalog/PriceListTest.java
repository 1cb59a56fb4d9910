package dk.tvaers.offer.catalog;

import dk.tvaers.offer.Catalog;
import dk.tvaers.offer.catalog.api.DoubleBilledItem;
import dk.tvaers.offer.catalog.api.PriceList;
import dk.tvaers.offer.catalog.api.Rate;
import dk.tvaers.offer.catalog.api.RateUnit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The double-payment flag on price lists like the ones municipalities checked by hand. */
class PriceListTest {

    @Test
    void flagsEscortToTheDoctorBilledAsASupplementWhenTheBasicRateCoversIt() {
        assertThat(Catalog.bostedPricesWithDoubleBilling().doubleBilledItems())
                .containsExactly(new DoubleBilledItem("Ledsagelse til læge", "T-LEDS"));
    }

    @Test
    void doesNotFlagSupplementsForWhatTheBasicRateLeavesOut() {
        assertThat(Catalog.bostedPricesWithoutOverlap().doubleBilledItems()).isEmpty();
    }

    /** A §85 home-support list (hjemmevejledning) where two supplements each bill part of the basic support. */
    @Test
    void flagsEveryOverlapOfEverySupplement() {
        PriceList homeSupport = new PriceList(
                new Rate("B85", "Basistakst §85, pakke 3", new BigDecimal("3890.00"), RateUnit.MONTH,
                        List.of("Hjælp til økonomi og post", "Ledsagelse til læge", "Madplan og indkøb",
                                "Kontakt til jobcenter")),
                List.of(new Rate("T-OEK", "Tillæg: økonomisk rådgivning", new BigDecimal("425.00"), RateUnit.HOUR,
                                List.of("Hjælp til Økonomi og Post.", "Gældsrådgivning")),
                        new Rate("T-KOR", "Tillæg: kørsel og ledsagelse", new BigDecimal("390.00"), RateUnit.HOUR,
                                List.of("Kørsel", "LEDSAGELSE TIL LÆGE", "Ledsagelse til læge"))));

        assertThat(homeSupport.doubleBilledItems()).containsExactly(
                new DoubleBilledItem("Hjælp til økonomi og post", "T-OEK"),
                new DoubleBilledItem("Ledsagelse til læge", "T-KOR"));
    }

    /** A §104 day offer (aktivitets- og samværstilbud) with a basic rate only. */
    @Test
    void aBasicRateAloneBillsNothingTwice() {
        PriceList dayOffer = new PriceList(
                new Rate("B104", "Dagtilbud §104", new BigDecimal("612.75"), RateUnit.DAY,
                        List.of("Aktiviteter", "Frokost", "Kørsel til og fra tilbuddet")),
                List.of());

        assertThat(dayOffer.doubleBilledItems()).isEmpty();
    }

    @Test
    void similarButDifferentItemsAreNotTheSameItem() {
        PriceList prices = new PriceList(
                new Rate("BASIS", "Basistakst", new BigDecimal("52340.00"), RateUnit.MONTH,
                        List.of("Ledsagelse til læge")),
                List.of(new Rate("T-LEDS", "Tillæg", new BigDecimal("485.50"), RateUnit.HOUR,
                        List.of("Ledsagelse til speciallæge"))));

        assertThat(prices.doubleBilledItems()).isEmpty();
    }

    @Test
    void amountsKeepTwoDecimalsSoEqualPricesAreEqual() {
        Rate written = new Rate("B", "Basis", new BigDecimal("485.5"), RateUnit.HOUR, List.of("Støtte"));
        Rate stored = new Rate("B", "Basis", new BigDecimal("485.50"), RateUnit.HOUR, List.of("Støtte"));

        assertThat(written).isEqualTo(stored);
    }
}
