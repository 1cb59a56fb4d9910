package dk.tvaers.cases.caseload.command;

import dk.tvaers.cases.CaseServiceSettings;
import dk.tvaers.cases.caseload.api.AssignCaseworkerToTeamCommand;
import dk.tvaers.cases.caseload.api.DefineTeamCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Defines the configured teams and their members at start-up. Idempotent: a team that exists is left as
 * it is (team leaders may have changed it since), a member already in the team stays.
 */
@Component
class TeamSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TeamSeeder.class);

    private final CommandGateway commands;
    private final CaseServiceSettings settings;

    TeamSeeder(CommandGateway commands, CaseServiceSettings settings) {
        this.commands = commands;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (CaseServiceSettings.TeamSeed team : settings.teams()) {
            try {
                commands.sendAndWait(new DefineTeamCommand(team.id(), team.organisation(), team.sector(), team.name(),
                        team.recommendedCaseload(), team.authorityHoursPerWeek(), true));
                for (String member : team.members()) {
                    commands.sendAndWait(new AssignCaseworkerToTeamCommand(member, team.organisation(), team.id(),
                            team.recommendedCaseload(), true));
                }
            } catch (RuntimeException e) {
                // another instance seeding at the same moment; the team is there either way
                log.warn("Seeding team {} failed: {}", team.id(), e.getMessage());
            }
        }
    }
}
