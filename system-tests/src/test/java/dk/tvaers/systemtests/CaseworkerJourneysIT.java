package dk.tvaers.systemtests;

import dk.tvaers.testsupport.TestCpr;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.tvaers.systemtests.RunningPlatform.created;
import static dk.tvaers.systemtests.RunningPlatform.post;
import static dk.tvaers.systemtests.RunningPlatform.put;
import static org.awaitility.Awaitility.await;

/**
 * A working day with one citizen, as the people would do it in the browser: the coordinating caseworker at social
 * services signs in, finds the citizen, becomes coordinator, records the citizen's consent, writes a goal and a
 * sub-goal and records a follow-up, which the jobcenter's caseworker, with the same plan open, sees appear by itself;
 * the citizen is enrolled on an offer, which becomes an activity in the plan; a grant above the caseworker's authority goes to the team leader, who approves
 * it. Each main screen is photographed and checked with axe-core. The journeys build on each other, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(RunningPlatform.Shared.class)
class CaseworkerJourneysIT {

    static final String SOFIE = "sofie.social";
    static final String JONAS = "jonas.job";
    static final String LENE = "lene.leder";
    static final String OFFER = "Bostøtte i eget hjem";

    Browser browser;
    String citizenId;
    String citizenName;
    Page sofie;
    Page jonas;

    @BeforeAll
    void platformAndData() {
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        browser = new Browser();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        citizenName = "Mads Testesen " + random.nextInt(1000, 9999);
        String cpr = TestCpr.random();
        citizenId = (String) created(post(SOFIE, "/api/citizens", Map.of("cpr", cpr, "name", citizenName)))
                .get("citizenId");
        created(post(SOFIE, "/api/cases", Map.of("citizenId", citizenId, "legalBasis", "Serviceloven §85")));
        created(post(JONAS, "/api/cases", Map.of("citizenId", citizenId, "legalBasis", "LAB §2")));
        // her team (case-service seeds it from its configuration, so defining it again may be a 409): the
        // recommended caseload and the caseworkers' authority in hours a week
        int team = post(LENE, "/api/teams", Map.of("teamId", "voksen-holstebro", "name", "Voksenteamet",
                "recommendedCaseload", 25, "authorityHoursPerWeek", 5)).getStatusCode().value();
        org.assertj.core.api.Assertions.assertThat(team).isIn(201, 409);
        org.assertj.core.api.Assertions.assertThat(put(LENE, "/api/teams/voksen-holstebro/members/{id}", Map.of(),
                SOFIE).getStatusCode().value()).isEqualTo(204);
        created(post(LENE, "/api/offers", offer()));
        RunningPlatform.awaitInvolved(SOFIE, citizenId, 2);
        RunningPlatform.awaitPlan(SOFIE, citizenId);
    }

    /** What each person's screen showed when a journey failed. */
    @RegisterExtension
    final TestWatcher screenshotsOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            String test = context.getRequiredTestMethod().getName();
            if (sofie != null) {
                browser.screenshot(sofie, "failed-" + test + "-sofie");
            }
            if (jonas != null) {
                browser.screenshot(jonas, "failed-" + test + "-jonas");
            }
        }
    };

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void theCoordinatorSignsInAndSeesHerCitizensAndCaseload() {
        sofie = browser.signIn(SOFIE, Browser.LAPTOP);

        assertThat(sofie.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mine borgere").setLevel(1)))
                .isVisible();
        assertThat(sofie.locator("#caseload")).hasText(Pattern.compile("\\d+ sag(er)? af anbefalet \\d+"));
        assertThat(sofie.locator("#others")).containsText(citizenName);
        browser.screenshot(sofie, "01-mine-borgere");
        browser.checkAccessibility(sofie, "Mine borgere");
    }

    @Test
    @Order(2)
    void everyThingCanBeReachedWithTheKeyboardStartingWithTheSkipLink() {
        sofie.navigate(RunningPlatform.appUrl() + "/");
        assertThat(sofie.locator("#others")).containsText(citizenName);
        sofie.keyboard().press("Tab");
        assertThat(sofie.locator(":focus")).hasText("Gå til sidens indhold");
        sofie.keyboard().press("Enter");
        sofie.keyboard().press("Tab");
        assertThat(sofie.locator(":focus")).not().hasText("Gå til sidens indhold");
        // to the citizen's plan by keyboard alone
        Locator link = sofie.locator("#others").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(citizenName));
        link.focus();
        sofie.keyboard().press("Enter");
        assertThat(sofie.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(citizenName).setLevel(1)))
                .isFocused();
    }

    @Test
    @Order(3)
    void theCitizensOnePlanShowsWhoWorksWithTheCitizen() {
        assertThat(sofie.locator("#involved-sectors")).containsText("Socialforvaltning");
        assertThat(sofie.locator("#involved-sectors")).containsText("Jobcenter");
        assertThat(sofie.locator("#involved-sectors")).containsText(JONAS);
        assertThat(sofie.locator("#consent-glance")).containsText("Intet samtykke");
        assertThat(sofie.locator(".tvaers-live")).hasText("Opdateres automatisk");
        browser.screenshot(sofie, "02-plan-uden-koordinator");
        browser.checkAccessibility(sofie, "Borgerens plan");
    }

    @Test
    @Order(4)
    void sheDesignatesHerselfCoordinator() {
        sofie.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Udpeg koordinator")).click();
        sofie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Udpeg koordinator")).click();
        assertThat(sofie.locator(".form-error-message").first()).containsText("Vælg hvem der skal koordinere.");
        browser.checkAccessibility(sofie, "Udpeg koordinator (med fejl)");
        sofie.getByLabel(Pattern.compile("^" + SOFIE + ", Socialforvaltning")).check();
        browser.screenshot(sofie, "03-udpeg-koordinator");
        sofie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Udpeg koordinator")).click();

        assertThat(sofie.locator("#coordinator")).containsText(SOFIE);
        assertThat(sofie.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skift koordinator"))).isVisible();
    }

    @Test
    @Order(5)
    void sheRecordsTheCitizensConsentToSharePlansBetweenTheSectors() {
        sofie.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrér samtykke")).click();
        assertThat(sofie.getByLabel(Pattern.compile("^Jobcenter"))).isChecked();
        assertThat(sofie.getByLabel(Pattern.compile("^Planen"))).isChecked();
        browser.checkAccessibility(sofie, "Samtykke");
        sofie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrér samtykke")).click();
        assertThat(sofie.getByText(Pattern.compile("Samtykket er registreret"))).isVisible();
        assertThat(sofie.locator("#consents")).containsText("Givet");
        browser.screenshot(sofie, "04-samtykke");
        sofie.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilbage til planen")).click();
        assertThat(sofie.locator("#consent-glance")).containsText("Samtykke");
    }

    @Test
    @Order(6)
    void sheWritesTheDreamAGoalAndAPrioritisedSubGoalWithTheCitizen() {
        sofie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skriv drømmen")).click();
        sofie.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Borgerens drøm")).fill("Jeg vil have min egen lejlighed og et arbejde med dyr");
        sofie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem drømmen")).click();
        assertThat(sofie.locator("#dream")).containsText("min egen lejlighed");

        sofie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilføj overordnet mål")).click();
        sofie.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Overordnet mål")).fill("Få styr på økonomien");
        sofie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem mål")).click();
        assertThat(sofie.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Få styr på økonomien")))
                .isVisible();

        sofie.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilføj delmål")).click();
        sofie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilføj delmål")).click();
        assertThat(sofie.locator(".error-summary")).isFocused();
        assertThat(sofie.locator("#felt-description-error")).containsText("Beskriv delmålet kort og konkret.");
        browser.screenshot(sofie, "05-delmaal-fejl");
        browser.checkAccessibility(sofie, "Tilføj delmål (med fejl)");

        sofie.getByLabel("Delmål", new Page.GetByLabelOptions().setExact(true)).fill("Betale husleje til tiden hver måned");
        sofie.getByLabel("Prioritet").fill("1");
        sofie.getByLabel("Livsområde").selectOption("SURROUNDINGS");
        sofie.getByLabel("Start").fill("3");
        sofie.getByLabel("Mål", new Page.GetByLabelOptions().setExact(true)).fill("8");
        sofie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilføj delmål")).click();

        assertThat(sofie.getByText("Delmålet er tilføjet planen.")).isVisible();
        assertThat(sofie.locator(".tvaers-subgoals")).containsText("Betale husleje til tiden hver måned");
        assertThat(sofie.locator(".tvaers-subgoals")).containsText("Socialforvaltning");
    }

    @Test
    @Order(7)
    void theJobcenterSeesAFollowUpAppearOnTheOpenPlanWithoutReloading() {
        // the consent travels from coordination-service to plan-service as an event; wait for it to arrive
        await().atMost(RunningPlatform.WAIT).untilAsserted(() -> org.assertj.core.api.Assertions.assertThat(
                        (List<?>) RunningPlatform.as(JONAS).get().uri("/api/plans/citizens/{id}", citizenId).retrieve()
                                .body(Map.class).get("subGoals"))
                .as("the social services' sub-goal, shared with the jobcenter by the citizen's consent").hasSize(1));
        jonas = browser.signIn(JONAS, Browser.TABLET);
        jonas.navigate(RunningPlatform.appUrl() + "/borgere/" + citizenId);
        assertThat(jonas.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(citizenName).setLevel(1)))
                .isVisible();
        assertThat(jonas.locator(".tvaers-live")).hasText("Opdateres automatisk");
        jonas.evaluate("() => { window.tvaersStillTheSamePage = true; }");

        sofie.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrér opfølgning")).click();
        sofie.getByLabel("Navn på deltager 2").fill("Mads");
        sofie.getByLabel("Måling for Betale husleje til tiden hver måned").fill("5");
        sofie.getByLabel("4 – Godt").check();
        sofie.getByLabel("Borgerens egne ord").fill("Det er rart, at nogen hjælper med regningerne");
        sofie.getByLabel("Justeringer af planen").fill("Budgetsamtale hver anden uge");
        browser.screenshot(sofie, "06-opfoelgning");
        browser.checkAccessibility(sofie, "Registrér opfølgning");
        sofie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem opfølgningen")).click();
        assertThat(sofie.getByText("Opfølgningen er registreret. Alle sektorer ser den nu.")).isVisible();

        assertThat(jonas.locator("#follow-ups")).containsText("Det er rart, at nogen hjælper med regningerne");
        assertThat(jonas.locator("#follow-ups")).containsText("Mads (Borger)");
        assertThat(jonas.locator("#follow-ups")).containsText("Betale husleje til tiden hver måned: 5");
        assertThat(jonas.locator(".tvaers-subgoals")).containsText("Socialforvaltning");
        assertThat(jonas.locator("#live-notice")).containsText("Planen er opdateret");
        org.assertj.core.api.Assertions.assertThat(jonas.evaluate("() => window.tvaersStillTheSamePage === true"))
                .as("the page updated itself, it was not reloaded").isEqualTo(true);
        browser.screenshot(jonas, "07-jobcenter-ser-opfoelgningen-tablet");
        browser.checkAccessibility(jonas, "Borgerens plan (jobcenter, tablet)");
        browser.screenshot(sofie, "08-plan-med-opfoelgning");
    }

    @Test
    @Order(8)
    void sheAdjustsTheSubGoalGivingAReason() {
        sofie.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ret delmålet Betale husleje til tiden hver måned"))
                .click();
        assertThat(sofie.getByLabel("Delmål", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Betale husleje til tiden hver måned");
        sofie.getByLabel("Prioritet").fill("2");
        sofie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem ændringen")).click();
        assertThat(sofie.locator("#felt-reason-error")).containsText("Skriv hvorfor delmålet ændres.");
        sofie.getByLabel("Begrundelse for ændringen").fill("Borgeren vil først have styr på gælden");
        sofie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem ændringen")).click();

        assertThat(sofie.getByText("Delmålet er ændret.")).isVisible();
        Locator row = sofie.locator(".tvaers-subgoals tbody tr").filter(
                new Locator.FilterOptions().setHasText("Betale husleje til tiden hver måned"));
        assertThat(row.locator("td").first()).hasText("2");
        assertThat(row).containsText("Justeret");
    }

    @Test
    @Order(9)
    void sheFindsAnOfferInTheCatalogAndEnrolsTheCitizen() {
        sofie.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Find tilbud")).click();
        sofie.getByLabel("Søg i tilbudsviften").fill("Bostøtte");
        sofie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Søg")).click();
        assertThat(sofie.locator("#offers")).containsText(OFFER);
        browser.checkAccessibility(sofie, "Find tilbud");
        sofie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilmeld borgeren til " + OFFER)).click();

        assertThat(sofie.getByText(citizenName + " er tilmeldt " + OFFER + ".")).isVisible();
        assertThat(sofie.locator("#enrolments")).containsText("Tilmeldt");
        browser.screenshot(sofie, "09-tilbud-tilmeldt");

        // the offer becomes an activity in the plan, serving her sector's sub-goal
        sofie.getByLabel("Betale husleje til tiden hver måned").check();
        sofie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilføj som indsats")).click();
        assertThat(sofie.getByText("Tilbuddet står nu som indsats i planen.")).isVisible();
        sofie.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(citizenName)).click();
        assertThat(sofie.locator("#activities")).containsText(OFFER);
        assertThat(sofie.locator("#activities")).containsText("Betale husleje til tiden hver måned");
        assertThat(sofie.locator("#help-list")).containsText("Tilmeldt");
    }

    @Test
    @Order(10)
    void aGrantAboveHerAuthorityGoesToTheVisitationMeetingWhereTheTeamLeaderApprovesIt() {
        sofie.navigate(RunningPlatform.appUrl() + "/borgere/" + citizenId + "/bevilling");
        assertThat(sofie.locator("#authority")).containsText("op til 5 timer om ugen");
        sofie.getByLabel("Tilbud", new Page.GetByLabelOptions().setExact(true)).selectOption(
                new com.microsoft.playwright.options.SelectOption().setLabel(OFFER + " – Bostedet Aaen"));
        sofie.getByLabel("Timer om ugen").fill("4");
        assertThat(sofie.locator("#authority-verdict")).hasText("Inden for din bemyndigelse");
        sofie.getByLabel("Timer om ugen").fill("10");
        assertThat(sofie.locator("#authority-verdict")).hasText("Går til visitationsmøde");
        browser.checkAccessibility(sofie, "Indstil bevilling");
        sofie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indstil bevilling")).click();
        assertThat(sofie.locator("#grant-result")).containsText("Sendt til visitationsmødet");
        assertThat(sofie.locator("#grants")).containsText("Venter på visitationsmøde");
        browser.screenshot(sofie, "10-bevilling-til-visitation");

        Page lene = browser.signIn(LENE, Browser.LAPTOP);
        lene.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Visitation")).click();
        Locator grant = lene.locator("#visitation-queue li").filter(new Locator.FilterOptions().setHasText(citizenName));
        assertThat(grant).containsText(OFFER);
        assertThat(grant).containsText("10");
        browser.screenshot(lene, "11-visitation");
        browser.checkAccessibility(lene, "Visitation");
        grant.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Godkend bevillingen til " + citizenName))
                .click();
        assertThat(lene.locator("#decisions")).containsText("Bevillingen til " + citizenName + " (" + OFFER
                + ") er godkendt.");

        reloadUntil(sofie, "#grants", "Bevilget");
        browser.screenshot(sofie, "12-bevilget");
    }

    @Test
    @Order(11)
    void atTheEndOfTheDayMyCitizensShowsWhomSheCoordinatesAndTheJobcenterWhatIsNew() {
        sofie.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mine borgere").setExact(true)).first().click();
        assertThat(sofie.locator("#coordinated")).containsText(citizenName);

        // "new since your last visit" is kept per device, and Jonas's tablet may already have shown him the notice
        // when he signed in (if coordination-service had written it by then): he signs in afresh, and it is new there
        jonas.context().close();
        jonas = browser.signIn(JONAS, Browser.TABLET);
        assertThat(jonas.locator("#news")).containsText("sofie.social (Socialområdet) er nu koordinerende sagsbehandler");
        browser.screenshot(jonas, "13-mine-borgere-jobcenter-tablet");
        browser.checkAccessibility(jonas, "Mine borgere (jobcenter, tablet)");
        jonas.reload();
        assertThat(jonas.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Nyt fra andre sektorer")))
                .containsText("Intet nyt.");
    }

    @Test
    @Order(12)
    void sheHandsTheCoordinationOverToTheJobcenterGivingAReason() {
        sofie.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(citizenName)).first().click();
        sofie.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skift koordinator")).click();
        sofie.getByLabel(Pattern.compile("^" + JONAS + ", Jobcenter")).check();
        sofie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skift koordinator")).click();
        assertThat(sofie.locator(".form-error-message").first()).containsText("Skriv hvorfor koordinatoren skiftes.");
        browser.checkAccessibility(sofie, "Skift koordinator (med fejl)");
        sofie.getByLabel("Begrundelse").fill("Borgeren er nu mest i kontakt med jobcentret");
        browser.screenshot(sofie, "14-skift-koordinator");
        sofie.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skift koordinator")).click();

        assertThat(sofie.locator("#coordinator")).containsText(JONAS);
        assertThat(sofie.locator("#timeline")).containsText("Opfølgning holdt");
        reloadUntil(jonas, "#coordinated", citizenName);
    }

    /** A page the person reloads until it shows what another person did (no live updates on this screen). */
    private static void reloadUntil(Page page, String selector, String text) {
        long until = System.currentTimeMillis() + RunningPlatform.WAIT.toMillis();
        while (System.currentTimeMillis() < until) {
            page.reload();
            Locator found = page.locator(selector);
            // the list has loaded: either it is there or the page says there is nothing yet
            found.or(page.locator("section:has(" + selector + "), section:has-text('Ingen ')").locator("p, table"))
                    .first().waitFor();
            if (found.count() > 0 && found.textContent().contains(text)) {
                return;
            }
            page.waitForTimeout(1000);
        }
        assertThat(page.locator(selector)).containsText(text);
    }

    private static Map<String, Object> offer() {
        return Map.ofEntries(
                Map.entry("title", OFFER),
                Map.entry("kind", "INDIVIDUAL_SUPPORT"),
                Map.entry("description", "Socialpædagogisk støtte i borgerens eget hjem: økonomi, indkøb og struktur."),
                Map.entry("aims", List.of("Borgeren klarer sin egen bolig")),
                Map.entry("targetGroup", "Voksne med psykiske vanskeligheder eller misbrug"),
                Map.entry("needs", List.of("housing")),
                Map.entry("sectors", List.of("social-services")),
                Map.entry("provider", Map.of("organisation", "bosted-aaen", "name", "Bostedet Aaen")),
                Map.entry("access", "REFERRAL"),
                Map.entry("weeklyHours", 4),
                Map.entry("capacity", 10),
                Map.entry("defaultDurationWeeks", 26),
                Map.entry("legalBasis", "Serviceloven §85"),
                Map.entry("openEnded", false));
    }

}
