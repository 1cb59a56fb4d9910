package dk.tvaers.offer;

import dk.tvaers.offer.catalog.api.Access;
import dk.tvaers.offer.catalog.api.OfferDetails;
import dk.tvaers.offer.catalog.api.OfferKind;
import dk.tvaers.offer.catalog.api.PriceList;
import dk.tvaers.offer.catalog.api.Provider;
import dk.tvaers.offer.catalog.api.Rate;
import dk.tvaers.offer.catalog.api.RateUnit;
import dk.tvaers.offer.catalog.api.Session;
import dk.tvaers.offer.catalog.api.VirtualChannel;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Realistic offers and price lists of a Danish municipality's catalog, for tests. */
public final class Catalog {

    public static final Provider BOSTED_AAEN = new Provider("bosted-aaen", "Bostedet Aaen");
    public static final Provider HOLSTEBRO_SOCIAL = new Provider("holstebro", "Holstebro Kommune, Voksen");

    private Catalog() {
    }

    /** Like Holstebro's ydelsespakker: function level and weekly hours. */
    public static Builder servicePackage() {
        return new Builder()
                .title("Ydelsespakke 3: Støtte i eget hjem")
                .kind(OfferKind.SERVICE_PACKAGE)
                .description("Socialpædagogisk støtte i eget hjem til struktur i hverdagen, økonomi og kontakt til "
                        + "myndigheder.")
                .aims(List.of("Kan selv holde styr på post og regninger", "Har en fast døgnrytme"))
                .targetGroup("Voksne med moderat nedsat psykisk funktionsevne, der bor i egen bolig")
                .needs(List.of("daily-living", "mental-health"))
                .sectors(List.of("social-services", "psychiatry"))
                .provider(HOLSTEBRO_SOCIAL)
                .access(Access.REFERRAL)
                .functionLevel(2)
                .weeklyHours(new BigDecimal("4.5"))
                .capacity(12)
                .defaultDurationWeeks(26)
                .legalBasis("Serviceloven §85");
    }

    public static Builder groupCourse() {
        return new Builder()
                .title("Gruppeforløb: Motion og fællesskab")
                .kind(OfferKind.GROUP_COURSE)
                .description("Ti ugers forløb med motion to gange om ugen og en fælles frokost.")
                .aims(List.of("Bevæger sig mindst to gange om ugen", "Kender andre i samme situation"))
                .targetGroup("Voksne med angst, depression eller et misbrug i behandling")
                .needs(List.of("social-network", "physical-health"))
                .sectors(List.of("social-services", "jobcenter", "addiction-centre"))
                .provider(BOSTED_AAEN)
                .access(Access.REFERRAL)
                .capacity(10)
                .schedule(List.of(new Session(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)),
                        new Session(DayOfWeek.THURSDAY, LocalTime.of(10, 0), LocalTime.of(12, 0))))
                .startsOn(LocalDate.of(2027, 1, 5))
                .endsOn(LocalDate.of(2027, 3, 11))
                .defaultDurationWeeks(10);
    }

    /** A support worker (bostøtte) one-to-one: weekly hours, no function level. */
    public static Builder individualSupport() {
        return new Builder()
                .title("Individuel bostøtte: Mentor i hverdagen")
                .kind(OfferKind.INDIVIDUAL_SUPPORT)
                .description("En fast mentor hjælper med hverdagens opgaver, aftaler og kontakt til netværket.")
                .aims(List.of("Kan selv passe sine aftaler", "Har nogen at ringe til"))
                .targetGroup("Voksne med sindslidelse eller kognitive vanskeligheder, der bor i egen bolig")
                .needs(List.of("daily-living", "mental-health"))
                .sectors(List.of("social-services", "psychiatry"))
                .provider(HOLSTEBRO_SOCIAL)
                .access(Access.REFERRAL)
                .weeklyHours(new BigDecimal("3"))
                .capacity(25)
                .defaultDurationWeeks(26)
                .legalBasis("Serviceloven §85");
    }

    /** Support at a distance: video calls and chat with a support worker, for citizens who find it hard to meet. */
    public static Builder virtualSupport() {
        return new Builder()
                .title("Virtuel støtte: Hjælp på skærmen")
                .kind(OfferKind.VIRTUAL_SUPPORT)
                .description("Faste videosamtaler med en støtteperson og en chat, der svarer på hverdage.")
                .aims(List.of("Kommer igennem dagen med struktur", "Ved hvor hjælpen er, når det er svært"))
                .targetGroup("Voksne med angst eller social fobi, der har svært ved at møde op")
                .needs(List.of("mental-health", "social-network"))
                .sectors(List.of("social-services", "psychiatry", "jobcenter"))
                .provider(HOLSTEBRO_SOCIAL)
                .access(Access.REFERRAL)
                .channels(List.of(VirtualChannel.VIDEO, VirtualChannel.CHAT))
                .weeklyHours(new BigDecimal("1.5"))
                .capacity(40)
                .defaultDurationWeeks(12)
                .legalBasis("Serviceloven §85");
    }

    public static Builder punchCard() {
        return new Builder()
                .title("Klippekort: Ledsagelse og praktisk hjælp")
                .kind(OfferKind.PUNCH_CARD)
                .description("Ti klip, som borgeren selv bruger til ledsagelse eller praktisk hjælp.")
                .aims(List.of("Borgeren bestemmer selv, hvornår der er brug for hjælp"))
                .targetGroup("Voksne, der har brug for lidt støtte engang imellem")
                .needs(List.of("daily-living"))
                .sectors(List.of("social-services"))
                .provider(BOSTED_AAEN)
                .access(Access.REFERRAL)
                .capacity(20)
                .punchCardVisits(10)
                .defaultDurationWeeks(52);
    }

    /** A drop-in café (værested): no referral, no limit on seats, open-ended. */
    public static Builder openOffer() {
        return new Builder()
                .title("Værestedet Fristedet")
                .kind(OfferKind.OPEN_OFFER)
                .description("Uvisiteret værested med morgenmad, samtale og aktiviteter.")
                .aims(List.of("Et sted at komme hver dag"))
                .targetGroup("Alle voksne med psykisk sårbarhed eller hjemløshed")
                .needs(List.of("social-network", "housing"))
                .sectors(List.of("social-services", "psychiatry", "addiction-centre", "probation"))
                .provider(BOSTED_AAEN)
                .access(Access.OPEN)
                .openEnded(true);
    }

    /** Bostedet Aaen's §107 price list: the basic rate already covers escort to the doctor. */
    public static PriceList bostedPricesWithDoubleBilling() {
        return new PriceList(
                new Rate("BASIS", "Basistakst, midlertidigt botilbud §107", new BigDecimal("52340.00"), RateUnit.MONTH,
                        List.of("Døgnbemanding", "Ledsagelse til læge", "Hjælp til medicinhåndtering",
                                "Kost og logi")),
                List.of(new Rate("T-LEDS", "Tillæg: ledsagelse", new BigDecimal("485.50"), RateUnit.HOUR,
                                List.of("ledsagelse til læge ", "Ledsagelse til tandlæge", "Ledsagelse til fritidsaktivitet")),
                        new Rate("T-1TIL1", "Tillæg: 1:1-støtte", new BigDecimal("612.00"), RateUnit.HOUR,
                                List.of("Skærmet 1:1-støtte om natten"))));
    }

    /** A price list whose supplements only bill what the basic rate does not cover. */
    public static PriceList bostedPricesWithoutOverlap() {
        return new PriceList(
                new Rate("BASIS", "Basistakst", new BigDecimal("52340.00"), RateUnit.MONTH,
                        List.of("Døgnbemanding", "Ledsagelse til læge", "Kost og logi")),
                List.of(new Rate("T-LEDS", "Tillæg: ledsagelse", new BigDecimal("485.50"), RateUnit.HOUR,
                        List.of("Ledsagelse til tandlæge", "Ledsagelse til fritidsaktivitet"))));
    }

    /** Mutable builder of {@link OfferDetails}, for tests that vary one field. */
    public static final class Builder {
        private String title;
        private OfferKind kind;
        private String description;
        private List<String> aims;
        private String targetGroup;
        private List<String> needs;
        private List<String> sectors;
        private Provider provider;
        private Access access;
        private Integer functionLevel;
        private BigDecimal weeklyHours;
        private Integer capacity;
        private List<Session> schedule;
        private List<VirtualChannel> channels;
        private LocalDate startsOn;
        private LocalDate endsOn;
        private Integer punchCardVisits;
        private Integer defaultDurationWeeks;
        private boolean openEnded;
        private String legalBasis;

        public Builder title(String v) { title = v; return this; }
        public Builder kind(OfferKind v) { kind = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder aims(List<String> v) { aims = v; return this; }
        public Builder targetGroup(String v) { targetGroup = v; return this; }
        public Builder needs(List<String> v) { needs = v; return this; }
        public Builder sectors(List<String> v) { sectors = v; return this; }
        public Builder provider(Provider v) { provider = v; return this; }
        public Builder access(Access v) { access = v; return this; }
        public Builder functionLevel(Integer v) { functionLevel = v; return this; }
        public Builder weeklyHours(BigDecimal v) { weeklyHours = v; return this; }
        public Builder capacity(Integer v) { capacity = v; return this; }
        public Builder schedule(List<Session> v) { schedule = v; return this; }
        public Builder channels(List<VirtualChannel> v) { channels = v; return this; }
        public Builder startsOn(LocalDate v) { startsOn = v; return this; }
        public Builder endsOn(LocalDate v) { endsOn = v; return this; }
        public Builder punchCardVisits(Integer v) { punchCardVisits = v; return this; }
        public Builder defaultDurationWeeks(Integer v) { defaultDurationWeeks = v; return this; }
        public Builder openEnded(boolean v) { openEnded = v; return this; }
        public Builder legalBasis(String v) { legalBasis = v; return this; }

        public OfferDetails build() {
            return new OfferDetails(title, kind, description, aims, targetGroup, needs, sectors, provider, access,
                    functionLevel, weeklyHours, capacity, schedule, channels, startsOn, endsOn, punchCardVisits,
                    defaultDurationWeeks, openEnded, legalBasis);
        }
    }
}
