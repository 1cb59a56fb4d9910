package dk.tvaers.offer.catalog.web;

import dk.tvaers.offer.catalog.api.Access;
import dk.tvaers.offer.catalog.api.OfferDetails;
import dk.tvaers.offer.catalog.api.OfferKind;
import dk.tvaers.offer.catalog.api.PriceList;
import dk.tvaers.offer.catalog.api.Provider;
import dk.tvaers.offer.catalog.api.Rate;
import dk.tvaers.offer.catalog.api.RateUnit;
import dk.tvaers.offer.catalog.api.Session;
import dk.tvaers.offer.catalog.api.VirtualChannel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The request bodies of the catalog API, each field validated. */
final class OfferRequests {

    static final String CODE = "[a-z][a-z-]{1,39}";
    static final String ORGANISATION = "[a-z0-9][a-z0-9-]{1,63}";

    private OfferRequests() {
    }

    /**
     * The validation group of requests that change an offer that exists: they must name the version they
     * were based on, so that a change never overwrites another one silently.
     */
    interface Changing {
    }

    record ProviderRequest(@NotNull @Pattern(regexp = ORGANISATION) String organisation,
                           @NotBlank @Size(max = 200) String name) {
        Provider toProvider() {
            return new Provider(organisation, name.strip());
        }
    }

    record SessionRequest(@NotNull DayOfWeek day, @NotNull LocalTime startsAt, @NotNull LocalTime endsAt) {
    }

    /**
     * An offer's details. {@code expectedVersion}, the version the change is based on, is required when
     * changing (a stale one is a 409 with the current version) and ignored when publishing; {@code prices}
     * are read only when publishing, since prices change through their own resource.
     */
    record OfferRequest(
            @NotBlank @Size(max = 200) String title,
            @NotNull OfferKind kind,
            @NotBlank @Size(max = 4000) String description,
            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 500) String> aims,
            @NotBlank @Size(max = 1000) String targetGroup,
            @NotEmpty @Size(max = 10) List<@NotNull @Pattern(regexp = CODE) String> needs,
            @NotEmpty @Size(max = 10) List<@NotNull @Pattern(regexp = CODE) String> sectors,
            @NotNull @Valid ProviderRequest provider,
            @NotNull Access access,
            @Min(0) @Max(4) Integer functionLevel,
            @DecimalMin("0.25") @DecimalMax("40") @Digits(integer = 2, fraction = 2) BigDecimal weeklyHours,
            @Min(1) @Max(10000) Integer capacity,
            @Size(max = 14) List<@NotNull @Valid SessionRequest> schedule,
            @Size(max = 4) List<@NotNull VirtualChannel> channels,
            LocalDate startsOn,
            LocalDate endsOn,
            @Min(1) @Max(100) Integer punchCardVisits,
            @Min(1) @Max(520) Integer defaultDurationWeeks,
            boolean openEnded,
            @Size(max = 200) String legalBasis,
            @NotNull(groups = Changing.class) @Min(1) Integer expectedVersion,
            @Valid @ConvertGroup(from = Changing.class, to = Default.class) PricesRequest prices) {

        OfferDetails toDetails() {
            return new OfferDetails(title.strip(), kind, description.strip(), aims.stream().map(String::strip).toList(),
                    targetGroup.strip(), needs.stream().distinct().toList(), sectors.stream().distinct().toList(),
                    provider.toProvider(), access, functionLevel, weeklyHours, capacity,
                    schedule == null ? List.of()
                            : schedule.stream().map(s -> new Session(s.day(), s.startsAt(), s.endsAt())).toList(),
                    channels, startsOn, endsOn, punchCardVisits, defaultDurationWeeks, openEnded,
                    legalBasis == null || legalBasis.isBlank() ? null : legalBasis.strip());
        }
    }

    record RateRequest(@NotNull @Pattern(regexp = "[A-Za-z0-9ÆØÅæøå._-]{1,20}") String code,
                       @NotBlank @Size(max = 200) String name,
                       @NotNull @DecimalMin("0.00") @Digits(integer = 9, fraction = 2) BigDecimal amount,
                       @NotNull RateUnit unit,
                       @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> coveredItems) {
        Rate toRate() {
            return new Rate(code, name.strip(), amount, unit, coveredItems.stream().map(String::strip).toList());
        }
    }

    /**
     * A price list (basistakst and tillægstakster), DKK with two decimals. Setting the prices of an offer
     * names the version they are based on ({@code expectedVersion}); inside a new offer there is none.
     */
    record PricesRequest(@NotNull @Valid RateRequest basicRate,
                         @Size(max = 20) List<@NotNull @Valid RateRequest> supplementaryRates,
                         @NotNull(groups = Changing.class) @Min(1) Integer expectedVersion) {
        PriceList toPriceList() {
            return new PriceList(basicRate.toRate(), supplementaryRates == null ? List.of()
                    : supplementaryRates.stream().map(RateRequest::toRate).toList());
        }
    }

    record RetireRequest(LocalDate retiredOn, @NotBlank @Size(max = 1000) String reason) {
    }
}
