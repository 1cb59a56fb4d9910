package dk.tvaers.offer;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dk.tvaers.offer.catalog.api.Provider;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.tvaers.offer.OfferApi.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The catalog's open-data export, checked against the Open Referral HSDS 3.0 JSON Schemas (copied into
 * {@code src/test/resources/hsds-3.0}). The published schemas allow any extra field; the test closes every
 * object ({@code additionalProperties: false}) so that a field HSDS does not define fails too, and checks
 * formats (uuid, date-time, uri).
 */
@ServiceIntegrationTest(properties = "spring.config.name=offer-service")
class HsdsExportIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Schema service;
    private static Schema serviceInList;
    private static Schema organizationInList;
    private static Schema page;

    @LocalServerPort
    int port;

    @BeforeAll
    static void loadSchemas() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true).build()));
        service = strict(registry, "service_with_definitions.json", read("service_with_definitions.json"));
        serviceInList = strict(registry, "service_list.json", read("service_list.json"));
        organizationInList = strict(registry, "organization_list.json", read("organization_list.json"));
        ObjectNode pageSchema = (ObjectNode) read("openapi.json").at("/components/schemas/Page");
        pageSchema.set("required", JSON.valueToTree(List.of("total_items", "total_pages", "page_number", "size",
                "first_page", "last_page", "empty", "contents")));
        ((ObjectNode) pageSchema.get("properties")).set("contents", JSON.valueToTree(Map.of("type", "array")));
        page = strict(registry, "page.json", pageSchema);
    }

    @Test
    void everyKindOfOfferExportsAsAValidHsdsService() {
        Provider provider = OfferApi.newProvider();
        List<UUID> offers = List.of(
                OfferApi.publish(port, Catalog.servicePackage().provider(provider).build(),
                        Catalog.bostedPricesWithDoubleBilling()),
                OfferApi.publish(port, Catalog.groupCourse().provider(provider).build(),
                        Catalog.bostedPricesWithoutOverlap()),
                OfferApi.publish(port, Catalog.punchCard().provider(provider).build(), null),
                OfferApi.publish(port, Catalog.openOffer().provider(provider).build(), null),
                OfferApi.publish(port, Catalog.individualSupport().provider(provider).build(),
                        Catalog.bostedPricesWithoutOverlap()),
                OfferApi.publish(port, Catalog.virtualSupport().provider(provider).build(), null));
        UUID retired = offers.get(2);
        TestApi.as(Persona.LENE_TEAM_LEADER, port).post().uri("/api/offers/{id}/retire", retired)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", "Erstattet")).retrieve()
                .toBodilessEntity();
        await().atMost(WAIT).untilAsserted(() -> assertThat(OfferApi.offer(port, retired))
                .containsEntry("status", "RETIRED"));

        for (UUID offerId : offers) {
            JsonNode exported = get("/api/open-data/hsds/services/" + offerId);
            assertThat(violations(service, exported)).as("service %s", offerId).isEmpty();
            assertThat(exported.get("id").asString()).isEqualTo(offerId.toString());
        }
        JsonNode packageService = get("/api/open-data/hsds/services/" + offers.get(0));
        assertThat(packageService.get("status").asString()).isEqualTo("active");
        assertThat(packageService.get("cost_options")).hasSize(3);
        assertThat(packageService.at("/cost_options/0/currency").asString()).isEqualTo("DKK");
        assertThat(packageService.at("/cost_options/0/amount").decimalValue()).isEqualByComparingTo("52340.00");
        assertThat(packageService.at("/organization/name").asString()).isEqualTo(provider.name());
        JsonNode course = get("/api/open-data/hsds/services/" + offers.get(1));
        assertThat(course.get("schedules")).hasSize(2);
        assertThat(course.at("/schedules/0/byday").asString()).isEqualTo("TU");
        assertThat(get("/api/open-data/hsds/services/" + retired).get("status").asString()).isEqualTo("defunct");
        JsonNode virtual = get("/api/open-data/hsds/services/" + offers.get(5));
        List<String> channels = new ArrayList<>();
        virtual.get("attributes").forEach(a -> {
            if (a.get("link_type").asString().equals("tvaers-channel")) {
                channels.add(a.at("/taxonomy_term/code").asString());
            }
        });
        assertThat(channels).containsExactly("video", "chat");
        assertThat(virtual.get("description").asString()).contains("Støtten foregår virtuelt: video, chat.");
        JsonNode individual = get("/api/open-data/hsds/services/" + offers.get(4));
        assertThat(individual.get("attributes")).anySatisfy(a -> assertThat(a.at("/taxonomy_term/code").asString())
                .isEqualTo("individual-support"));
        assertThat(individual.get("attributes")).noneSatisfy(a -> assertThat(a.get("link_type").asString())
                .isEqualTo("tvaers-channel"));
    }

    @Test
    void theServiceAndOrganizationListsAreValidHsdsPages() {
        Provider provider = OfferApi.newProvider();
        OfferApi.publish(port, Catalog.servicePackage().provider(provider).build(), Catalog.bostedPricesWithoutOverlap());
        OfferApi.publish(port, Catalog.openOffer().provider(provider).build(), null);

        List<JsonNode> services = new ArrayList<>();
        JsonNode first = get("/api/open-data/hsds/services?page=1&per_page=2");
        assertThat(violations(page, first)).isEmpty();
        assertThat(first.get("first_page").asBoolean()).isTrue();
        for (int number = 1; number <= first.get("total_pages").asInt(); number++) {
            JsonNode pageOfServices = get("/api/open-data/hsds/services?page=" + number + "&per_page=2");
            assertThat(violations(page, pageOfServices)).isEmpty();
            pageOfServices.get("contents").forEach(services::add);
        }
        assertThat(services).hasSize(first.get("total_items").asInt());
        for (JsonNode item : services) {
            assertThat(violations(serviceInList, item)).as("service %s", item.get("id")).isEmpty();
        }

        JsonNode organizations = get("/api/open-data/hsds/organizations?per_page=500");
        assertThat(violations(page, organizations)).isEmpty();
        organizations.get("contents").forEach(organization ->
                assertThat(violations(organizationInList, organization)).isEmpty());
        assertThat(organizations.get("contents")).extracting(o -> o.get("name").asString()).contains(provider.name());

        JsonNode about = get("/api/open-data/hsds");
        assertThat(about.get("version").asString()).isEqualTo("3.0");
    }

    @Test
    void anyoneReadsTheOpenDataWithoutSigningInAndItCarriesNoPersonalData() {
        Provider provider = OfferApi.newProvider();
        UUID offerId = OfferApi.publish(port, Catalog.groupCourse().provider(provider).build(),
                Catalog.bostedPricesWithoutOverlap());
        UUID citizen = Enrolments.citizenOf(port, Persona.SOFIE_SOCIAL);
        var enrolled = Enrolments.enrol(port, Persona.SOFIE_SOCIAL, offerId, citizen);
        assertThat(enrolled.getStatusCode().value()).isEqualTo(201);
        String enrolment = (String) enrolled.getBody().get("enrolmentId");
        await().atMost(WAIT).untilAsserted(() -> assertThat(get("/api/open-data/hsds/services/" + offerId)
                .get("wait_time").asString()).isEqualTo("9 ledige pladser."));

        for (String path : List.of("/api/open-data/hsds", "/api/open-data/hsds/services?per_page=500",
                "/api/open-data/hsds/services/" + offerId, "/api/open-data/hsds/organizations?per_page=500")) {
            var response = anyone().get().uri(path).retrieve().toEntity(String.class);
            assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
            assertThat(response.getBody()).as(path).doesNotContain(citizen.toString()).doesNotContain(enrolment)
                    .doesNotContain("sofie.social").doesNotContain("lene.leder").doesNotContain("Sofie");
        }
        assertThat(anyone().get().uri("/api/offers/{id}", offerId).retrieve().toBodilessEntity().getStatusCode()
                .value()).as("the catalog API still needs a sign-in").isEqualTo(401);
        assertThat(anyone().get().uri("/api/offers/{id}/enrolments", offerId).retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(401);
        assertThat(anyone().post().uri("/api/open-data/hsds/services").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of()).retrieve().toBodilessEntity().getStatusCode().value())
                .as("open data is read-only").isEqualTo(401);
    }

    @Test
    void theStrictSchemaRejectsWhatHsdsDoesNotDefine() {
        ObjectNode invented = (ObjectNode) JSON.readTree("""
                {"id": "3f2c9a4e-6b1d-4c8e-a5f7-2d9e0b1c4a61", "name": "Værested", "status": "active",
                 "citizen_cpr": "0101901234"}""");
        assertThat(violations(serviceInList, invented)).anyMatch(v -> v.contains("citizen_cpr"));
        invented.remove("citizen_cpr");
        invented.put("status", "open");
        assertThat(violations(serviceInList, invented)).anyMatch(v -> v.contains("status"));
    }

    /** Read as anyone may: without signing in. */
    private JsonNode get(String path) {
        var response = anyone().get().uri(path).retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
        return JSON.readTree(response.getBody());
    }

    private RestClient anyone() {
        return TestApi.anonymous("http://localhost:" + port);
    }

    private static List<String> violations(Schema schema, JsonNode node) {
        return schema.validate(node).stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    /** The schema with every object closed to fields it does not define. */
    private static Schema strict(SchemaRegistry registry, String name, JsonNode schema) {
        JsonNode closed = schema.deepCopy();
        close(closed);
        return registry.getSchema(SchemaLocation.of("https://tvaers.dk/test/hsds-3.0/" + name), closed);
    }

    private static void close(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && object.get("properties").isObject() && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.properties().forEach(entry -> close(entry.getValue()));
        } else if (node != null && node.isArray()) {
            node.forEach(HsdsExportIT::close);
        }
    }

    private static JsonNode read(String file) {
        try (InputStream in = HsdsExportIT.class.getResourceAsStream("/hsds-3.0/" + file)) {
            assertThat(in).as(file).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
