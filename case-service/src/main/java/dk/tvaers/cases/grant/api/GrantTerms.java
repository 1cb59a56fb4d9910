package dk.tvaers.cases.grant.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a grant (bevilling) gives: an offer, for a number of support hours a week, for a period, under a
 * legal basis.
 */
public record GrantTerms(UUID offerId, BigDecimal hoursPerWeek, LocalDate validFrom, LocalDate validUntil,
                         String legalBasis) {

    private static final Pattern SECTION_85 = Pattern.compile("(?i)(serviceloven|SEL)\\s*§\\s*85(?![0-9])");
    private static final BigDecimal DAYS_A_WEEK = new BigDecimal("7");

    /** The hours over the whole period (both days included), rounded up to hundredths: what a frame gives up. */
    public BigDecimal totalHours() {
        long days = ChronoUnit.DAYS.between(validFrom, validUntil) + 1;
        return hoursPerWeek.multiply(BigDecimal.valueOf(days)).divide(DAYS_A_WEEK, 2, RoundingMode.CEILING);
    }

    /** Socialpædagogisk støtte under Serviceloven §85. */
    public boolean underSection85() {
        return legalBasis != null && SECTION_85.matcher(legalBasis).find();
    }
}
