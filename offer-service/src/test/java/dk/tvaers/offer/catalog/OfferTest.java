package dk.tvaers.offer.catalog;

import dk.tvaers.offer.Catalog;
import dk.tvaers.offer.catalog.api.Access;
import dk.tvaers.offer.catalog.api.ChangeOfferCommand;
import dk.tvaers.offer.catalog.api.DoubleBilledItem;
import dk.tvaers.offer.catalog.api.OfferChange;
import dk.tvaers.offer.catalog.api.OfferChangedEvent;
import dk.tvaers.offer.catalog.api.OfferDetails;
import dk.tvaers.offer.catalog.api.OfferKind;
import dk.tvaers.offer.catalog.api.OfferPublishedEvent;
import dk.tvaers.offer.catalog.api.OfferRetiredEvent;
import dk.tvaers.offer.catalog.api.PriceList;
import dk.tvaers.offer.catalog.api.PublishOfferCommand;
import dk.tvaers.offer.catalog.api.Rate;
import dk.tvaers.offer.catalog.api.RateUnit;
import dk.tvaers.offer.catalog.api.RetireOfferCommand;
import dk.tvaers.offer.catalog.api.Session;
import dk.tvaers.offer.catalog.api.SetOfferPricesCommand;
import dk.tvaers.offer.catalog.api.VirtualChannel;
import dk.tvaers.offer.catalog.command.Offer;
import dk.tvaers.offer.enrolment.api.CitizenEnrolledEvent;
import dk.tvaers.offer.enrolment.api.CitizenWaitlistedEvent;
import dk.tvaers.offer.enrolment.api.EndEnrolmentCommand;
import dk.tvaers.offer.enrolment.api.EnrolCitizenCommand;
import dk.tvaers.offer.enrolment.api.EnrolmentEndedEvent;
import dk.tvaers.offer.enrolment.api.EnrolmentOutcome;
import dk.tvaers.offer.enrolment.api.EnrolmentResult;
import dk.tvaers.offer.enrolment.api.EnrolmentStartedEvent;
import dk.tvaers.offer.enrolment.api.EnrolmentStatus;
import dk.tvaers.offer.enrolment.api.PunchCardVisitUsedEvent;
import dk.tvaers.offer.enrolment.api.RecordPunchCardVisitCommand;
import dk.tvaers.offer.enrolment.api.SeatsExhaustedEvent;
import dk.tvaers.offer.enrolment.api.StartEnrolmentCommand;
import dk.tvaers.platform.domain.ConflictException;
import dk.tvaers.platform.domain.NotFoundException;
import dk.tvaers.platform.domain.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The offer aggregate's rules, one test per rule: the catalog, prices, seats, waiting list and punch cards. */
class OfferTest {

    private static final UUID OFFER = UUID.fromString("3f2c9a4e-6b1d-4c8e-a5f7-2d9e0b1c4a61");
    private static final String HOLSTEBRO = "holstebro";
    private static final String LENE = "lene.leder";
    private static final String SOFIE = "sofie.social";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private AggregateTestFixture<Offer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Offer.class);
    }

    private static OfferPublishedEvent published(OfferDetails details) {
        return new OfferPublishedEvent(OFFER, HOLSTEBRO, 1, details, null, List.of(), LENE);
    }

    private static Matcher<?> rule(String code) {
        return Matchers.predicate(e -> (e instanceof RuleViolationException r && r.rule().equals(code))
                || (e instanceof ConflictException c && c.rule().equals(code)));
    }

    private static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }

    private static UUID citizen(int n) {
        return UUID.fromString(String.format("c0000000-0000-4000-8000-%012d", n));
    }

    private static CitizenEnrolledEvent enrolled(OfferDetails offer, int n) {
        return new CitizenEnrolledEvent(OFFER, id(n), citizen(n), HOLSTEBRO, "social-services",
                offer.provider().organisation(), DAY, false, offer.punchCardVisits(), SOFIE);
    }

    private static CitizenWaitlistedEvent waitlisted(OfferDetails offer, int n, int position) {
        return new CitizenWaitlistedEvent(OFFER, id(n), citizen(n), HOLSTEBRO, "social-services",
                offer.provider().organisation(), position, DAY, SOFIE);
    }

    private static EnrolCitizenCommand enrol(int n) {
        return new EnrolCitizenCommand(OFFER, id(n), citizen(n), HOLSTEBRO, "social-services", DAY, SOFIE);
    }

    /** An offer with the given seats, all taken. */
    private static List<Object> full(OfferDetails offer) {
        List<Object> events = new ArrayList<>();
        events.add(published(offer));
        for (int n = 1; n <= offer.capacity(); n++) {
            events.add(enrolled(offer, n));
        }
        events.add(new SeatsExhaustedEvent(OFFER, HOLSTEBRO, offer.provider().organisation(), offer.capacity()));
        return events;
    }

    @Nested
    class TheCatalog {

        @Test
        void publishesAnOfferAsVersionOne() {
            OfferDetails details = Catalog.servicePackage().build();
            fixture.givenNoPriorActivity()
                    .when(new PublishOfferCommand(OFFER, HOLSTEBRO, details, null, LENE))
                    .expectEvents(published(details))
                    .expectResultMessagePayload(OFFER);
        }

        @Test
        void publishingTheSameOfferAgainChangesNothing() {
            OfferDetails details = Catalog.servicePackage().build();
            fixture.given(published(details))
                    .when(new PublishOfferCommand(OFFER, HOLSTEBRO, details, null, LENE))
                    .expectNoEvents()
                    .expectResultMessagePayload(OFFER);
        }

        @Test
        void aServicePackageIsForAFunctionLevel() {
            fixture.givenNoPriorActivity()
                    .when(new PublishOfferCommand(OFFER, HOLSTEBRO, Catalog.servicePackage().functionLevel(null).build(),
                            null, LENE))
                    .expectException(rule("offer.package-needs-function-level"));
        }

        @Test
        void onlyAServicePackageHasAFunctionLevel() {
            fixture.givenNoPriorActivity()
                    .when(new PublishOfferCommand(OFFER, HOLSTEBRO, Catalog.groupCourse().functionLevel(3).build(),
                            null, LENE))
                    .expectException(rule("offer.function-level-only-for-packages"));
        }

        @Test
        void aServicePackageStatesItsWeeklyHours() {
            fixture.givenNoPriorActivity()
                    .when(new PublishOfferCommand(OFFER, HOLSTEBRO, Catalog.servicePackage().weeklyHours(null).build(),
                            null, LENE))
                    .expectException(rule("offer.hours-required"));
        }

        @Test
        void publishesIndividualSupportWithItsWeeklyHours() {
            OfferDetails details = Catalog.individualSupport().build();
            fixture.givenNoPriorActivity()
                    .when(new PublishOfferCommand(OFFER, HOLSTEBRO, details, null, LENE))
                    .expectEvents(published(details));
        }

        @Test
        void individualSupportStatesItsWeeklyHours() {
            fixture.givenNoPriorActivity()
                    .when(new PublishOfferCommand(OFFER, HOLSTEBRO, Catalog.individualSupport().weeklyHours(null)
                            .build(), null, LENE))
                    .expectException(rule("offer.hours-required"));
        }

        @Test
        void publishesVirtualSupportWithTheChannelsItIsGivenThrough() {
            OfferDetails details = Catalog.virtualSupport().build();
            fixture.givenNoPriorActivity()
                    .when(new PublishOfferCommand(OFFER, HOLSTEBRO, details, null, LENE))
                    .expectEvents(published(details));
        }

        @Test
        void virtualSupportSaysHowItReachesTheCitizen() {
            fixture.givenNoPriorActivity()
                    .when(new PublishOfferCommand(OFFER, HOLSTEBRO, Catalog.virtualSupport().channels(List.of())
                            .build(), null, LENE))
                    .expectException(rule("offer.virtual-support-needs-channels"));
        }

        @Test
        void onlyVirtualSupportIsGivenThroughChannels() {
            fixture.givenNoPriorActivity()
                    .when(new PublishOfferCommand(OFFER, HOLSTEBRO, Catalog.individualSupport()
                            .channels(List.of(VirtualChannel.PHONE)).build(), null, LENE))
                    .expectException(rule("offer.channels-only-for-virtual-support"));
        }

        @Test
        void aChannelNamedTwiceCountsOnce() {
            assertThat(Catalog.virtualSupport().channels(List.of(VirtualChannel.PHONE, VirtualChannel.APP,
                    VirtualChannel.PHONE)).build().channels()).containsExactly(VirtualChannel.PHONE, VirtualChannel.APP);
        }

        @Test
        void addingAChannelIsANewVersion() {
            OfferDetails v1 = Catalog.virtualSupport().build();
            OfferDetails v2 = Catalog.virtualSupport().channels(List.of(VirtualChannel.VIDEO, VirtualChannel.CHAT,
                    VirtualChannel.PHONE)).build();
            fixture.given(published(v1))
                    .when(new ChangeOfferCommand(OFFER, 1, v2, DAY, LENE))
                    .expectEvents(new OfferChangedEvent(OFFER, HOLSTEBRO, 2, OfferChange.DETAILS, v2, null, List.of(),
                            LENE));
        }

        @Test
        void aGroupCourseHasASchedule() {
            fixture.givenNoPriorActivity()
                    .when(new PublishOfferCommand(OFFER, HOLSTEBRO, Catalog.groupCourse().schedule(List.of()).build(),
                            null, LENE))
                    .expectException(rule("offer.course-needs-schedule"));
        }

        @Test
        void aGroupCourseHasSeats() {
            fixture.givenNoPriorActivity()
                    .when(new PublishOfferCommand(OFFER, HOLSTEBRO, Catalog.groupCourse().capacity(null).build(),
                            null, LENE))
                    .expectException(rule("offer.course-needs-seats"));
        }

        @Test
        void onlyAGroupCourseHasASchedule() {
            fixture.givenNoPriorActivity()
                    .when(new PublishOfferCommand(OFFER, HOLSTEBRO, Catalog.servicePackage()
                            .schedule(List.of(new Session(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0))))
                            .build(), null, LENE))
                    .expectException(rule("offer.schedule-only-for-courses"));
        }

        @Test
        void aSessionEndsAfterItStarts() {
            fixture.givenNoPriorActivity()
                    .when(new PublishOfferCommand(OFFER, HOLSTEBRO, Catalog.groupCourse()
                            .schedule(List.of(new Session(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(10, 0))))
                            .build(), null, LENE))
                    .expectException(rule("offer.session-ends-before-it-starts"));
        }

        @Test
        void aCourseEndsAfterItStarts() {
            fixture.givenNoPriorActivity()
                    .when(new PublishOfferCommand(OFFER, HOLSTEBRO, Catalog.groupCourse()
                            .startsOn(DAY).endsOn(DAY.minusDays(1)).build(), null, LENE))
                    .expectException(rule("offer.ends-before-it-starts"));
        }

        @Test
        void anOpenOfferNeedsNoReferral() {
            fixture.givenNoPriorActivity()
                    .when(new PublishOfferCommand(OFFER, HOLSTEBRO, Catalog.openOffer().access(Access.REFERRAL).build(),
                            null, LENE))
                    .expectException(rule("offer.open-offer-needs-no-referral"));
        }

        @Test
        void aPunchCardHasVisits() {
            fixture.givenNoPriorActivity()
                    .when(new PublishOfferCommand(OFFER, HOLSTEBRO, Catalog.punchCard().punchCardVisits(null).build(),
                            null, LENE))
                    .expectException(rule("offer.punch-card-needs-visits"));
        }

        @Test
        void onlyAPunchCardHasVisits() {
            fixture.givenNoPriorActivity()
                    .when(new PublishOfferCommand(OFFER, HOLSTEBRO, Catalog.servicePackage().punchCardVisits(10).build(),
                            null, LENE))
                    .expectException(rule("offer.visits-only-for-punch-cards"));
        }

        @Test
        void offersAreTimeLimitedUnlessMarkedOpenEnded() {
            fixture.givenNoPriorActivity()
                    .when(new PublishOfferCommand(OFFER, HOLSTEBRO,
                            Catalog.servicePackage().defaultDurationWeeks(null).build(), null, LENE))
                    .expectException(rule("offer.time-limit-required"));
        }

        @Test
        void anOpenEndedOfferHasNoTimeLimit() {
            fixture.givenNoPriorActivity()
                    .when(new PublishOfferCommand(OFFER, HOLSTEBRO,
                            Catalog.openOffer().defaultDurationWeeks(12).build(), null, LENE))
                    .expectException(rule("offer.open-ended-has-no-time-limit"));
        }

        @Test
        void aChangeMakesTheNextVersionAndKeepsTheFormer() {
            OfferDetails v1 = Catalog.servicePackage().build();
            OfferDetails v2 = Catalog.servicePackage().weeklyHours(new BigDecimal("6")).build();
            fixture.given(published(v1))
                    .when(new ChangeOfferCommand(OFFER, 1, v2, DAY, LENE))
                    .expectEvents(new OfferChangedEvent(OFFER, HOLSTEBRO, 2, OfferChange.DETAILS, v2, null, List.of(), LENE))
                    .expectResultMessagePayload(2);
        }

        @Test
        void anUnchangedOfferIsNotANewVersion() {
            OfferDetails v1 = Catalog.servicePackage().build();
            fixture.given(published(v1))
                    .when(new ChangeOfferCommand(OFFER, 1, Catalog.servicePackage().build(), DAY, LENE))
                    .expectNoEvents()
                    .expectResultMessagePayload(1);
        }

        @Test
        void aChangeBasedOnAnOldVersionIsAConflict() {
            OfferDetails v1 = Catalog.servicePackage().build();
            OfferDetails v2 = Catalog.servicePackage().weeklyHours(new BigDecimal("6")).build();
            fixture.given(published(v1), new OfferChangedEvent(OFFER, HOLSTEBRO, 2, OfferChange.DETAILS, v2, null, List.of(), LENE))
                    .when(new ChangeOfferCommand(OFFER, 1, Catalog.servicePackage().capacity(14).build(), DAY, LENE))
                    .expectException(rule("offer.stale-version"));
        }

        @Test
        void anOfferKeepsItsKind() {
            fixture.given(published(Catalog.servicePackage().build()))
                    .when(new ChangeOfferCommand(OFFER, 1, Catalog.servicePackage().kind(OfferKind.INDIVIDUAL_SUPPORT)
                            .functionLevel(null).build(), DAY, LENE))
                    .expectException(rule("offer.kind-is-fixed"));
        }

        @Test
        void anOfferCannotHaveFewerSeatsThanCitizensSeated() {
            OfferDetails course = Catalog.groupCourse().capacity(3).build();
            fixture.given(full(course))
                    .when(new ChangeOfferCommand(OFFER, 1, Catalog.groupCourse().capacity(2).build(), DAY, LENE))
                    .expectException(rule("offer.capacity-below-seats-taken"));
        }

        @Test
        void moreSeatsLetTheWaitingListMoveUp() {
            OfferDetails course = Catalog.groupCourse().capacity(2).build();
            OfferDetails bigger = Catalog.groupCourse().capacity(3).build();
            List<Object> history = full(course);
            history.add(waitlisted(course, 3, 1));
            history.add(waitlisted(course, 4, 2));
            fixture.given(history)
                    .when(new ChangeOfferCommand(OFFER, 1, bigger, DAY.plusDays(7), LENE))
                    .expectEvents(new OfferChangedEvent(OFFER, HOLSTEBRO, 2, OfferChange.DETAILS, bigger, null, List.of(), LENE),
                            new CitizenEnrolledEvent(OFFER, id(3), citizen(3), HOLSTEBRO, "social-services",
                                    "bosted-aaen", DAY.plusDays(7), true, null, LENE));
        }

        @Test
        void fewerSeatsDownToThoseTakenExhaustTheSeats() {
            OfferDetails course = Catalog.groupCourse().capacity(3).build();
            OfferDetails smaller = Catalog.groupCourse().capacity(2).build();
            fixture.given(published(course), enrolled(course, 1), enrolled(course, 2))
                    .when(new ChangeOfferCommand(OFFER, 1, smaller, DAY, LENE))
                    .expectEvents(new OfferChangedEvent(OFFER, HOLSTEBRO, 2, OfferChange.DETAILS, smaller, null, List.of(), LENE),
                            new SeatsExhaustedEvent(OFFER, HOLSTEBRO, "bosted-aaen", 2));
        }

        @Test
        void aRetiredOfferCannotChange() {
            OfferDetails v1 = Catalog.servicePackage().build();
            fixture.given(published(v1),
                            new OfferRetiredEvent(OFFER, HOLSTEBRO, 2, "holstebro", DAY, "Erstattet af pakke 4", LENE))
                    .when(new ChangeOfferCommand(OFFER, 2, Catalog.servicePackage().capacity(14).build(), DAY, LENE))
                    .expectException(rule("offer.retired"));
        }

        @Test
        void retiringClosesTheWaitingListAndLetsSeatedCitizensFinish() {
            OfferDetails course = Catalog.groupCourse().capacity(1).build();
            List<Object> history = full(course);
            history.add(waitlisted(course, 2, 1));
            fixture.given(history)
                    .when(new RetireOfferCommand(OFFER, DAY, "Forløbet udbydes ikke længere", LENE))
                    .expectEvents(new OfferRetiredEvent(OFFER, HOLSTEBRO, 2, "bosted-aaen", DAY,
                                    "Forløbet udbydes ikke længere", LENE),
                            new EnrolmentEndedEvent(OFFER, id(2), citizen(2), HOLSTEBRO, "social-services",
                                    "bosted-aaen", DAY, EnrolmentOutcome.OFFER_RETIRED, false, LENE));
        }

        @Test
        void anOfferIsRetiredOnce() {
            fixture.given(published(Catalog.servicePackage().build()),
                            new OfferRetiredEvent(OFFER, HOLSTEBRO, 2, "holstebro", DAY, "Erstattet", LENE))
                    .when(new RetireOfferCommand(OFFER, DAY, "Igen", LENE))
                    .expectException(rule("offer.already-retired"));
        }
    }

    @Nested
    class Prices {

        @Test
        void flagsAnItemTheBasicRateCoversThatASupplementBillsAgain() {
            OfferDetails details = Catalog.servicePackage().build();
            PriceList prices = Catalog.bostedPricesWithDoubleBilling();
            fixture.given(published(details))
                    .when(new SetOfferPricesCommand(OFFER, 1, prices, LENE))
                    .expectEvents(new OfferChangedEvent(OFFER, HOLSTEBRO, 2, OfferChange.PRICES, details, prices,
                            List.of(new DoubleBilledItem("Ledsagelse til læge", "T-LEDS")), LENE));
        }

        @Test
        void aPriceListWhoseSupplementsBillOnlyWhatTheBasicRateLeavesOutIsNotFlagged() {
            OfferDetails details = Catalog.servicePackage().build();
            PriceList prices = Catalog.bostedPricesWithoutOverlap();
            fixture.given(published(details))
                    .when(new SetOfferPricesCommand(OFFER, 1, prices, LENE))
                    .expectEvents(new OfferChangedEvent(OFFER, HOLSTEBRO, 2, OfferChange.PRICES, details, prices, List.of(),
                            LENE));
        }

        @Test
        void pricesGivenAtPublishingAreCheckedToo() {
            OfferDetails details = Catalog.servicePackage().build();
            PriceList prices = Catalog.bostedPricesWithDoubleBilling();
            fixture.givenNoPriorActivity()
                    .when(new PublishOfferCommand(OFFER, HOLSTEBRO, details, prices, LENE))
                    .expectEvents(new OfferPublishedEvent(OFFER, HOLSTEBRO, 1, details, prices,
                            List.of(new DoubleBilledItem("Ledsagelse til læge", "T-LEDS")), LENE));
        }

        @Test
        void samePricesAreNotANewVersion() {
            OfferDetails details = Catalog.servicePackage().build();
            PriceList prices = Catalog.bostedPricesWithoutOverlap();
            fixture.given(published(details), new OfferChangedEvent(OFFER, HOLSTEBRO, 2, OfferChange.PRICES, details,
                            prices, List.of(), LENE))
                    .when(new SetOfferPricesCommand(OFFER, 2, Catalog.bostedPricesWithoutOverlap(), LENE))
                    .expectNoEvents()
                    .expectResultMessagePayload(2);
        }

        @Test
        void pricesBasedOnAnOldVersionAreAConflictNamingTheCurrentOne() {
            OfferDetails details = Catalog.servicePackage().build();
            fixture.given(published(details), new OfferChangedEvent(OFFER, HOLSTEBRO, 2, OfferChange.DETAILS,
                            Catalog.servicePackage().capacity(14).build(), null, List.of(), LENE))
                    .when(new SetOfferPricesCommand(OFFER, 1, Catalog.bostedPricesWithoutOverlap(), LENE))
                    .expectException(Matchers.predicate(e -> e instanceof ConflictException c
                            && c.rule().equals("offer.stale-version") && Long.valueOf(2).equals(c.currentVersion())))
                    .expectNoEvents();
        }

        @Test
        void eachRateHasItsOwnCode() {
            PriceList prices = new PriceList(
                    new Rate("BASIS", "Basistakst", new BigDecimal("1000"), RateUnit.MONTH, List.of("Støtte")),
                    List.of(new Rate("BASIS", "Tillæg", new BigDecimal("100"), RateUnit.HOUR, List.of("Ledsagelse"))));
            fixture.given(published(Catalog.servicePackage().build()))
                    .when(new SetOfferPricesCommand(OFFER, 1, prices, LENE))
                    .expectException(rule("offer.rate-code-not-unique"));
        }

        @Test
        void aRetiredOfferGetsNoNewPrices() {
            fixture.given(published(Catalog.servicePackage().build()),
                            new OfferRetiredEvent(OFFER, HOLSTEBRO, 2, "holstebro", DAY, "Erstattet", LENE))
                    .when(new SetOfferPricesCommand(OFFER, 2, Catalog.bostedPricesWithoutOverlap(), LENE))
                    .expectException(rule("offer.retired"));
        }
    }

    @Nested
    class Seats {

        @Test
        void aCitizenGetsAFreeSeat() {
            OfferDetails course = Catalog.groupCourse().build();
            fixture.given(published(course))
                    .when(enrol(1))
                    .expectEvents(enrolled(course, 1))
                    .expectResultMessagePayload(new EnrolmentResult(id(1), citizen(1), EnrolmentStatus.ENROLLED, null));
        }

        @Test
        void takingTheLastSeatAnnouncesThatTheSeatsAreExhausted() {
            OfferDetails course = Catalog.groupCourse().capacity(2).build();
            fixture.given(published(course), enrolled(course, 1))
                    .when(enrol(2))
                    .expectEvents(enrolled(course, 2), new SeatsExhaustedEvent(OFFER, HOLSTEBRO, "bosted-aaen", 2));
        }

        @Test
        void aFullOfferPutsTheCitizenOnTheWaitingList() {
            OfferDetails course = Catalog.groupCourse().capacity(2).build();
            List<Object> history = full(course);
            history.add(waitlisted(course, 3, 1));
            fixture.given(history)
                    .when(enrol(4))
                    .expectEvents(waitlisted(course, 4, 2))
                    .expectResultMessagePayload(new EnrolmentResult(id(4), citizen(4), EnrolmentStatus.WAITLISTED, 2));
        }

        @Test
        void aSeatThatComesFreeGoesToTheFirstOnTheWaitingList() {
            OfferDetails course = Catalog.groupCourse().capacity(2).build();
            List<Object> history = full(course);
            history.add(waitlisted(course, 3, 1));
            history.add(waitlisted(course, 4, 2));
            fixture.given(history)
                    .when(new EndEnrolmentCommand(OFFER, id(1), DAY.plusDays(3), EnrolmentOutcome.DISCONTINUED, SOFIE))
                    .expectEvents(new EnrolmentEndedEvent(OFFER, id(1), citizen(1), HOLSTEBRO, "social-services",
                                    "bosted-aaen", DAY.plusDays(3), EnrolmentOutcome.DISCONTINUED, true, SOFIE),
                            new CitizenEnrolledEvent(OFFER, id(3), citizen(3), HOLSTEBRO, "social-services",
                                    "bosted-aaen", DAY.plusDays(3), true, null, SOFIE));
        }

        @Test
        void anOfferWithoutALimitNeverFills() {
            OfferDetails cafe = Catalog.openOffer().build();
            List<Object> history = new ArrayList<>(List.of(published(cafe)));
            for (int n = 1; n <= 50; n++) {
                history.add(new CitizenEnrolledEvent(OFFER, id(n), citizen(n), HOLSTEBRO, null, "bosted-aaen", DAY,
                        false, null, SOFIE));
            }
            fixture.given(history)
                    .when(new EnrolCitizenCommand(OFFER, id(51), citizen(51), HOLSTEBRO, null, DAY, SOFIE))
                    .expectEvents(new CitizenEnrolledEvent(OFFER, id(51), citizen(51), HOLSTEBRO, null, "bosted-aaen",
                            DAY, false, null, SOFIE));
        }

        @Test
        void aReferredOfferNeedsAReferringSector() {
            fixture.given(published(Catalog.groupCourse().build()))
                    .when(new EnrolCitizenCommand(OFFER, id(1), citizen(1), HOLSTEBRO, null, DAY, SOFIE))
                    .expectException(rule("enrolment.referral-required"));
        }

        @Test
        void anOpenOfferRecordsNoReferringSector() {
            fixture.given(published(Catalog.openOffer().build()))
                    .when(new EnrolCitizenCommand(OFFER, id(1), citizen(1), HOLSTEBRO, "jobcenter", DAY, SOFIE))
                    .expectEvents(new CitizenEnrolledEvent(OFFER, id(1), citizen(1), HOLSTEBRO, null, "bosted-aaen",
                            DAY, false, null, SOFIE));
        }

        @Test
        void aCitizenIsOnAnOfferOnce() {
            OfferDetails course = Catalog.groupCourse().build();
            fixture.given(published(course), enrolled(course, 1))
                    .when(new EnrolCitizenCommand(OFFER, id(99), citizen(1), HOLSTEBRO, "jobcenter", DAY, SOFIE))
                    .expectException(rule("enrolment.already-on-offer"));
        }

        @Test
        void theSameEnrolmentAgainReturnsTheFirstResult() {
            OfferDetails course = Catalog.groupCourse().capacity(1).build();
            List<Object> history = full(course);
            history.add(waitlisted(course, 2, 1));
            fixture.given(history)
                    .when(enrol(2))
                    .expectNoEvents()
                    .expectResultMessagePayload(new EnrolmentResult(id(2), citizen(2), EnrolmentStatus.WAITLISTED, 1));
        }

        @Test
        void anEnrolmentIdBelongsToOneCitizen() {
            OfferDetails course = Catalog.groupCourse().build();
            fixture.given(published(course), enrolled(course, 1))
                    .when(new EnrolCitizenCommand(OFFER, id(1), citizen(2), HOLSTEBRO, "social-services", DAY, SOFIE))
                    .expectException(rule("enrolment.id-in-use"));
        }

        @Test
        void aRetiredOfferTakesNoNewCitizens() {
            fixture.given(published(Catalog.groupCourse().build()),
                            new OfferRetiredEvent(OFFER, HOLSTEBRO, 2, "bosted-aaen", DAY, "Lukket", LENE))
                    .when(enrol(1))
                    .expectException(rule("enrolment.offer-retired"));
        }

        @Test
        void aCitizenCanLeaveTheWaitingList() {
            OfferDetails course = Catalog.groupCourse().capacity(1).build();
            List<Object> history = full(course);
            history.add(waitlisted(course, 2, 1));
            history.add(waitlisted(course, 3, 2));
            fixture.given(history)
                    .when(new EndEnrolmentCommand(OFFER, id(2), DAY, EnrolmentOutcome.WITHDRAWN, SOFIE))
                    .expectEvents(new EnrolmentEndedEvent(OFFER, id(2), citizen(2), HOLSTEBRO, "social-services",
                            "bosted-aaen", DAY, EnrolmentOutcome.WITHDRAWN, false, SOFIE))
                    .expectResultMessagePayload(new EnrolmentResult(id(2), citizen(2), EnrolmentStatus.ENDED, null));
        }

        @Test
        void theWaitingListMovesUpWhenSomeoneAheadLeavesIt() {
            OfferDetails course = Catalog.groupCourse().capacity(1).build();
            List<Object> history = full(course);
            history.add(waitlisted(course, 2, 1));
            history.add(waitlisted(course, 3, 2));
            history.add(new EnrolmentEndedEvent(OFFER, id(2), citizen(2), HOLSTEBRO, "social-services",
                    "bosted-aaen", DAY, EnrolmentOutcome.WITHDRAWN, false, SOFIE));
            fixture.given(history)
                    .when(enrol(3))
                    .expectNoEvents()
                    .expectResultMessagePayload(new EnrolmentResult(id(3), citizen(3), EnrolmentStatus.WAITLISTED, 1));
        }

        @Test
        void aCitizenOnTheWaitingListCanOnlyWithdraw() {
            OfferDetails course = Catalog.groupCourse().capacity(1).build();
            List<Object> history = full(course);
            history.add(waitlisted(course, 2, 1));
            fixture.given(history)
                    .when(new EndEnrolmentCommand(OFFER, id(2), DAY, EnrolmentOutcome.COMPLETED, SOFIE))
                    .expectException(rule("enrolment.waitlisted-can-only-withdraw"));
        }
    }

    @Nested
    class StartAndEnd {

        @Test
        void startingRecordsTheEndOfTheOffersTimeLimit() {
            OfferDetails course = Catalog.groupCourse().build();
            fixture.given(published(course), enrolled(course, 1))
                    .when(new StartEnrolmentCommand(OFFER, id(1), DAY.plusDays(7), "bosted-aaen"))
                    .expectEvents(new EnrolmentStartedEvent(OFFER, id(1), citizen(1), DAY.plusDays(7),
                            DAY.plusDays(7).plusWeeks(10), "bosted-aaen"));
        }

        @Test
        void anOpenEndedOfferHasNoPlannedEnd() {
            OfferDetails cafe = Catalog.openOffer().build();
            fixture.given(published(cafe), new CitizenEnrolledEvent(OFFER, id(1), citizen(1), HOLSTEBRO, null,
                            "bosted-aaen", DAY, false, null, SOFIE))
                    .when(new StartEnrolmentCommand(OFFER, id(1), DAY, "bosted-aaen"))
                    .expectEvents(new EnrolmentStartedEvent(OFFER, id(1), citizen(1), DAY, null, "bosted-aaen"));
        }

        @Test
        void aCitizenOnTheWaitingListCannotStart() {
            OfferDetails course = Catalog.groupCourse().capacity(1).build();
            List<Object> history = full(course);
            history.add(waitlisted(course, 2, 1));
            fixture.given(history)
                    .when(new StartEnrolmentCommand(OFFER, id(2), DAY, "bosted-aaen"))
                    .expectException(rule("enrolment.waiting-for-a-seat"));
        }

        @Test
        void anEnrolmentCannotStartBeforeTheSeatWasGiven() {
            OfferDetails course = Catalog.groupCourse().build();
            fixture.given(published(course), enrolled(course, 1))
                    .when(new StartEnrolmentCommand(OFFER, id(1), DAY.minusDays(1), "bosted-aaen"))
                    .expectException(rule("enrolment.starts-before-enrolment"));
        }

        @Test
        void anEnrolmentStartsOnce() {
            OfferDetails course = Catalog.groupCourse().build();
            fixture.given(published(course), enrolled(course, 1),
                            new EnrolmentStartedEvent(OFFER, id(1), citizen(1), DAY, DAY.plusWeeks(10), "bosted-aaen"))
                    .when(new StartEnrolmentCommand(OFFER, id(1), DAY, "bosted-aaen"))
                    .expectException(rule("enrolment.already-started"));
        }

        @Test
        void completesAStartedEnrolment() {
            OfferDetails course = Catalog.groupCourse().build();
            fixture.given(published(course), enrolled(course, 1),
                            new EnrolmentStartedEvent(OFFER, id(1), citizen(1), DAY, DAY.plusWeeks(10), "bosted-aaen"))
                    .when(new EndEnrolmentCommand(OFFER, id(1), DAY.plusWeeks(10), EnrolmentOutcome.COMPLETED,
                            "bosted-aaen"))
                    .expectEvents(new EnrolmentEndedEvent(OFFER, id(1), citizen(1), HOLSTEBRO, "social-services",
                            "bosted-aaen", DAY.plusWeeks(10), EnrolmentOutcome.COMPLETED, true, "bosted-aaen"));
        }

        @Test
        void whatHasNotStartedCannotBeCompleted() {
            OfferDetails course = Catalog.groupCourse().build();
            fixture.given(published(course), enrolled(course, 1))
                    .when(new EndEnrolmentCommand(OFFER, id(1), DAY, EnrolmentOutcome.COMPLETED, SOFIE))
                    .expectException(rule("enrolment.not-started"));
        }

        @Test
        void aStartedEnrolmentIsDiscontinuedAndFreesItsSeat() {
            OfferDetails course = Catalog.groupCourse().build();
            fixture.given(published(course), enrolled(course, 1),
                            new EnrolmentStartedEvent(OFFER, id(1), citizen(1), DAY, DAY.plusWeeks(10), "bosted-aaen"))
                    .when(new EndEnrolmentCommand(OFFER, id(1), DAY.plusWeeks(3), EnrolmentOutcome.DISCONTINUED,
                            SOFIE))
                    .expectEvents(new EnrolmentEndedEvent(OFFER, id(1), citizen(1), HOLSTEBRO, "social-services",
                            "bosted-aaen", DAY.plusWeeks(3), EnrolmentOutcome.DISCONTINUED, true, SOFIE));
        }

        @Test
        void aStartedEnrolmentIsCompletedOrDiscontinuedNeverWithdrawn() {
            OfferDetails course = Catalog.groupCourse().build();
            fixture.given(published(course), enrolled(course, 1),
                            new EnrolmentStartedEvent(OFFER, id(1), citizen(1), DAY, DAY.plusWeeks(10), "bosted-aaen"))
                    .when(new EndEnrolmentCommand(OFFER, id(1), DAY.plusWeeks(3), EnrolmentOutcome.WITHDRAWN, SOFIE))
                    .expectException(rule("enrolment.started-completes-or-discontinues"))
                    .expectNoEvents();
        }

        @Test
        void anEnrolmentCannotEndBeforeItStarted() {
            OfferDetails course = Catalog.groupCourse().build();
            fixture.given(published(course), enrolled(course, 1),
                            new EnrolmentStartedEvent(OFFER, id(1), citizen(1), DAY.plusDays(7), null, "bosted-aaen"))
                    .when(new EndEnrolmentCommand(OFFER, id(1), DAY, EnrolmentOutcome.DISCONTINUED, SOFIE))
                    .expectException(rule("enrolment.ends-before-it-began"));
        }

        @Test
        void anEnrolmentEndsOnce() {
            OfferDetails course = Catalog.groupCourse().build();
            fixture.given(published(course), enrolled(course, 1),
                            new EnrolmentEndedEvent(OFFER, id(1), citizen(1), HOLSTEBRO, "social-services",
                                    "bosted-aaen", DAY, EnrolmentOutcome.DISCONTINUED, true, SOFIE))
                    .when(new EndEnrolmentCommand(OFFER, id(1), DAY, EnrolmentOutcome.DISCONTINUED, SOFIE))
                    .expectException(rule("enrolment.ended"));
        }

        @Test
        void anUnknownEnrolmentIsNotFound() {
            fixture.given(published(Catalog.groupCourse().build()))
                    .when(new StartEnrolmentCommand(OFFER, id(7), DAY, SOFIE))
                    .expectException(NotFoundException.class);
        }
    }

    @Nested
    class PunchCards {

        @Test
        void aVisitCountsTheCardDown() {
            OfferDetails card = Catalog.punchCard().build();
            fixture.given(published(card), enrolled(card, 1))
                    .when(new RecordPunchCardVisitCommand(OFFER, id(1), DAY.plusDays(2), "bosted-aaen"))
                    .expectEvents(new PunchCardVisitUsedEvent(OFFER, id(1), citizen(1), DAY.plusDays(2), 9,
                            "bosted-aaen"));
        }

        @Test
        void theLastVisitCompletesTheCardAndFreesItsSeat() {
            OfferDetails card = Catalog.punchCard().capacity(1).punchCardVisits(2).build();
            List<Object> history = full(card);
            history.add(new PunchCardVisitUsedEvent(OFFER, id(1), citizen(1), DAY, 1, "bosted-aaen"));
            history.add(waitlisted(card, 2, 1));
            fixture.given(history)
                    .when(new RecordPunchCardVisitCommand(OFFER, id(1), DAY.plusDays(5), "bosted-aaen"))
                    .expectEvents(new PunchCardVisitUsedEvent(OFFER, id(1), citizen(1), DAY.plusDays(5), 0,
                                    "bosted-aaen"),
                            new EnrolmentEndedEvent(OFFER, id(1), citizen(1), HOLSTEBRO, "social-services",
                                    "bosted-aaen", DAY.plusDays(5), EnrolmentOutcome.COMPLETED, true, "bosted-aaen"),
                            new CitizenEnrolledEvent(OFFER, id(2), citizen(2), HOLSTEBRO, "social-services",
                                    "bosted-aaen", DAY.plusDays(5), true, 2, "bosted-aaen"));
        }

        @Test
        void aUsedCardNeverGoesBelowZero() {
            OfferDetails card = Catalog.punchCard().punchCardVisits(1).build();
            fixture.given(published(card), enrolled(card, 1),
                            new PunchCardVisitUsedEvent(OFFER, id(1), citizen(1), DAY, 0, "bosted-aaen"),
                            new EnrolmentEndedEvent(OFFER, id(1), citizen(1), HOLSTEBRO, "social-services",
                                    "bosted-aaen", DAY, EnrolmentOutcome.COMPLETED, true, "bosted-aaen"))
                    .when(new RecordPunchCardVisitCommand(OFFER, id(1), DAY.plusDays(1), "bosted-aaen"))
                    .expectException(rule("enrolment.no-visits-left"));
        }

        @Test
        void onlyAPunchCardHasVisitsToCount() {
            OfferDetails course = Catalog.groupCourse().build();
            fixture.given(published(course), enrolled(course, 1))
                    .when(new RecordPunchCardVisitCommand(OFFER, id(1), DAY, "bosted-aaen"))
                    .expectException(rule("enrolment.not-a-punch-card"));
        }

        @Test
        void aCitizenWaitingForACardHasNoVisitsYet() {
            OfferDetails card = Catalog.punchCard().capacity(1).build();
            List<Object> history = full(card);
            history.add(waitlisted(card, 2, 1));
            fixture.given(history)
                    .when(new RecordPunchCardVisitCommand(OFFER, id(2), DAY, "bosted-aaen"))
                    .expectException(rule("enrolment.waiting-for-a-seat"));
        }

        @Test
        void aVisitCannotBeBeforeTheCitizenGotTheCard() {
            OfferDetails card = Catalog.punchCard().build();
            fixture.given(published(card), enrolled(card, 1))
                    .when(new RecordPunchCardVisitCommand(OFFER, id(1), DAY.minusDays(1), "bosted-aaen"))
                    .expectException(rule("enrolment.visit-before-enrolment"))
                    .expectNoEvents();
        }

        @Test
        void anEndedCardTakesNoMoreVisits() {
            OfferDetails card = Catalog.punchCard().build();
            fixture.given(published(card), enrolled(card, 1),
                            new EnrolmentEndedEvent(OFFER, id(1), citizen(1), HOLSTEBRO, "social-services",
                                    "bosted-aaen", DAY, EnrolmentOutcome.DISCONTINUED, true, SOFIE))
                    .when(new RecordPunchCardVisitCommand(OFFER, id(1), DAY.plusDays(1), "bosted-aaen"))
                    .expectException(rule("enrolment.ended"));
        }
    }

    @Nested
    class Erasure {

        @Test
        void anErasedCitizensSeatGoesToTheFirstOnTheWaitingList() {
            OfferDetails course = Catalog.groupCourse().capacity(1).build();
            List<Object> history = full(course);
            history.add(waitlisted(course, 2, 1));
            fixture.given(history)
                    .when(new EndEnrolmentCommand(OFFER, id(1), DAY.plusDays(3), EnrolmentOutcome.CITIZEN_ERASED,
                            "system"))
                    .expectEvents(new EnrolmentEndedEvent(OFFER, id(1), citizen(1), HOLSTEBRO, "social-services",
                                    "bosted-aaen", DAY.plusDays(3), EnrolmentOutcome.CITIZEN_ERASED, true, "system"),
                            new CitizenEnrolledEvent(OFFER, id(2), citizen(2), HOLSTEBRO, "social-services",
                                    "bosted-aaen", DAY.plusDays(3), true, null, "system"));
        }

        @Test
        void anErasedCitizenLeavesTheWaitingListWhateverTheRulesForWithdrawing() {
            OfferDetails course = Catalog.groupCourse().capacity(1).build();
            List<Object> history = full(course);
            history.add(waitlisted(course, 2, 1));
            fixture.given(history)
                    .when(new EndEnrolmentCommand(OFFER, id(2), DAY, EnrolmentOutcome.CITIZEN_ERASED, "system"))
                    .expectEvents(new EnrolmentEndedEvent(OFFER, id(2), citizen(2), HOLSTEBRO, "social-services",
                            "bosted-aaen", DAY, EnrolmentOutcome.CITIZEN_ERASED, false, "system"));
        }

        @Test
        void aStartedEnrolmentEndsTooAndNeverBeforeItBegan() {
            OfferDetails course = Catalog.groupCourse().build();
            fixture.given(published(course), enrolled(course, 1),
                            new EnrolmentStartedEvent(OFFER, id(1), citizen(1), DAY.plusDays(7), null, SOFIE))
                    .when(new EndEnrolmentCommand(OFFER, id(1), DAY.minusDays(1), EnrolmentOutcome.CITIZEN_ERASED,
                            "system"))
                    .expectEvents(new EnrolmentEndedEvent(OFFER, id(1), citizen(1), HOLSTEBRO, "social-services",
                            "bosted-aaen", DAY.plusDays(7), EnrolmentOutcome.CITIZEN_ERASED, true, "system"));
        }

        @Test
        void anErasureRedeliveredAfterTheEndChangesNothing() {
            OfferDetails course = Catalog.groupCourse().build();
            fixture.given(published(course), enrolled(course, 1), new EnrolmentEndedEvent(OFFER, id(1), citizen(1),
                            HOLSTEBRO, "social-services", "bosted-aaen", DAY, EnrolmentOutcome.CITIZEN_ERASED, true,
                            "system"))
                    .when(new EndEnrolmentCommand(OFFER, id(1), DAY, EnrolmentOutcome.CITIZEN_ERASED, "system"))
                    .expectNoEvents()
                    .expectResultMessagePayload(new EnrolmentResult(id(1), citizen(1), EnrolmentStatus.ENDED, null));
        }
    }
}
