package dk.tvaers.coordination.sectorevents.command;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.contracts.sectors.v1.PatientDischarged;
import dk.tvaers.contracts.sectors.v1.ReleaseDateSet;
import dk.tvaers.coordination.sectorevents.api.FollowUpProposedEvent;
import dk.tvaers.coordination.sectorevents.api.FollowUpProposedEvent.Cause;
import dk.tvaers.coordination.sectorevents.api.ReceiveSectorEventCommand;
import dk.tvaers.coordination.sectorevents.api.SectorEventReceivedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One event from a sector's own system. It lands on the citizen's timeline; a discharge from psychiatry or a
 * release date from probation also proposes a follow-up of the plan, because those are the moments a
 * citizen most often falls between sectors.
 */
@Aggregate
public class SectorSystemEvent {

    /** Days after a discharge by which the plan should be followed up, unless psychiatry says otherwise. */
    static final int DAYS_AFTER_DISCHARGE = 7;
    /** Days before a release by which the plan should be followed up, to prepare housing, income and help. */
    static final int DAYS_BEFORE_RELEASE = 14;

    @AggregateIdentifier
    private UUID eventId;

    protected SectorSystemEvent() {
    }

    @CommandHandler
    public SectorSystemEvent(ReceiveSectorEventCommand command) {
        apply(new SectorEventReceivedEvent(command.eventId(), command.citizenId(), command.organisation(),
                command.sector(), command.eventType(), command.occurredAt(), Map.copyOf(command.facts())));
        LocalDate reportedOn = LocalDate.ofInstant(command.occurredAt(), DanishTime.ZONE);
        if (command.payload() instanceof PatientDischarged discharged) {
            int days = discharged.followUpWithinDays() == null ? DAYS_AFTER_DISCHARGE
                    : discharged.followUpWithinDays();
            propose(command, Cause.PATIENT_DISCHARGED, discharged.dischargedOn().plusDays(days));
        } else if (command.payload() instanceof ReleaseDateSet release) {
            LocalDate beforeRelease = release.releaseOn().minusDays(DAYS_BEFORE_RELEASE);
            propose(command, Cause.RELEASE_DATE_SET, beforeRelease.isBefore(reportedOn) ? reportedOn : beforeRelease);
        }
    }

    private static void propose(ReceiveSectorEventCommand command, Cause cause, LocalDate by) {
        UUID proposalId = UUID.nameUUIDFromBytes(("follow-up:" + command.eventId()).getBytes(StandardCharsets.UTF_8));
        apply(new FollowUpProposedEvent(proposalId, command.citizenId(), command.organisation(), command.sector(),
                cause, by, command.eventId()));
    }

    @EventSourcingHandler
    void on(SectorEventReceivedEvent event) {
        this.eventId = event.eventId();
    }
}
