package dk.tvaers.plan.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Create the citizen's one plan: by a caseworker ({@code automatic = false}, a second creation is a
 * conflict) or by the platform when a second sector opens a case ({@code automatic = true}, an existing plan
 * is left as it is).
 *
 * @param planId                   {@link PlanIds#planIdOf(UUID)} of the citizen
 * @param createdBy                the caseworker's user id, or {@code system}
 * @param sector                   the caseworker's sector, or {@code null}
 * @param dream                    the citizen's dream in their own words, if known yet
 * @param followUpFrequencyMonths  months between follow-ups, {@code null} for the default (quarterly)
 */
public record CreatePlanCommand(
        @TargetAggregateIdentifier UUID planId,
        UUID citizenId,
        String organisation,
        String createdBy,
        String sector,
        boolean automatic,
        String dream,
        Integer followUpFrequencyMonths) {

    public static final String SYSTEM = "system";
}
