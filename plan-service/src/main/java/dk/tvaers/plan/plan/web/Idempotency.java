package dk.tvaers.plan.plan.web;

import dk.tvaers.platform.security.Actor;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Safe retries of the requests that add something to a plan: without an explicit id, the new goal's,
 * sub-goal's, activity's or follow-up's id is derived from the caller, the citizen and the request's
 * {@code Idempotency-Key}, so a retry names the same thing, and the plan treats adding it again with the same
 * content as done.
 */
final class Idempotency {

    static final String HEADER = "Idempotency-Key";

    private Idempotency() {
    }

    static UUID idFor(String kind, UUID explicit, Actor actor, UUID citizenId, String idempotencyKey) {
        if (explicit != null) {
            return explicit;
        }
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return UUID.randomUUID();
        }
        return UUID.nameUUIDFromBytes((kind + "\n" + actor.userId() + "\n" + citizenId + "\n" + idempotencyKey)
                .getBytes(StandardCharsets.UTF_8));
    }
}
