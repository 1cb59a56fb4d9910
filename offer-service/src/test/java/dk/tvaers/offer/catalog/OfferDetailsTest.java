package dk.tvaers.offer.catalog;

import dk.tvaers.offer.Catalog;
import dk.tvaers.offer.catalog.api.OfferDetails;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Offers stored before a field existed still read, as the event store and the read model hold them. */
class OfferDetailsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anOfferStoredBeforeChannelsExistedReadsWithNone() {
        OfferDetails course = Catalog.groupCourse().build();
        ObjectNode stored = JSON.valueToTree(course);
        stored.remove("channels");

        OfferDetails read = JSON.treeToValue(stored, OfferDetails.class);

        assertThat(read.channels()).isEmpty();
        assertThat(read).isEqualTo(course);
    }
}
