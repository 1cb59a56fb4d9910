package dk.tvaers.contracts;

import dk.tvaers.contracts.offer.v1.OfferChanged;
import dk.tvaers.contracts.offer.v1.OfferPublished;
import dk.tvaers.contracts.plan.v1.FollowUpRecorded;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fields added to a v1 event after it was first published are optional: a message from a producer that
 * does not send them yet still decodes, with the field empty.
 */
class OptionalFieldsContractTest {

    private final IntegrationEventCodec codec = new IntegrationEventCodec();

    @Test
    void aFollowUpWithoutRatingAndReadingsStillDecodes() {
        ObjectNode message = golden("plan/v1/FollowUpRecorded.json");
        ObjectNode payload = (ObjectNode) message.get("payload");
        payload.remove("citizenRating");
        payload.remove("readings");

        FollowUpRecorded recorded = codec.decode(message.toString()).payloadAs(FollowUpRecorded.TYPE);

        assertThat(recorded.citizenRating()).isNull();
        assertThat(recorded.readings()).isEmpty();
    }

    @Test
    void offerEventsWithoutTheBasicRateStillDecode() {
        ObjectNode published = golden("offer/v1/OfferPublished.json");
        ((ObjectNode) published.get("payload")).remove("basicRate");
        ((ObjectNode) published.get("payload")).remove("doubleBilledItems");
        ObjectNode changed = golden("offer/v1/OfferChanged.json");
        ((ObjectNode) changed.get("payload")).remove("basicRate");

        assertThat(codec.decode(published.toString()).payloadAs(OfferPublished.TYPE).basicRate()).isNull();
        assertThat(codec.decode(published.toString()).payloadAs(OfferPublished.TYPE).doubleBilledItems()).isEmpty();
        assertThat(codec.decode(changed.toString()).payloadAs(OfferChanged.TYPE).basicRate()).isNull();
    }

    private ObjectNode golden(String path) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("golden/" + path)) {
            return (ObjectNode) codec.mapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
