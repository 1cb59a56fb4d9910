package dk.tvaers.plan.plan.api;

/** Which way a measurement improves. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
