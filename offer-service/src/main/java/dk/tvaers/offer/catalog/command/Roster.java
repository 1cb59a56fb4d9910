package dk.tvaers.offer.catalog.command;

import dk.tvaers.offer.enrolment.api.EnrolmentStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The citizens on one offer: who holds a seat, who waits and in which order. State only, no rules. */
final class Roster {

    /** One citizen's enrolment on the offer. */
    static final class Entry {
        final UUID enrolmentId;
        final UUID citizenId;
        final String organisation;
        final String referringSector;
        EnrolmentStatus status;
        LocalDate since;
        Integer visitsRemaining;

        Entry(UUID enrolmentId, UUID citizenId, String organisation, String referringSector,
              EnrolmentStatus status, LocalDate since, Integer visitsRemaining) {
            this.enrolmentId = enrolmentId;
            this.citizenId = citizenId;
            this.organisation = organisation;
            this.referringSector = referringSector;
            this.status = status;
            this.since = since;
            this.visitsRemaining = visitsRemaining;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Entry e && enrolmentId.equals(e.enrolmentId) && citizenId.equals(e.citizenId)
                    && Objects.equals(organisation, e.organisation)
                    && Objects.equals(referringSector, e.referringSector) && status == e.status
                    && Objects.equals(since, e.since) && Objects.equals(visitsRemaining, e.visitsRemaining);
        }

        @Override
        public int hashCode() {
            return enrolmentId.hashCode();
        }
    }

    private final Map<UUID, Entry> entries = new HashMap<>();
    private final List<UUID> waitlist = new ArrayList<>();
    private int seatsTaken;

    Optional<Entry> find(UUID enrolmentId) {
        return Optional.ofNullable(entries.get(enrolmentId));
    }

    Optional<Entry> activeOf(UUID citizenId) {
        return entries.values().stream()
                .filter(e -> e.citizenId.equals(citizenId) && e.status != EnrolmentStatus.ENDED)
                .findFirst();
    }

    int seatsTaken() {
        return seatsTaken;
    }

    int waiting() {
        return waitlist.size();
    }

    int positionOf(UUID enrolmentId) {
        return waitlist.indexOf(enrolmentId) + 1;
    }

    List<Entry> waitlisted() {
        return waitlist.stream().map(entries::get).toList();
    }

    Optional<Entry> nextInLine() {
        return waitlist.isEmpty() ? Optional.empty() : Optional.of(entries.get(waitlist.get(0)));
    }

    void waitlist(Entry entry) {
        entries.put(entry.enrolmentId, entry);
        waitlist.add(entry.enrolmentId);
    }

    void seat(Entry entry) {
        entries.put(entry.enrolmentId, entry);
        waitlist.remove(entry.enrolmentId);
        seatsTaken++;
    }

    void end(UUID enrolmentId) {
        Entry entry = entries.get(enrolmentId);
        if (entry.status.holdsSeat()) {
            seatsTaken--;
        }
        waitlist.remove(enrolmentId);
        entry.status = EnrolmentStatus.ENDED;
    }
}
