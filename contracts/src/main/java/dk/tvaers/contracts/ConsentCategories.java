package dk.tvaers.contracts;

import java.util.List;

/**
 * The kinds of information a citizen's consent can share between sectors. {@link #ALL} shares every
 * kind. New kinds can be added without a new schema version.
 */
public final class ConsentCategories {

    public static final String ALL = "*";
    public static final String CASES = "cases";
    public static final String PLAN = "plan";
    public static final String GRANTS = "grants";
    public static final String ENROLMENTS = "enrolments";
    public static final String MEETINGS = "meetings";
    public static final String SECTOR_EVENTS = "sector-events";
    public static final String REFERRALS = "referrals";

    public static final List<String> KNOWN = List.of(ALL, CASES, PLAN, GRANTS, ENROLMENTS, MEETINGS, SECTOR_EVENTS,
            REFERRALS);

    private ConsentCategories() {
    }
}
