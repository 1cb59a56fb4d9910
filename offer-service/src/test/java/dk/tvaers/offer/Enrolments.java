package dk.tvaers.offer;

import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.TestApi;
import dk.tvaers.testsupport.TestEvents;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static dk.tvaers.offer.OfferApi.WAIT;
import static org.awaitility.Awaitility.await;

/** Citizens for enrolment tests: each with a case in a caseworker's sector, as case-service would announce. */
public final class Enrolments {

    private Enrolments() {
    }

    /** A new citizen whose case the persona's sector opened, known to this service's access directory. */
    public static UUID citizenOf(int port, Persona caseworker) {
        UUID citizen = UUID.randomUUID();
        TestEvents.caseOpened(citizen, caseworker);
        await().atMost(WAIT).until(() -> TestApi.as(caseworker, port).get().uri("/api/enrolments?citizenId={id}", citizen)
                .retrieve().toBodilessEntity().getStatusCode().value() == 200);
        return citizen;
    }

    @SuppressWarnings("rawtypes")
    public static ResponseEntity<Map> enrol(int port, Persona caseworker, UUID offerId, UUID citizen) {
        return TestApi.as(caseworker, port).post().uri("/api/enrolments").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("offerId", offerId, "citizenId", citizen)).retrieve().toEntity(Map.class);
    }

    /** Enrols a new citizen of the persona's sector and returns the enrolment's id. */
    @SuppressWarnings("rawtypes")
    public static UUID enrolNewCitizen(int port, UUID offerId, Persona caseworker) {
        UUID citizen = citizenOf(port, caseworker);
        AtomicReference<ResponseEntity<Map>> response = new AtomicReference<>();
        await().atMost(WAIT).until(() -> {
            response.set(enrol(port, caseworker, offerId, citizen));
            return response.get().getStatusCode().value() == 201;
        });
        return UUID.fromString((String) response.get().getBody().get("enrolmentId"));
    }
}
