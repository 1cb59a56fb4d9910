package dk.tvaers.platform.security;

import java.util.List;

/** The roles in the {@code roles} claim of a Tværs access token. */
public final class Roles {

    /** A sector caseworker: works with the citizens their sector has a case for. */
    public static final String CASEWORKER = "caseworker";
    /** A caseworker who can be designated the citizen's coordinating caseworker. */
    public static final String COORDINATOR = "coordinator";
    /** Team leader / visitation meeting: approves grants above a caseworker's authority, watches caseloads. */
    public static final String TEAM_LEADER = "team-leader";
    /** Municipal management and politicians: aggregates only, never personal data. */
    public static final String MANAGEMENT = "management";
    /** A partner institution (housing provider, regional psychiatry...): only what it is party to. */
    public static final String PARTNER = "partner";
    /** A sector's own case system, exchanging events with the platform. */
    public static final String SECTOR_SYSTEM = "sector-system";
    /** The data protection officer: the audit log, nothing else. */
    public static final String DPO = "dpo";
    /** IT operations: actuator endpoints such as projection replay. */
    public static final String OPERATOR = "operator";

    public static final List<String> ALL = List.of(CASEWORKER, COORDINATOR, TEAM_LEADER, MANAGEMENT, PARTNER,
            SECTOR_SYSTEM, DPO, OPERATOR);

    /** Roles whose holders work with individual citizens (and so may see personal data under the rules). */
    public static final List<String> CASEWORK = List.of(CASEWORKER, COORDINATOR, TEAM_LEADER);

    private Roles() {
    }
}
