package dk.tvaers.plan.plan.query;

import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@link PlanSheet}s as JSON for the read model. */
@Component
public class PlanSheets {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public String write(PlanSheet sheet) {
        return mapper.writeValueAsString(sheet);
    }

    public PlanSheet read(String json) {
        return mapper.readValue(json, PlanSheet.class);
    }
}
