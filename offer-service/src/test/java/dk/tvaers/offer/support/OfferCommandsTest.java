package dk.tvaers.offer.support;

import dk.tvaers.platform.domain.RuleViolationException;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A command that lost a race for the same offer in another instance (the event store refused its append)
 * is sent again; a business rejection is not.
 */
class OfferCommandsTest {

    record Enrol(String citizen) {
    }

    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final OfferCommands commands = new OfferCommands(DefaultCommandGateway.builder().commandBus(bus).build());
    private final AtomicInteger attempts = new AtomicInteger();

    private void handlerLosing(int races) {
        bus.subscribe(Enrol.class.getName(), message -> {
            if (attempts.incrementAndGet() <= races) {
                throw new ConcurrencyException("another instance appended to the offer first");
            }
            return "seat";
        });
    }

    @Test
    void aCommandThatLostARaceIsSentAgain() {
        handlerLosing(2);

        String result = commands.send(new Enrol("c1"));

        assertThat(result).isEqualTo("seat");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void afterFiveLostRacesTheConflictReachesTheCaller() {
        handlerLosing(Integer.MAX_VALUE);

        assertThatThrownBy(() -> commands.send(new Enrol("c1"))).isInstanceOf(ConcurrencyException.class);
        assertThat(attempts).hasValue(5);
    }

    @Test
    void aBrokenRuleIsNotRetried() {
        bus.subscribe(Enrol.class.getName(), message -> {
            attempts.incrementAndGet();
            throw new RuleViolationException("offerId", "enrolment.offer-retired", "retired");
        });

        assertThatThrownBy(() -> commands.send(new Enrol("c1"))).isInstanceOf(RuleViolationException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void anIdempotencyKeyNamesTheSameThingEveryTimeAndOnlyForTheSameCaller() {
        UUID once = OfferCommands.idFor("enrolment", "sofie.social", "key-1");

        assertThat(OfferCommands.idFor("enrolment", "sofie.social", "key-1")).isEqualTo(once);
        assertThat(OfferCommands.idFor("enrolment", "jonas.job", "key-1")).isNotEqualTo(once);
        assertThat(OfferCommands.idFor("enrolment", "sofie.social", null))
                .isNotEqualTo(OfferCommands.idFor("enrolment", "sofie.social", null));
    }
}
