package dk.tvaers.platform.observability;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reports every event processor: running or not, in error or not, and its position. A processor in
 * error (a projection that keeps failing, a publisher that cannot reach Kafka) makes this DOWN; it keeps
 * retrying and never skips the event it failed on.
 */
public class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;

    public EventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean healthy = true;
        Map<String, Object> details = new LinkedHashMap<>();
        for (StreamingEventProcessor processor : processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .toList()) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("running", processor.isRunning());
            detail.put("error", processor.isError());
            detail.put("replaying", processor.isReplaying());
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            status.forEach((segment, tracker) -> {
                detail.put("segment" + segment + ".position",
                        tracker.getCurrentPosition().isPresent() ? tracker.getCurrentPosition().getAsLong() : -1);
                if (tracker.isErrorState() && tracker.getError() != null) {
                    detail.put("segment" + segment + ".error", tracker.getError().getMessage());
                }
            });
            details.put(processor.getName(), detail);
            healthy &= !processor.isError();
        }
        builder.status(healthy ? "UP" : "DOWN").withDetails(details);
    }
}
