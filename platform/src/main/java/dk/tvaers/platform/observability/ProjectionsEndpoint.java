package dk.tvaers.platform.observability;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /actuator/projections}: lists the event processors and rebuilds a projection by replaying
 * the event store into it ({@code POST /actuator/projections/{name}}). Publishers and other processors
 * with side effects refuse to replay.
 */
@Endpoint(id = "projections")
public class ProjectionsEndpoint {

    private final EventProcessingConfiguration processing;

    public ProjectionsEndpoint(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    public record ProcessorView(boolean running, boolean replaying, boolean replayable, boolean error) {
    }

    @ReadOperation
    public Map<String, ProcessorView> processors() {
        Map<String, ProcessorView> views = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                views.put(name, new ProcessorView(streaming.isRunning(), streaming.isReplaying(),
                        streaming.supportsReset(), streaming.isError()));
            }
        });
        return views;
    }

    @WriteOperation
    public ProcessorView replay(@Selector String name) {
        StreamingEventProcessor processor = ProjectionReplay.replay(processing, name);
        return new ProcessorView(processor.isRunning(), processor.isReplaying(), true, processor.isError());
    }
}
