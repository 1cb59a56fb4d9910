package dk.tvaers.offer.enrolment.integration;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.offer.enrolment.api.EndEnrolmentCommand;
import dk.tvaers.offer.enrolment.api.EnrolmentOutcome;
import dk.tvaers.platform.privacy.ErasureHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An erased citizen holds no seat and no place on a waiting list: on {@code case.CitizenErased} each of their
 * enrolments still going ends ({@link EnrolmentOutcome#CITIZEN_ERASED}), so the offer admits the next in line and
 * its seat count matches the catalog's, which no longer counts the citizen. Otherwise the seat would stay taken for
 * good (no one can see the enrolment to end it), and a place in line would one day be given to someone who no
 * longer exists here, announced on Kafka under their id.
 * <p>
 * Runs in the erasure's transaction, before the enrolment read model forgets the citizen (it finds the enrolments
 * there), so the erasure and the ends commit together or not at all; a redelivered erasure ends nothing twice.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErasureReleasesEnrolments implements ErasureHandler {

    static final String SYSTEM = "system";

    private record Active(UUID offerId, UUID enrolmentId) {
    }

    private final JdbcClient jdbc;
    private final CommandGateway commands;

    ErasureReleasesEnrolments(JdbcClient jdbc, CommandGateway commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    @Override
    public void erase(UUID citizenId) {
        List<Active> active = jdbc.sql("""
                        SELECT offer_id, enrolment_id FROM enrolment WHERE citizen_id = ? AND status <> 'ENDED'
                        ORDER BY offer_id, enrolment_id""")
                .param(citizenId).query(Active.class).list();
        LocalDate today = DanishTime.today();
        for (Active enrolment : active) {
            commands.sendAndWait(new EndEnrolmentCommand(enrolment.offerId(), enrolment.enrolmentId(), today,
                    EnrolmentOutcome.CITIZEN_ERASED, SYSTEM));
        }
    }
}
