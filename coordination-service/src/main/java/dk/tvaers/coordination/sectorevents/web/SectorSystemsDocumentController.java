package dk.tvaers.coordination.sectorevents.web;

import dk.tvaers.platform.domain.NotFoundException;
import dk.tvaers.platform.privacy.NoPersonalData;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The sector systems' interface as its developers read it: the AsyncAPI document of the sector topics and the
 * JSON Schemas it refers to, served from the contracts on the classpath, so what is read is what is enforced.
 * The files keep their layout ({@code sectors/asyncapi.yaml}, {@code sectors/v1/*.schema.json},
 * {@code envelope.schema.json}), so the document's relative references resolve over HTTP as they do on disk.
 * For anyone signed in, a sector system's client included; no personal data.
 */
@RestController
@RequestMapping("/api/coordination")
class SectorSystemsDocumentController {

    static final String DOCUMENT = "/api/coordination/schemas/sectors/asyncapi.yaml";
    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");
    private static final MediaType JSON_SCHEMA = MediaType.parseMediaType("application/schema+json");
    private static final Pattern SCHEMA_NAME = Pattern.compile("[A-Z][A-Za-z]{1,79}");

    @GetMapping("/asyncapi.yaml")
    @NoPersonalData("the sector systems' published interface")
    @Operation(summary = "The sector systems' AsyncAPI document (redirects to where its schemas sit beside it)")
    ResponseEntity<Void> asyncApi() {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(DOCUMENT)).build();
    }

    @GetMapping(path = "/schemas/sectors/asyncapi.yaml")
    @NoPersonalData("the sector systems' published interface")
    @Operation(summary = "The AsyncAPI 3 document of the sector systems' topics and events")
    ResponseEntity<Resource> document() {
        return file("schemas/sectors/asyncapi.yaml", YAML);
    }

    @GetMapping(path = "/schemas/sectors/v1/{name}.schema.json")
    @NoPersonalData("the sector systems' published interface")
    @Operation(summary = "The JSON Schema of one sector system's event, version 1")
    ResponseEntity<Resource> sectorSchema(@PathVariable String name) {
        if (!SCHEMA_NAME.matcher(name).matches()) {
            throw new NotFoundException("schema", name);
        }
        return file("schemas/sectors/v1/" + name + ".schema.json", JSON_SCHEMA);
    }

    @GetMapping(path = "/schemas/envelope.schema.json")
    @NoPersonalData("the sector systems' published interface")
    @Operation(summary = "The JSON Schema of the envelope every event travels in")
    ResponseEntity<Resource> envelopeSchema() {
        return file("schemas/envelope.schema.json", JSON_SCHEMA);
    }

    private static ResponseEntity<Resource> file(String path, MediaType type) {
        Resource resource = new ClassPathResource(path);
        if (!resource.exists()) {
            throw new NotFoundException("schema", path);
        }
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .body(resource);
    }
}
