package dk.tvaers.plan.followup.api;

/** Someone who took part in a follow-up, e.g. {@code ("Mette", "borger")} or {@code ("Jonas Jensen", "jobcenter")}. */
public record Participant(String name, String role) {
}
