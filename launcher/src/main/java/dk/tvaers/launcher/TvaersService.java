package dk.tvaers.launcher;

import dk.tvaers.cases.CaseServiceApplication;
import dk.tvaers.coordination.CoordinationServiceApplication;
import dk.tvaers.insight.InsightServiceApplication;
import dk.tvaers.offer.OfferServiceApplication;
import dk.tvaers.plan.PlanServiceApplication;

/** The services the platform runs, with their local ports and databases. */
enum TvaersService {

    CASE(CaseServiceApplication.NAME, CaseServiceApplication.class, 8081, "tvaers_case", "case_service"),
    PLAN(PlanServiceApplication.NAME, PlanServiceApplication.class, 8082, "tvaers_plan", "plan_service"),
    OFFER(OfferServiceApplication.NAME, OfferServiceApplication.class, 8083, "tvaers_offer", "offer_service"),
    COORDINATION(CoordinationServiceApplication.NAME, CoordinationServiceApplication.class, 8084,
            "tvaers_coordination", "coordination_service"),
    INSIGHT(InsightServiceApplication.NAME, InsightServiceApplication.class, 8085, "tvaers_insight",
            "insight_service");

    final String serviceName;
    final Class<?> application;
    final int defaultPort;
    final String database;
    final String databaseUser;

    TvaersService(String serviceName, Class<?> application, int defaultPort, String database, String databaseUser) {
        this.serviceName = serviceName;
        this.application = application;
        this.defaultPort = defaultPort;
        this.database = database;
        this.databaseUser = databaseUser;
    }
}
