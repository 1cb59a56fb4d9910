package dk.tvaers.testsupport;

import java.util.List;

/**
 * A user or client of the demo realm ({@code auth-server/src/main/resources/keycloak/tvaers-realm.json}),
 * for tests that call the API as someone. The same people sign in to the local platform.
 */
public record Persona(String userId, String name, List<String> roles, String sector, String organisation,
                      String team) {

    public static final Persona SOFIE_SOCIAL = new Persona("sofie.social", "Sofie Sørensen",
            List.of("caseworker", "coordinator"), "social-services", "holstebro", "voksen-holstebro");
    public static final Persona JONAS_JOB = new Persona("jonas.job", "Jonas Jensen", List.of("caseworker"),
            "jobcenter", "holstebro", "job-indsats");
    public static final Persona ANNA_ADDICTION = new Persona("anna.misbrug", "Anna Andersen", List.of("caseworker"),
            "addiction-centre", "holstebro", "misbrugscenter");
    public static final Persona PETER_PSYCHIATRY = new Persona("peter.psyk", "Peter Petersen", List.of("caseworker"),
            "psychiatry", "region-midt", "psykiatri-vest");
    public static final Persona KARL_PROBATION = new Persona("karl.kriminalforsorg", "Karl Karlsen",
            List.of("caseworker"), "probation", "kriminalforsorgen", "kif-midt");
    public static final Persona LENE_TEAM_LEADER = new Persona("lene.leder", "Lene Lund", List.of("team-leader"),
            "social-services", "holstebro", "voksen-holstebro");
    public static final Persona MORTEN_MANAGEMENT = new Persona("morten.chef", "Morten Madsen",
            List.of("management"), null, "holstebro", null);
    public static final Persona DORTE_DPO = new Persona("dorte.dpo", "Dorte Dahl", List.of("dpo"), null,
            "holstebro", null);
    public static final Persona EVA_OTHER_MUNICIPALITY = new Persona("eva.egedal", "Eva Eriksen",
            List.of("caseworker", "coordinator"), "social-services", "egedal", "voksen-egedal");
    public static final Persona BOSTED_PARTNER = new Persona("bosted-aaen", null, List.of("partner"), null,
            "bosted-aaen", null);
    public static final Persona JOBCENTER_SYSTEM = new Persona("jobcenter-system", null, List.of("sector-system"),
            "jobcenter", "holstebro", null);
    public static final Persona OPERATOR = new Persona("ops", "Drift", List.of("operator"), null, "holstebro", null);
    public static final Persona METTE_JOB = new Persona("mette.job", "Mette Mortensen",
            List.of("caseworker", "coordinator"), "jobcenter", "holstebro", "job-indsats");
    public static final Persona BO_TEAM_LEADER = new Persona("bo.leder", "Bo Bech", List.of("team-leader"),
            "jobcenter", "holstebro", "job-indsats");
    public static final Persona OLE_OPERATOR = new Persona("ole.drift", "Ole Olsen", List.of("operator"), null,
            "holstebro", null);
    public static final Persona SOCIAL_SERVICES_SYSTEM = new Persona("socialforvaltning-system", null,
            List.of("sector-system"), "social-services", "holstebro", null);

    public static final List<Persona> ALL = List.of(SOFIE_SOCIAL, JONAS_JOB, ANNA_ADDICTION, PETER_PSYCHIATRY,
            KARL_PROBATION, LENE_TEAM_LEADER, MORTEN_MANAGEMENT, DORTE_DPO, EVA_OTHER_MUNICIPALITY, BOSTED_PARTNER,
            JOBCENTER_SYSTEM);
}
