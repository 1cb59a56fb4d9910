package dk.tvaers.insight.figures.calculation;

import java.util.Map;

/** Danish names for the codes figures are grouped by. */
public final class Labels {

    private static final Map<String, String> SECTORS = Map.of(
            "jobcenter", "Jobcenter",
            "social-services", "Socialområdet",
            "psychiatry", "Psykiatrien",
            "addiction-centre", "Misbrugscentret",
            "probation", "Kriminalforsorgen",
            "health", "Sundhed",
            "housing", "Bolig",
            "education", "Uddannelse");

    private Labels() {
    }

    public static String sector(String code) {
        return code == null ? "Ukendt sektor" : SECTORS.getOrDefault(code, code);
    }
}
