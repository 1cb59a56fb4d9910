package dk.tvaers.insight.facts.api;

import java.util.regex.Pattern;

/**
 * Stays in housing, told by a grant's legal basis: Serviceloven §107 is temporary housing (midlertidigt
 * botilbud), §108 longer-term housing (længerevarende botilbud). Only the kind is kept, not the legal text.
 */
public final class Housing {

    public static final String TEMPORARY = "temporary";
    public static final String LONG_TERM = "long-term";

    private static final Pattern SECTION_107 = Pattern.compile("§\\s*107(?!\\d)");
    private static final Pattern SECTION_108 = Pattern.compile("§\\s*108(?!\\d)");

    private Housing() {
    }

    /** The kind of stay a legal basis such as {@code SEL §107} grants, or {@code null} for anything else. */
    public static String of(String legalBasis) {
        if (legalBasis == null) {
            return null;
        }
        if (SECTION_107.matcher(legalBasis).find()) {
            return TEMPORARY;
        }
        if (SECTION_108.matcher(legalBasis).find()) {
            return LONG_TERM;
        }
        return null;
    }
}
