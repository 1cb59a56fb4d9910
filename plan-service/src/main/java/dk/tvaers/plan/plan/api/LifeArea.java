package dk.tvaers.plan.plan.api;

/**
 * The life area a sub-goal concerns: the themes (temaer) of VUM 2.0, the adult assessment method
 * (Voksenudredningsmetoden).
 */
public enum LifeArea {
    PRACTICAL_TASKS("practical-tasks", "Praktiske opgaver i hjemmet"),
    SELF_CARE("self-care", "Egenomsorg"),
    COMMUNICATION("communication", "Kommunikation"),
    MOBILITY("mobility", "Mobilitet"),
    COMMUNITY_LIFE("community-life", "Samfundsliv (uddannelse, arbejde, økonomi)"),
    SOCIAL_LIFE("social-life", "Socialt liv"),
    HEALTH("health", "Sundhed"),
    SURROUNDINGS("surroundings", "Omgivelser og bolig");

    private final String code;
    private final String danish;

    LifeArea(String code, String danish) {
        this.code = code;
        this.danish = danish;
    }

    /** The code in integration events. */
    public String code() {
        return code;
    }

    public String danish() {
        return danish;
    }
}
