package dk.tvaers.plan.plan.api;

/** The kind of help an activity (indsats) is. */
public enum ActivityKind {
    GRANT("Bevilling"),
    ENROLMENT("Tilmelding"),
    GROUP_COURSE("Gruppeforløb"),
    INDIVIDUAL_SUPPORT("Individuel støtte"),
    TREATMENT("Behandling"),
    OTHER("Anden hjælp");

    private final String danish;

    ActivityKind(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }
}
