package dk.tvaers.offer;

import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.offer.v1.BasicRate;
import dk.tvaers.contracts.offer.v1.OfferChanged;
import dk.tvaers.contracts.offer.v1.OfferPublished;
import dk.tvaers.contracts.offer.v1.OfferRetired;
import dk.tvaers.offer.catalog.api.Access;
import dk.tvaers.offer.catalog.api.OfferDetails;
import dk.tvaers.offer.catalog.api.Provider;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestApi;
import dk.tvaers.testsupport.TestInfrastructure;
import dk.tvaers.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.tvaers.offer.OfferApi.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The catalog over HTTP on the real database and broker: publish, change with history, prices, search, retire. */
@ServiceIntegrationTest(properties = "spring.config.name=offer-service")
class CatalogIT {

    @LocalServerPort
    int port;

    final IntegrationEventCodec codec = new IntegrationEventCodec();

    RestClient as(Persona persona) {
        return TestApi.as(persona, port);
    }

    @Test
    void publishingAnOfferPublishesOfferPublishedKeyedByTheOfferAndAboutNoCitizen() {
        Provider provider = OfferApi.newProvider();
        UUID offerId = OfferApi.publish(port, Catalog.servicePackage().provider(provider).build(), null);

        Map<String, Object> offer = OfferApi.offer(port, offerId);
        assertThat(offer).containsEntry("version", 1).containsEntry("status", "PUBLISHED")
                .containsEntry("organisation", "holstebro").containsEntry("freeSeats", 12);
        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.OFFER)) {
            var record = probe.await(r -> offerId.toString().equals(r.key()), WAIT);
            IntegrationEvent<?> event = codec.decode(record.value());
            assertThat(event.is(OfferPublished.TYPE)).isTrue();
            assertThat(event.citizenId()).isNull();
            assertThat(event.organisation()).isEqualTo("holstebro");
            OfferPublished published = event.payloadAs(OfferPublished.TYPE);
            assertThat(published.providerOrganisation()).isEqualTo(provider.organisation());
            assertThat(published.kind()).isEqualTo("service-package");
            assertThat(published.access()).isEqualTo("referral");
            assertThat(published.defaultDurationWeeks()).isEqualTo(26);
            assertThat(published.basicRate()).as("published without prices").isNull();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void individualAndVirtualSupportArePublishedFoundAndAnnounced() {
        Provider provider = OfferApi.newProvider();
        UUID mentor = OfferApi.publish(port, Catalog.individualSupport().provider(provider).build(), null);
        UUID screen = OfferApi.publish(port, Catalog.virtualSupport().provider(provider).build(), null);

        Map<String, Object> individual = OfferApi.offer(port, mentor);
        assertThat((Map<String, Object>) individual.get("details")).containsEntry("kind", "INDIVIDUAL_SUPPORT")
                .containsEntry("channels", List.of());
        Map<String, Object> virtual = OfferApi.offer(port, screen);
        assertThat((Map<String, Object>) virtual.get("details")).containsEntry("kind", "VIRTUAL_SUPPORT")
                .containsEntry("channels", List.of("VIDEO", "CHAT"));
        assertThat(search("provider=" + provider.organisation() + "&kind=VIRTUAL_SUPPORT")).containsExactly(screen);
        assertThat(search("provider=" + provider.organisation() + "&kind=INDIVIDUAL_SUPPORT")).containsExactly(mentor);
        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.OFFER)) {
            var record = probe.await(r -> screen.toString().equals(r.key()), WAIT);
            assertThat(codec.decode(record.value()).payloadAs(OfferPublished.TYPE).kind()).isEqualTo("virtual-support");
            var other = probe.await(r -> mentor.toString().equals(r.key()), WAIT);
            assertThat(codec.decode(other.value()).payloadAs(OfferPublished.TYPE).kind())
                    .isEqualTo("individual-support");
        }
    }

    @Test
    void virtualSupportWithoutAKnownChannelIsAProblemNamingTheField() {
        Map<String, Object> none = OfferApi.body(Catalog.virtualSupport().provider(OfferApi.newProvider())
                .channels(List.of()).build());
        var noChannel = as(Persona.LENE_TEAM_LEADER).post().uri("/api/offers").contentType(MediaType.APPLICATION_JSON)
                .body(none).retrieve().toEntity(Map.class);
        assertThat(noChannel.getStatusCode().value()).isEqualTo(422);
        assertThat(noChannel.getBody()).containsEntry("rule", "offer.virtual-support-needs-channels");
        assertThat(noChannel.getBody().get("errors").toString()).contains("field=channels");

        none.put("channels", List.of("FAX"));
        var fax = as(Persona.LENE_TEAM_LEADER).post().uri("/api/offers").contentType(MediaType.APPLICATION_JSON)
                .body(none).retrieve().toEntity(Map.class);
        assertThat(fax.getStatusCode().value()).isEqualTo(400);
        assertThat(fax.getBody().get("errors").toString()).contains("field=channels");
    }

    @Test
    void aChangeIsANewVersionAndTheHistoryIsKept() {
        OfferDetails v1 = Catalog.servicePackage().provider(OfferApi.newProvider()).build();
        UUID offerId = OfferApi.publish(port, v1, null);
        Map<String, Object> change = OfferApi.body(v1);
        change.put("weeklyHours", 6);
        change.put("expectedVersion", 1);

        var changed = as(Persona.LENE_TEAM_LEADER).put().uri("/api/offers/{id}", offerId)
                .contentType(MediaType.APPLICATION_JSON).body(change).retrieve().toEntity(Map.class);
        assertThat(changed.getStatusCode().value()).isEqualTo(200);
        assertThat(changed.getBody()).containsEntry("version", 2);

        var stale = as(Persona.LENE_TEAM_LEADER).put().uri("/api/offers/{id}", offerId)
                .contentType(MediaType.APPLICATION_JSON).body(change).retrieve().toEntity(Map.class);
        assertThat(stale.getStatusCode().value()).as("based on version 1").isEqualTo(409);
        assertThat(stale.getBody()).containsEntry("currentVersion", 2);

        await().atMost(WAIT).untilAsserted(() -> {
            List<Map<String, Object>> versions = (List<Map<String, Object>>) as(Persona.JONAS_JOB).get().uri("/api/offers/{id}/versions", offerId)
                    .retrieve().body(List.class);
            assertThat(versions).extracting(v -> v.get("version")).containsExactly(1, 2);
            assertThat(versions).extracting(v -> new BigDecimal(((Map<?, ?>) v.get("details")).get("weeklyHours")
                    .toString()).stripTrailingZeros().toPlainString()).containsExactly("4.5", "6");
        });
        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.OFFER)) {
            var record = probe.await(r -> offerId.toString().equals(r.key())
                    && TopicProbe.text(r.value()).contains("offer.OfferChanged"), WAIT);
            assertThat(codec.decode(record.value()).payloadAs(OfferChanged.TYPE).version()).isEqualTo(2);
        }
    }

    @Test
    void aChangeMustNameTheVersionItIsBasedOnSoNoneIsOverwrittenSilently() {
        OfferDetails v1 = Catalog.servicePackage().provider(OfferApi.newProvider()).build();
        UUID offerId = OfferApi.publish(port, v1, null);
        Map<String, Object> change = OfferApi.body(v1);
        change.put("weeklyHours", 6);

        var details = as(Persona.LENE_TEAM_LEADER).put().uri("/api/offers/{id}", offerId)
                .contentType(MediaType.APPLICATION_JSON).body(change).retrieve().toEntity(Map.class);
        assertThat(details.getStatusCode().value()).isEqualTo(400);
        assertThat(details.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(details.getBody().get("errors").toString()).contains("field=expectedVersion");

        Map<String, Object> prices = OfferApi.body(Catalog.bostedPricesWithoutOverlap());
        var unversionedPrices = as(Persona.LENE_TEAM_LEADER).put().uri("/api/offers/{id}/prices", offerId)
                .contentType(MediaType.APPLICATION_JSON).body(prices).retrieve().toEntity(Map.class);
        assertThat(unversionedPrices.getStatusCode().value()).isEqualTo(400);
        assertThat(unversionedPrices.getBody().get("errors").toString()).contains("field=expectedVersion");
        assertThat(OfferApi.offer(port, offerId)).as("nothing changed").containsEntry("version", 1);

        change.put("expectedVersion", 1);
        assertThat(as(Persona.LENE_TEAM_LEADER).put().uri("/api/offers/{id}", offerId)
                .contentType(MediaType.APPLICATION_JSON).body(change).retrieve().toEntity(Map.class)
                .getStatusCode().value()).isEqualTo(200);
        prices.put("expectedVersion", 1);
        var stalePrices = as(Persona.LENE_TEAM_LEADER).put().uri("/api/offers/{id}/prices", offerId)
                .contentType(MediaType.APPLICATION_JSON).body(prices).retrieve().toEntity(Map.class);
        assertThat(stalePrices.getStatusCode().value()).as("prices based on version 1").isEqualTo(409);
        assertThat(stalePrices.getBody()).containsEntry("currentVersion", 2)
                .containsEntry("rule", "offer.stale-version");
        prices.put("expectedVersion", 2);
        var current = as(Persona.LENE_TEAM_LEADER).put().uri("/api/offers/{id}/prices", offerId)
                .contentType(MediaType.APPLICATION_JSON).body(prices).retrieve().toEntity(Map.class);
        assertThat(current.getStatusCode().value()).isEqualTo(200);
        assertThat(current.getBody()).containsEntry("version", 3);
    }

    @Test
    void pricesAreNotChangedWithTheDetailsButThroughTheirOwnResource() {
        OfferDetails v1 = Catalog.servicePackage().provider(OfferApi.newProvider()).build();
        UUID offerId = OfferApi.publish(port, v1, null);
        Map<String, Object> change = OfferApi.body(v1);
        change.put("expectedVersion", 1);
        change.put("prices", OfferApi.body(Catalog.bostedPricesWithoutOverlap()));

        var response = as(Persona.LENE_TEAM_LEADER).put().uri("/api/offers/{id}", offerId)
                .contentType(MediaType.APPLICATION_JSON).body(change).retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody()).containsEntry("rule", "offer.prices-have-their-own-resource");
        assertThat(response.getBody().get("errors").toString()).contains("field=prices");
        assertThat(OfferApi.offer(port, offerId)).containsEntry("version", 1);
    }

    @Test
    void onlySomeoneInAnOrganisationPublishesAnOffer() {
        Persona noOrganisation = new Persona("lene.leder", "Lene Lund", List.of("team-leader"), "social-services",
                null, "voksen-holstebro");

        var response = TestApi.as(noOrganisation, port).post().uri("/api/offers")
                .contentType(MediaType.APPLICATION_JSON)
                .body(OfferApi.body(Catalog.servicePackage().provider(OfferApi.newProvider()).build()))
                .retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody()).containsEntry("rule", "offer.actor-without-organisation");
    }

    @Test
    void aHoursRangeThatEndsBeforeItStartsIsAProblemNamingTheField() {
        var response = as(Persona.JONAS_JOB).get().uri("/api/offers?minHours=10&maxHours=5").retrieve()
                .toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody()).containsEntry("rule", "search.hours-range");
        assertThat(response.getBody().get("errors").toString()).contains("field=maxHours");
    }

    @Test
    void searchTextIsTakenLiterallyNotAsAPattern() {
        Provider provider = OfferApi.newProvider();
        UUID fullTime = OfferApi.publish(port, Catalog.servicePackage().provider(provider)
                .title("Ydelsespakke: 100% i eget hjem").build(), null);
        UUID thousand = OfferApi.publish(port, Catalog.servicePackage().provider(provider)
                .title("Ydelsespakke: 1000 timer om året").build(), null);
        UUID underscore = OfferApi.publish(port, Catalog.groupCourse().provider(provider)
                .title("Forløb mad_og_motion").build(), null);
        UUID spaced = OfferApi.publish(port, Catalog.groupCourse().provider(provider)
                .title("Forløb mad og motion").build(), null);
        UUID backslash = OfferApi.publish(port, Catalog.openOffer().provider(provider)
                .title("Værested C:\\Fristedet").build(), null);
        String only = provider.organisation();

        assertThat(searchText(only, "100%")).as("%% is a percent sign, not any text").containsExactly(fullTime);
        assertThat(searchText(only, "%%")).as("no offer has two percent signs").isEmpty();
        assertThat(searchText(only, "mad_og")).as("_ is an underscore, not any character")
                .containsExactly(underscore);
        assertThat(searchText(only, "C:\\Fristedet")).as("a backslash is a backslash").containsExactly(backslash);
        assertThat(searchText(only, "1000")).containsExactly(thousand);
        assertThat(searchText(only, "MOTION")).as("still case-insensitive")
                .containsExactlyInAnyOrder(underscore, spaced);
    }

    @Test
    void anItemTheBasicRateCoversThatASupplementBillsAgainIsFlagged() {
        UUID offerId = OfferApi.publish(port, Catalog.servicePackage().provider(OfferApi.newProvider()).build(), null);

        Map<String, Object> prices = OfferApi.body(Catalog.bostedPricesWithDoubleBilling());
        prices.put("expectedVersion", 1);
        var response = as(Persona.LENE_TEAM_LEADER).put().uri("/api/offers/{id}/prices", offerId)
                .contentType(MediaType.APPLICATION_JSON).body(prices).retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        await().atMost(WAIT).untilAsserted(() -> assertThat(OfferApi.offer(port, offerId).get("doubleBilledItems"))
                .isEqualTo(List.of(Map.of("item", "Ledsagelse til læge", "supplementCode", "T-LEDS"))));
        Map<?, ?> flagged = as(Persona.LENE_TEAM_LEADER).get().uri("/api/offers?doubleBilled=true&size=100")
                .retrieve().body(Map.class);
        assertThat((List<Map<String, Object>>) flagged.get("offers")).extracting(o -> o.get("offerId"))
                .contains(offerId.toString());
        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.OFFER)) {
            var record = probe.await(r -> offerId.toString().equals(r.key())
                    && TopicProbe.text(r.value()).contains("offer.OfferChanged"), WAIT);
            OfferChanged changed = codec.decode(record.value()).payloadAs(OfferChanged.TYPE);
            assertThat(changed.changed()).isEqualTo("prices");
            assertThat(changed.doubleBilledItems()).containsExactly("Ledsagelse til læge");
            assertThat(changed.basicRate().unit()).as("the basic rate, so granted time can be priced")
                    .isEqualTo(BasicRate.MONTH);
            assertThat(changed.basicRate().amount()).isEqualByComparingTo("52340.00");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchFindsTheRightOfferFirst() {
        Provider provider = OfferApi.newProvider();
        UUID homeSupport = OfferApi.publish(port, Catalog.servicePackage().provider(provider).build(), null);
        UUID heavySupport = OfferApi.publish(port, Catalog.servicePackage().provider(provider)
                .title("Ydelsespakke 5: Massiv støtte").functionLevel(3).weeklyHours(new BigDecimal("12")).build(), null);
        UUID fullCourse = OfferApi.publish(port, Catalog.groupCourse().provider(provider).capacity(1)
                .needs(List.of("social-network")).build(), null);
        UUID openCafe = OfferApi.publish(port, Catalog.openOffer().provider(provider).build(), null);
        fill(fullCourse);

        assertThat(search("provider=" + provider.organisation())).containsExactlyInAnyOrder(homeSupport, heavySupport,
                fullCourse, openCafe);
        assertThat(search("provider=" + provider.organisation() + "&functionLevel=3")).containsExactly(heavySupport);
        assertThat(search("provider=" + provider.organisation() + "&minHours=5&maxHours=20"))
                .containsExactly(heavySupport);
        assertThat(search("provider=" + provider.organisation() + "&access=open")).containsExactly(openCafe);
        assertThat(search("provider=" + provider.organisation() + "&sector=probation")).containsExactly(openCafe);
        assertThat(search("provider=" + provider.organisation() + "&kind=GROUP_COURSE")).containsExactly(fullCourse);
        assertThat(search("provider=" + provider.organisation() + "&q=massiv")).containsExactly(heavySupport);
        await().atMost(WAIT).untilAsserted(() -> assertThat(search("provider=" + provider.organisation()
                + "&need=social-network&freeSeats=true")).containsExactly(openCafe));
        assertThat(search("provider=" + provider.organisation() + "&need=social-network&need=housing"))
                .as("the offer meeting both needs first, then the full course")
                .containsExactly(openCafe, fullCourse);
    }

    @Test
    void retiringTakesTheOfferOutOfTheCatalogButKeepsIt() {
        Provider provider = OfferApi.newProvider();
        UUID offerId = OfferApi.publish(port, Catalog.groupCourse().provider(provider).build(), null);

        var response = as(Persona.LENE_TEAM_LEADER).post().uri("/api/offers/{id}/retire", offerId)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", "Forløbet er erstattet af et nyt"))
                .retrieve().toBodilessEntity();

        assertThat(response.getStatusCode().value()).isEqualTo(204);
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(OfferApi.offer(port, offerId)).containsEntry("status", "RETIRED"));
        assertThat(search("provider=" + provider.organisation())).isEmpty();
        assertThat(search("provider=" + provider.organisation() + "&includeRetired=true")).containsExactly(offerId);
        var again = as(Persona.LENE_TEAM_LEADER).post().uri("/api/offers/{id}/retire", offerId)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", "Igen")).retrieve().toEntity(Map.class);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.OFFER)) {
            var record = probe.await(r -> offerId.toString().equals(r.key())
                    && TopicProbe.text(r.value()).contains("offer.OfferRetired"), WAIT);
            assertThat(codec.decode(record.value()).payloadAs(OfferRetired.TYPE).version()).isEqualTo(2);
        }
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Map<String, Object> body = OfferApi.body(Catalog.servicePackage().provider(OfferApi.newProvider()).build());
        body.put("functionLevel", 7);
        body.put("needs", List.of("Bolig!"));

        var response = as(Persona.LENE_TEAM_LEADER).post().uri("/api/offers").contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody().get("errors").toString()).contains("field=functionLevel")
                .contains("field=needs[0]");
    }

    @Test
    void aBrokenRuleIsA422NamingTheFieldAndTheRule() {
        Map<String, Object> body = OfferApi.body(Catalog.openOffer().provider(OfferApi.newProvider())
                .access(Access.REFERRAL).build());

        var response = as(Persona.LENE_TEAM_LEADER).post().uri("/api/offers").contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody()).containsEntry("rule", "offer.open-offer-needs-no-referral");
        assertThat(response.getBody().get("errors").toString()).contains("field=access");
    }

    @Test
    void aWrongTypeOrFormatIsA400NamingTheField() {
        var response = as(Persona.LENE_TEAM_LEADER).post().uri("/api/offers").contentType(MediaType.APPLICATION_JSON)
                .body("{\"title\": \"Pakke\", \"kind\": \"SPA_WEEKEND\"}").retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().get("errors").toString()).contains("field=kind");
    }

    @Test
    void onlyTeamLeadersAndTheProvidingPartnerPublishOrChangeOffers() {
        OfferDetails bosted = Catalog.groupCourse().build();
        assertThat(publishAs(Persona.SOFIE_SOCIAL, bosted)).as("a caseworker").isEqualTo(403);
        assertThat(publishAs(Persona.MORTEN_MANAGEMENT, bosted)).as("management").isEqualTo(403);
        assertThat(publishAs(Persona.BOSTED_PARTNER, Catalog.groupCourse().provider(OfferApi.newProvider()).build()))
                .as("a partner, for another provider").isEqualTo(403);
        assertThat(publishAs(Persona.BOSTED_PARTNER, bosted)).as("a partner, for itself").isEqualTo(201);

        UUID holstebros = OfferApi.publish(port, Catalog.servicePackage().provider(OfferApi.newProvider()).build(),
                null);
        var byEgedal = TestApi.as(Persona.EVA_OTHER_MUNICIPALITY, port).post()
                .uri("/api/offers/{id}/retire", holstebros).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", "Ikke vores")).retrieve().toBodilessEntity();
        assertThat(byEgedal.getStatusCode().value()).as("another municipality").isEqualTo(403);
    }

    @Test
    void everyoneSignedInReadsTheCatalogAndNoOneElse() {
        UUID offerId = OfferApi.publish(port, Catalog.openOffer().provider(OfferApi.newProvider()).build(), null);
        for (Persona persona : Persona.ALL) {
            assertThat(TestApi.as(persona, port).get().uri("/api/offers/{id}", offerId).retrieve().toBodilessEntity()
                    .getStatusCode().value()).as(persona.userId()).isEqualTo(200);
        }
        assertThat(TestApi.anonymous("http://localhost:" + port).get().uri("/api/offers/{id}", offerId).retrieve()
                .toBodilessEntity().getStatusCode().value()).isEqualTo(401);
        assertThat(as(Persona.JONAS_JOB).get().uri("/api/offers/{id}", UUID.randomUUID()).retrieve()
                .toBodilessEntity().getStatusCode().value()).isEqualTo(404);
    }

    private int publishAs(Persona persona, OfferDetails details) {
        return TestApi.as(persona, port).post().uri("/api/offers").contentType(MediaType.APPLICATION_JSON)
                .body(OfferApi.body(details)).retrieve().toBodilessEntity().getStatusCode().value();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> search(String query) {
        var response = as(Persona.JONAS_JOB).get().uri("/api/offers?" + query).retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().value()).as("search %s: %s", query, response.getBody()).isEqualTo(200);
        return ((List<Map<String, Object>>) response.getBody().get("offers")).stream()
                .map(o -> UUID.fromString((String) o.get("offerId"))).toList();
    }

    /** Searches one provider's offers for {@code text}, sent as the user typed it. */
    @SuppressWarnings("unchecked")
    private List<UUID> searchText(String provider, String text) {
        var response = as(Persona.JONAS_JOB).get()
                .uri(uri -> uri.path("/api/offers").queryParam("provider", provider).queryParam("q", text).build())
                .retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().value()).as("search %s: %s", text, response.getBody()).isEqualTo(200);
        return ((List<Map<String, Object>>) response.getBody().get("offers")).stream()
                .map(o -> UUID.fromString((String) o.get("offerId"))).toList();
    }

    /** Takes the course's one seat, through the domain, as a caseworker would. */
    private void fill(UUID courseId) {
        Enrolments.enrolNewCitizen(port, courseId, Persona.SOFIE_SOCIAL);
    }
}
