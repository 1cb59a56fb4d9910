package dk.tvaers.cases.citizen.api;

import dk.tvaers.platform.domain.RuleViolationException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Danish CPR number (personnummer): {@code DDMMYY-SSSS} or {@code DDMMYYSSSS}. The date must exist;
 * the century follows from the seventh digit as the CPR office assigns it. No modulus 11 check: numbers
 * issued since 2007 need not pass it. Never log one; {@link #toString()} masks it.
 */
public final class CprNumber {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})-?(\\d)(\\d{3})");

    private final String digits;
    private final LocalDate birthDate;

    private CprNumber(String digits, LocalDate birthDate) {
        this.digits = digits;
        this.birthDate = birthDate;
    }

    /**
     * @param field the request field, named in the rejection
     * @throws RuleViolationException {@code citizen.cpr-format} or {@code citizen.cpr-date}
     */
    public static CprNumber parse(String text, String field) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new RuleViolationException(field, "citizen.cpr-format",
                    "A CPR number is ten digits, written DDMMYY-SSSS or DDMMYYSSSS.");
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int yy = Integer.parseInt(m.group(3));
        int seventh = Integer.parseInt(m.group(4));
        try {
            LocalDate birthDate = LocalDate.of(century(seventh, yy) + yy, month, day);
            return new CprNumber(m.group(1) + m.group(2) + m.group(3) + m.group(4) + m.group(5), birthDate);
        } catch (DateTimeException e) {
            throw new RuleViolationException(field, "citizen.cpr-date",
                    "The first six digits of a CPR number are a date of birth (DDMMYY) that exists.");
        }
    }

    /** The CPR office's rule: the seventh digit and the year give the century. */
    static int century(int seventh, int yy) {
        return switch (seventh) {
            case 0, 1, 2, 3 -> 1900;
            case 4, 9 -> yy <= 36 ? 2000 : 1900;
            default -> yy <= 57 ? 2000 : 1800;
        };
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** {@code DDMMYY-SSSS}: the one form the CPR is stored and indexed in. */
    public String formatted() {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CprNumber cpr && cpr.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return digits.substring(0, 6) + "-XXXX";
    }
}
