package dk.tvaers.coordination.timeline.query;

import java.util.Map;

/** The Danish words the timeline and the notifications use for sectors and sector systems' events. */
public final class Wording {

    private static final Map<String, String> SECTORS = Map.of(
            "jobcenter", "Jobcentret",
            "social-services", "Socialområdet",
            "psychiatry", "Psykiatrien",
            "addiction-centre", "Misbrugscentret",
            "probation", "Kriminalforsorgen");

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("completed", "gennemført"),
            Map.entry("discontinued", "afbrudt"),
            Map.entry("withdrawn", "udgået af ventelisten"),
            Map.entry("offer-retired", "tilbuddet er lukket"),
            Map.entry("ended-early", "afbrudt før tid"),
            Map.entry("employment", "overgået til ansættelse"),
            Map.entry("dropped-out", "afbrudt"),
            Map.entry("transferred", "overført"),
            Map.entry("other", "andet"),
            Map.entry("revoked", "tilbagekaldt"),
            Map.entry("outpatient", "ambulant"),
            Map.entry("day-treatment", "dagbehandling"),
            Map.entry("residential", "døgnbehandling"),
            Map.entry("no-capacity", "ingen kapacitet"),
            Map.entry("not-eligible", "ikke i målgruppen"),
            Map.entry("missing-information", "mangler oplysninger"));

    private Wording() {
    }

    /** The sector's Danish name, e.g. {@code Psykiatrien}; an unknown code as it is. */
    public static String sector(String code) {
        return code == null ? "" : SECTORS.getOrDefault(code, code);
    }

    public static String code(String code) {
        return code == null ? "" : CODES.getOrDefault(code, code);
    }

    /** One line about a sector system's event, from its type and facts. */
    public static String sectorEvent(String type, Map<String, String> facts) {
        return switch (type) {
            case "sectors.InternshipStarted" -> "Virksomhedspraktik startet " + facts.get("startedOn") + ", "
                    + facts.get("hoursPerWeek") + " timer om ugen";
            case "sectors.InternshipEnded" -> "Virksomhedspraktik afsluttet " + facts.get("endedOn") + " ("
                    + code(facts.get("outcome")) + ")";
            case "sectors.BenefitChanged" -> "Ydelse ændret fra " + facts.getOrDefault("previousBenefit", "ingen")
                    + " til " + facts.getOrDefault("newBenefit", "ingen") + " pr. " + facts.get("effectiveFrom");
            case "sectors.PatientAdmitted" -> ("day-patient".equals(facts.get("admissionType"))
                    ? "Dagpatient i psykiatrien fra " : "Indlagt i psykiatrien ") + facts.get("admittedOn");
            case "sectors.PatientDischarged" -> "Udskrevet fra psykiatrien " + facts.get("dischargedOn");
            case "sectors.TreatmentStarted" -> "Misbrugsbehandling startet " + facts.get("startedOn") + " ("
                    + code(facts.get("treatmentForm")) + ")";
            case "sectors.TreatmentEnded" -> "Misbrugsbehandling afsluttet " + facts.get("endedOn") + " ("
                    + code(facts.get("outcome")) + ")";
            case "sectors.RelapseReported" -> "Tilbagefald meldt " + facts.get("reportedOn");
            case "sectors.ReleaseDateSet" -> "Løsladelsesdato fastsat til " + facts.get("releaseOn");
            case "sectors.SupervisionEnded" -> "Tilsyn afsluttet " + facts.get("endedOn") + " ("
                    + code(facts.get("outcome")) + ")";
            default -> type;
        };
    }
}
