package dk.tvaers.contracts.sectors.v1;

import dk.tvaers.contracts.Sectors;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The topics on which the sectors' own systems (the jobcenter's, psychiatry's, the addiction centre's and
 * probation's) publish their events to the platform: one topic per sector system, keyed by the citizen's
 * pseudonymous id, in the same envelope as every integration event. A message that cannot be read goes
 * to {@code <topic>-dlt} with the reason. See {@code docs/sector-systems.md}.
 */
public final class SectorTopics {

    public static final String JOBCENTER = "tvaers.sector.jobcenter.events";
    public static final String PSYCHIATRY = "tvaers.sector.psychiatry.events";
    public static final String ADDICTION_CENTRE = "tvaers.sector.addiction-centre.events";
    public static final String PROBATION = "tvaers.sector.probation.events";

    public static final List<String> ALL = List.of(JOBCENTER, PSYCHIATRY, ADDICTION_CENTRE, PROBATION);

    private static final Map<String, String> SECTOR_BY_TOPIC = Map.of(
            JOBCENTER, Sectors.JOBCENTER,
            PSYCHIATRY, Sectors.PSYCHIATRY,
            ADDICTION_CENTRE, Sectors.ADDICTION_CENTRE,
            PROBATION, Sectors.PROBATION);

    private SectorTopics() {
    }

    /** The sector whose system publishes on {@code topic}. */
    public static Optional<String> sectorOf(String topic) {
        return Optional.ofNullable(SECTOR_BY_TOPIC.get(topic));
    }
}
