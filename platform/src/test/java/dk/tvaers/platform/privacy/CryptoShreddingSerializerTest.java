package dk.tvaers.platform.privacy;

import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The class of a stored type is looked up once and then remembered; an unknown type stays unknown. */
class CryptoShreddingSerializerTest {

    private final Jackson3Serializer axon = Jackson3Serializer.builder().build();
    // the key store is not needed to resolve types
    private final CryptoShreddingSerializer serializer = new CryptoShreddingSerializer(axon, null);

    @Test
    void aStoredTypeResolvesToTheClassAxonResolvesItTo() {
        SimpleSerializedType metaData = new SimpleSerializedType(MetaData.class.getName(), null);
        SimpleSerializedType event = new SimpleSerializedType(Erased.class.getName(), "1");

        assertThat(serializer.classForType(metaData)).isEqualTo(axon.classForType(metaData)).isEqualTo(MetaData.class);
        assertThat(serializer.classForType(event)).isEqualTo(Erased.class);
        assertThat(serializer.classForType(new SimpleSerializedType(Erased.class.getName(), "1")))
                .as("remembered, and the same on every later read").isEqualTo(Erased.class);
    }

    @Test
    void anUnknownTypeIsUnknownEveryTime() {
        SimpleSerializedType unknown = new SimpleSerializedType("dk.tvaers.NoSuchEvent", "1");

        assertThat(serializer.classForType(unknown)).isEqualTo(UnknownSerializedType.class);
        assertThat(serializer.classForType(unknown)).isEqualTo(UnknownSerializedType.class);
    }

    record Erased(@DataSubject java.util.UUID citizenId, @Erasable String name) {
    }
}
