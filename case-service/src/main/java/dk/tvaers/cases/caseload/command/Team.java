package dk.tvaers.cases.caseload.command;

import dk.tvaers.cases.caseload.api.ChangeTeamSettingsCommand;
import dk.tvaers.cases.caseload.api.DefineTeamCommand;
import dk.tvaers.cases.caseload.api.TeamDefinedEvent;
import dk.tvaers.cases.caseload.api.TeamSettingsChangedEvent;
import dk.tvaers.contracts.Sectors;
import dk.tvaers.platform.domain.ConflictException;
import dk.tvaers.platform.domain.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A team of caseworkers with its recommended caseload (vejledende sagstal: DS suggests about 25–40 for the
 * heaviest employment cases, 45–65 in disability and psychiatry) and the authority its caseworkers have to
 * grant support on their own (Holstebro: at most 5 hours a week).
 */
@Aggregate
public class Team {

    static final Pattern TEAM_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    static final int MAX_RECOMMENDED_CASELOAD = 200;
    static final BigDecimal MAX_AUTHORITY_HOURS = new BigDecimal("40");

    @AggregateIdentifier
    private String teamId;
    private String organisation;
    private long version = -1;

    protected Team() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DefineTeamCommand command) {
        if (teamId != null) {
            if (command.seed()) {
                return;
            }
            throw new ConflictException("team.exists", "A team with the id " + command.teamId() + " exists.");
        }
        if (command.teamId() == null || !TEAM_ID.matcher(command.teamId()).matches()) {
            throw new RuleViolationException("teamId", "team.id-invalid",
                    "A team id is 2-64 lower-case letters, digits and hyphens.");
        }
        if (!Sectors.isValidCode(command.sector())) {
            throw new RuleViolationException("sector", "team.sector-invalid", "Not a sector code.");
        }
        requireSettings(command.name(), command.recommendedCaseload(), command.authorityHoursPerWeek());
        apply(new TeamDefinedEvent(command.teamId(), command.organisation(), command.sector(), command.name().strip(),
                command.recommendedCaseload(), command.authorityHoursPerWeek()));
    }

    @CommandHandler
    void handle(ChangeTeamSettingsCommand command) {
        if (command.expectedVersion() != version) {
            throw new ConflictException("team.stale", "The team was changed since version "
                    + command.expectedVersion() + "; it is now at version " + version + ".", version);
        }
        requireSettings(command.name(), command.recommendedCaseload(), command.authorityHoursPerWeek());
        apply(new TeamSettingsChangedEvent(teamId, organisation, command.name().strip(), command.recommendedCaseload(),
                command.authorityHoursPerWeek()));
    }

    private static void requireSettings(String name, int recommendedCaseload, BigDecimal authorityHours) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new RuleViolationException("name", "team.name-required", "A team needs a name.");
        }
        if (recommendedCaseload < 1 || recommendedCaseload > MAX_RECOMMENDED_CASELOAD) {
            throw new RuleViolationException("recommendedCaseload", "team.recommended-caseload-out-of-range",
                    "The recommended caseload is between 1 and " + MAX_RECOMMENDED_CASELOAD + " cases.");
        }
        if (authorityHours == null || authorityHours.signum() < 0 || authorityHours.compareTo(MAX_AUTHORITY_HOURS) > 0
                || authorityHours.scale() > 2) {
            throw new RuleViolationException("authorityHoursPerWeek", "team.authority-out-of-range",
                    "A caseworker's authority is between 0 and " + MAX_AUTHORITY_HOURS
                            + " hours a week, in hundredths at most.");
        }
    }

    @EventSourcingHandler
    void on(TeamDefinedEvent event) {
        this.teamId = event.teamId();
        this.organisation = event.organisation();
        this.version++;
    }

    @EventSourcingHandler
    void on(TeamSettingsChangedEvent event) {
        this.version++;
    }
}
