package dk.tvaers.coordination.referral.process;

import dk.tvaers.coordination.involvement.api.AwaitReceivingCaseCommand;
import dk.tvaers.coordination.involvement.api.ReceivingCaseFoundEvent;
import dk.tvaers.coordination.referral.api.Party;
import dk.tvaers.coordination.referral.api.ReferralStatus;
import dk.tvaers.coordination.referral.api.ReferralStatusChangedEvent;
import dk.tvaers.coordination.referral.api.StartAcceptedReferralCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Closes the loop of an accepted referral: the citizen's involvement decides whether the receiving sector has
 * its case open (at acceptance, or once its case opens), and then the referral is in progress. Both decisions
 * are made by aggregates on their own events, so neither the order in which acceptance and case arrive nor a
 * read model that lags can leave a referral accepted for good. Sends commands, so it never replays.
 */
@Component
@ProcessingGroup(ReferralProgress.GROUP)
@DisallowReplay
public class ReferralProgress {

    public static final String GROUP = "referral-progress";

    private final CommandGateway commands;

    ReferralProgress(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(ReferralStatusChangedEvent event) {
        if (event.status() == ReferralStatus.ACCEPTED) {
            commands.sendAndWait(new AwaitReceivingCaseCommand(event.citizenId(), event.referralId(),
                    event.toSector(), event.toOrganisation(), event.changedOn()));
        }
    }

    @EventHandler
    void on(ReceivingCaseFoundEvent event) {
        commands.sendAndWait(new StartAcceptedReferralCommand(event.referralId(),
                new Party(event.caseworkerId(), event.sector(), event.organisation()), event.startedOn()));
    }
}
