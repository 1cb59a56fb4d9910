package dk.tvaers.insight.figures;

import dk.tvaers.insight.figures.api.FactSheet;

import java.util.ArrayList;
import java.util.List;

/** Builds small fact sheets for the figures' unit tests. */
final class Sheets {

    final List<FactSheet.Plan> plans = new ArrayList<>();
    final List<FactSheet.FollowUp> followUps = new ArrayList<>();
    final List<FactSheet.Trend> trends = new ArrayList<>();
    final List<java.time.LocalDate> overdue = new ArrayList<>();
    final List<FactSheet.SubGoal> subGoals = new ArrayList<>();
    final List<FactSheet.SectorCase> cases = new ArrayList<>();
    final List<FactSheet.Grant> grants = new ArrayList<>();
    final List<FactSheet.Price> prices = new ArrayList<>();
    final List<FactSheet.Team> teams = new ArrayList<>();
    final List<FactSheet.Caseload> caseloads = new ArrayList<>();
    final List<FactSheet.CoordinatorChange> coordinators = new ArrayList<>();
    final List<FactSheet.Meeting> meetings = new ArrayList<>();
    final List<FactSheet.BenefitChange> benefits = new ArrayList<>();

    FactSheet sheet() {
        return new FactSheet(plans, followUps, trends, overdue, subGoals, cases, grants, prices, teams, caseloads,
                coordinators, meetings, benefits);
    }
}
