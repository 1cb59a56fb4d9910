package dk.tvaers.contracts;

import dk.tvaers.contracts.cases.v1.CaseClosed;
import dk.tvaers.contracts.cases.v1.CaseOpened;
import dk.tvaers.contracts.cases.v1.CaseTransferred;
import dk.tvaers.contracts.cases.v1.CitizenErased;
import dk.tvaers.contracts.offer.v1.CitizenEnrolled;
import dk.tvaers.contracts.offer.v1.CitizenWaitlisted;
import dk.tvaers.contracts.offer.v1.EnrolmentEnded;
import dk.tvaers.contracts.offer.v1.OfferChanged;
import dk.tvaers.contracts.offer.v1.OfferPublished;
import dk.tvaers.contracts.offer.v1.OfferRetired;
import dk.tvaers.contracts.offer.v1.SeatsExhausted;
import dk.tvaers.contracts.coordination.v1.ConsentGiven;
import dk.tvaers.contracts.coordination.v1.ConsentLimited;
import dk.tvaers.contracts.coordination.v1.ConsentWithdrawn;
import dk.tvaers.contracts.coordination.v1.CoordinatorDesignated;
import dk.tvaers.contracts.coordination.v1.CoordinatorNeeded;
import dk.tvaers.contracts.coordination.v1.FollowUpProposed;
import dk.tvaers.contracts.coordination.v1.MeetingCancelled;
import dk.tvaers.contracts.coordination.v1.MeetingDecisionRecorded;
import dk.tvaers.contracts.coordination.v1.MeetingScheduled;
import dk.tvaers.contracts.coordination.v1.ReferralSent;
import dk.tvaers.contracts.coordination.v1.ReferralStatusChanged;
import dk.tvaers.contracts.coordination.v1.ReferralUnanswered;
import dk.tvaers.contracts.sectors.v1.BenefitChanged;
import dk.tvaers.contracts.sectors.v1.InternshipEnded;
import dk.tvaers.contracts.sectors.v1.InternshipStarted;
import dk.tvaers.contracts.sectors.v1.PatientAdmitted;
import dk.tvaers.contracts.sectors.v1.PatientDischarged;
import dk.tvaers.contracts.sectors.v1.RelapseReported;
import dk.tvaers.contracts.sectors.v1.ReleaseDateSet;
import dk.tvaers.contracts.sectors.v1.SupervisionEnded;
import dk.tvaers.contracts.sectors.v1.TreatmentEnded;
import dk.tvaers.contracts.sectors.v1.TreatmentStarted;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every integration event type of the published language. Adding an event means adding its record,
 * its schema and golden sample, and listing it here; the contract tests walk this list.
 */
public final class EventCatalog {

    public static final String SCHEMA_BASE_URI = "https://schemas.tvaers.dk/events/";
    public static final String ENVELOPE_SCHEMA_ID = SCHEMA_BASE_URI + "envelope.schema.json";

    private static final List<EventType<?>> ALL = List.of(
            // case-service
            CaseOpened.TYPE,
            CaseTransferred.TYPE,
            CaseClosed.TYPE,
            CitizenErased.TYPE,
            dk.tvaers.contracts.cases.v1.CitizenRegistered.TYPE,
            dk.tvaers.contracts.cases.v1.GrantProposed.TYPE,
            dk.tvaers.contracts.cases.v1.GrantApproved.TYPE,
            dk.tvaers.contracts.cases.v1.GrantRejected.TYPE,
            dk.tvaers.contracts.cases.v1.GrantEnded.TYPE,
            dk.tvaers.contracts.cases.v1.CaseloadExceeded.TYPE,
            dk.tvaers.contracts.cases.v1.CaseloadChanged.TYPE,
            dk.tvaers.contracts.cases.v1.TeamDefined.TYPE,
            dk.tvaers.contracts.cases.v1.TeamSettingsChanged.TYPE,
            // plan-service
            dk.tvaers.contracts.plan.v1.PlanCreated.TYPE,
            dk.tvaers.contracts.plan.v1.SubGoalAdded.TYPE,
            dk.tvaers.contracts.plan.v1.SubGoalChanged.TYPE,
            dk.tvaers.contracts.plan.v1.SubGoalAchieved.TYPE,
            dk.tvaers.contracts.plan.v1.SubGoalDropped.TYPE,
            dk.tvaers.contracts.plan.v1.FollowUpRecorded.TYPE,
            dk.tvaers.contracts.plan.v1.FollowUpRescheduled.TYPE,
            dk.tvaers.contracts.plan.v1.FollowUpDue.TYPE,
            dk.tvaers.contracts.plan.v1.FollowUpOverdue.TYPE,
            // offer-service
            OfferPublished.TYPE,
            OfferChanged.TYPE,
            OfferRetired.TYPE,
            SeatsExhausted.TYPE,
            CitizenEnrolled.TYPE,
            CitizenWaitlisted.TYPE,
            EnrolmentEnded.TYPE,
            // coordination-service
            ConsentGiven.TYPE,
            ConsentLimited.TYPE,
            ConsentWithdrawn.TYPE,
            CoordinatorDesignated.TYPE,
            CoordinatorNeeded.TYPE,
            ReferralSent.TYPE,
            ReferralStatusChanged.TYPE,
            ReferralUnanswered.TYPE,
            MeetingScheduled.TYPE,
            MeetingCancelled.TYPE,
            MeetingDecisionRecorded.TYPE,
            FollowUpProposed.TYPE,
            // sector systems
            InternshipStarted.TYPE,
            InternshipEnded.TYPE,
            BenefitChanged.TYPE,
            PatientAdmitted.TYPE,
            PatientDischarged.TYPE,
            TreatmentStarted.TYPE,
            TreatmentEnded.TYPE,
            RelapseReported.TYPE,
            ReleaseDateSet.TYPE,
            SupervisionEnded.TYPE);

    private static final Map<String, EventType<?>> BY_KEY = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(t -> key(t.name(), t.version()), Function.identity()));

    private EventCatalog() {
    }

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> find(String name, int version) {
        return Optional.ofNullable(BY_KEY.get(key(name, version)));
    }

    private static String key(String name, int version) {
        return name + "/v" + version;
    }
}
