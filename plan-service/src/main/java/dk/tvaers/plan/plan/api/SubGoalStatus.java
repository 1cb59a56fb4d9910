package dk.tvaers.plan.plan.api;

/** Where a sub-goal (delmål) stands. Achieved and dropped sub-goals are closed: they change no more. */
public enum SubGoalStatus {
    OPEN("open", "I gang"),
    ADJUSTED("adjusted", "Justeret"),
    ACHIEVED("achieved", "Nået"),
    DROPPED("dropped", "Opgivet");

    private final String code;
    private final String danish;

    SubGoalStatus(String code, String danish) {
        this.code = code;
        this.danish = danish;
    }

    public String code() {
        return code;
    }

    public String danish() {
        return danish;
    }

    public boolean isClosed() {
        return this == ACHIEVED || this == DROPPED;
    }
}
