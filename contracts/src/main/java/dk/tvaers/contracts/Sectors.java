package dk.tvaers.contracts;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The sectors (søjler) that work with a citizen. A sector is a lower-case code rather than a closed
 * enum because the list grows (health, housing, education...): the codes below are the ones every
 * installation knows, and a new code needs no new schema version.
 */
public final class Sectors {

    public static final String JOBCENTER = "jobcenter";
    public static final String SOCIAL_SERVICES = "social-services";
    public static final String PSYCHIATRY = "psychiatry";
    public static final String ADDICTION_CENTRE = "addiction-centre";
    public static final String PROBATION = "probation";

    public static final List<String> KNOWN = List.of(JOBCENTER, SOCIAL_SERVICES, PSYCHIATRY, ADDICTION_CENTRE,
            PROBATION);

    /** The same pattern as {@code #/$defs/sector} in the envelope schema. */
    public static final Pattern CODE = Pattern.compile("[a-z][a-z-]{1,39}");

    private Sectors() {
    }

    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
