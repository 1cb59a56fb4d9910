package dk.tvaers.platform.observability;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;

/** Rebuilds a projection: stop its processor, reset its token to the start of the store, start again. */
public final class ProjectionReplay {

    private ProjectionReplay() {
    }

    /**
     * @throws IllegalArgumentException if there is no such processor or it may not be replayed
     *                                  (a publisher, whose handlers are marked {@code @DisallowReplay})
     */
    public static StreamingEventProcessor replay(EventProcessingConfiguration processing, String name) {
        StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("no event processor named " + name));
        if (!processor.supportsReset()) {
            throw new IllegalArgumentException(name + " has side effects and is never replayed");
        }
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        return processor;
    }
}
