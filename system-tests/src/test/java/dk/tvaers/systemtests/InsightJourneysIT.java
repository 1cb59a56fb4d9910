package dk.tvaers.systemtests;

import dk.tvaers.testsupport.TestCpr;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.tvaers.systemtests.RunningPlatform.created;
import static dk.tvaers.systemtests.RunningPlatform.post;
import static org.awaitility.Awaitility.await;

/**
 * The investment insight as management and a team leader use it in the browser: the figures by area with their
 * charts (withheld values said in words), a period by quarter, a figure as CSV, before and after a change; an
 * investment case created and its assumptions changed, with the break-even year worked out by hand below; a team
 * leader on a tablet whose edit meets someone else's newer version; and a caseworker, who has no way in. Each
 * screen is photographed and checked with axe-core.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(RunningPlatform.Shared.class)
class InsightJourneysIT {

    static final String MORTEN = "morten.chef";
    static final String LENE = "lene.leder";
    static final String SOFIE = "sofie.social";
    static final int THIS_YEAR = LocalDate.now(ZoneId.of("Europe/Copenhagen")).getYear();

    Browser browser;
    String investment;
    String caseId;
    Page morten;
    Page lene;
    Page sofie;

    @BeforeAll
    void platformAndData() {
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        browser = new Browser();
        investment = "Voksenteamet opnormeres " + ThreadLocalRandom.current().nextInt(1000, 9999);
        // a citizen with a case gives the social services' caseworker a caseload, which the work environment
        // figure shows (caseloads concern no citizen, so they are never withheld)
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String cpr = TestCpr.random();
        String citizenId = (String) created(post(SOFIE, "/api/citizens", Map.of("cpr", cpr,
                "name", "Karen Indsigtsen " + random.nextInt(1000, 9999)))).get("citizenId");
        created(post(SOFIE, "/api/cases", Map.of("citizenId", citizenId, "legalBasis", "Serviceloven §85")));
        await().atMost(RunningPlatform.WAIT).untilAsserted(() -> {
            List<Map<String, Object>> rows = (List<Map<String, Object>>) RunningPlatform.as(MORTEN).get()
                    .uri("/api/insight/figures/caseloads").retrieve().body(Map.class).get("rows");
            Map<String, Object> allTeamsNow = rows.get(rows.size() - 1);
            org.assertj.core.api.Assertions.assertThat(((Number) ((Map<?, ?>) allTeamsNow.get("values"))
                    .get("caseworkers")).intValue()).as("caseworkers with a caseload this year").isPositive();
        });
    }

    /** What each person's screen showed when a journey failed. */
    @RegisterExtension
    final TestWatcher screenshotsOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            String test = context.getRequiredTestMethod().getName();
            Map<String, Page> pages = new LinkedHashMap<>();
            pages.put("morten", morten);
            pages.put("lene", lene);
            pages.put("sofie", sofie);
            pages.forEach((who, page) -> {
                if (page != null) {
                    browser.screenshot(page, "failed-" + test + "-" + who);
                }
            });
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
    void managementSignsInToTheFiguresGroupedByAreaEachWithItsChart() {
        morten = browser.signIn(MORTEN, Browser.LAPTOP);

        // management has no citizens of its own: the insight is its start page
        assertThat(morten.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Indsigt: gør investeringen en forskel?").setLevel(1))).isVisible();
        assertThat(menu(morten).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Indsigt"))).isVisible();
        for (String area : List.of("Menneskelige gevinster", "Arbejdsmiljø", "Økonomi")) {
            assertThat(morten.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(area).setLevel(2)))
                    .isVisible();
        }
        assertThat(morten.locator("article.tvaers-figure")).hasCount(12);

        Locator caseloads = figure(morten, "caseloads");
        Locator chart = caseloads.locator("img.tvaers-chart");
        assertThat(chart).isVisible();
        assertThat(chart).hasAttribute("alt", Pattern.compile("^Diagram: Sagstal pr\\. sagsbehandler"));
        org.assertj.core.api.Assertions.assertThat((Integer) chart.evaluate("img => img.naturalWidth"))
                .as("the server's SVG chart was drawn").isPositive();
        assertThat(caseloads).containsText("Seneste periode: " + THIS_YEAR);
        assertThat(caseloads.locator(".tvaers-fact").filter(new Locator.FilterOptions().setHasText("Sagsbehandlere"))
                .first().locator("dd")).hasText(Pattern.compile("^\\d+$"));

        // fewer than five citizens with a plan: the human gains are withheld, and said to be, never shown as 0
        Locator followUps = figure(morten, "follow-ups");
        assertThat(followUps.locator(".tvaers-fact").filter(new Locator.FilterOptions()
                .setHasText("Opfølgninger pr. borger")).locator("dd")).hasText("færre end 5 borgere");
        assertThat(followUps.locator(".tvaers-withheld-note")).containsText("Ikke vist (færre end 5 borgere)");
        browser.screenshot(morten, "20-indsigt-noegletal");
        browser.checkAccessibility(morten, "Indsigt: nøgletal");
    }

    @Test
    @Order(2)
    void thePeriodIsChosenByQuarterWithTheMistakeExplainedInDanishFirst() {
        morten.getByLabel("Inddeling").selectOption("quarter");
        morten.getByLabel("Fra år").fill(String.valueOf(THIS_YEAR + 1));
        morten.getByLabel("Til år").fill(String.valueOf(THIS_YEAR));
        morten.getByLabel("Til år").press("Enter");
        assertThat(morten.locator("#felt-from-error")).containsText("Fra-året kan ikke ligge efter til-året.");
        assertThat(morten.locator(".error-summary")).isFocused();

        morten.getByLabel("Fra år").fill(String.valueOf(THIS_YEAR));
        morten.getByLabel("Til år").press("Enter");
        assertThat(morten.locator("#period-shown")).hasText("Viser " + THIS_YEAR + ", kvartal for kvartal.");
        org.assertj.core.api.Assertions.assertThat(morten.url()).contains("periode=kvartal");
        Locator caseloads = figure(morten, "caseloads");
        caseloads.getByText("Vis tallene som tabel").click();
        Locator table = caseloads.locator("table");
        assertThat(table).isVisible();
        assertThat(table.locator("tbody th").first()).hasText(THIS_YEAR + " K1");
        assertThat(table).containsText(THIS_YEAR + " K4");
        browser.screenshot(morten, "21-indsigt-kvartaler");
    }

    @Test
    @Order(3)
    void aFigureDownloadsAsCsvWithTheDanishHeader() throws Exception {
        Locator button = morten.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Hent CSV: Sagstal pr. sagsbehandler"));
        Download[] download = new Download[1];
        Response response = morten.waitForResponse(r -> r.url().contains("/api/insight/figures/caseloads.csv"),
                () -> download[0] = morten.waitForDownload(button::click));

        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(response.headerValue("content-type")).startsWith("text/csv");
        org.assertj.core.api.Assertions.assertThat(response.url()).contains("period=quarter");
        org.assertj.core.api.Assertions.assertThat(download[0].suggestedFilename()).isEqualTo("caseloads.csv");
        List<String> lines = Files.readAllLines(download[0].path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(lines.get(0)).isEqualTo("Periode,Gruppe,Borgere,Sagsbehandlere (antal),"
                + "Gennemsnitligt sagstal (sager),Vejledende sagstal (sager),Over det vejledende sagstal (antal),"
                + "Sagstal i procent af det vejledende (%)");
        org.assertj.core.api.Assertions.assertThat(lines).anyMatch(line -> line.startsWith(THIS_YEAR + " K1,"));
        assertThat(figure(morten, "caseloads")).containsText("Filen er hentet.");
    }

    @Test
    @Order(4)
    void cohortsBeforeAndAfterAChangeAreCompared() {
        morten.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Indsigt"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Før og efter")).click();
        assertThat(morten.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Før og efter en ændring")))
                .isFocused();
        field(morten, "Ændringsdato").fill(THIS_YEAR + "-02-01");
        morten.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sammenlign")).click();
        assertThat(morten.locator("#cohorts-table thead")).containsText("Plan startet før " + THIS_YEAR + "-02-01");
        assertThat(morten.locator("#cohorts-table thead")).containsText("Plan startet fra " + THIS_YEAR + "-02-01");
        assertThat(morten.locator("#cohorts-table tbody")).containsText("færre end 5 borgere");
        assertThat(morten.locator("#cohorts img.tvaers-chart")).isVisible();
        browser.screenshot(morten, "22-indsigt-foer-efter");
        browser.checkAccessibility(morten, "Indsigt: før og efter");
    }

    /**
     * Two caseworkers more at 600,000 kr. a year and 1,000,000 kr. once; ten new §107 stays a year shortened from
     * two years to one at 300,000 kr. a place-year, half the effect in the first year, 3.5 % discount rate.
     * Year 1: 2,200,000 cost, 1,500,000 saved, -700,000. Years 2-5: 1,200,000 cost, 3,000,000 saved, 1,800,000 a
     * year, at present value 1,739,130, 1,680,319, 1,623,497, 1,568,596. Added up: -700,000 + 1,739,130 ≥ 0 in
     * 2028; 5,911,542 kr. over the five years.
     */
    @Test
    @Order(5)
    void managementCreatesAnInvestmentCaseAndSeesWhenItPaysForItself() {
        morten.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Indsigt"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Investeringsberegner")).click();
        assertThat(morten.locator("#baseline")).containsText("Nye ophold i midlertidigt botilbud (§107) om året");
        browser.checkAccessibility(morten, "Investeringsberegner");
        morten.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny investeringscase")).click();

        morten.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret investeringscase")).click();
        assertThat(morten.locator(".error-summary")).isFocused();
        assertThat(morten.locator("#felt-title-error")).containsText("Skriv kort, hvad investeringen er.");
        assertThat(morten.locator("#felt-extraCaseworkers-error")).containsText("Skriv et tal.");
        browser.screenshot(morten, "23-investeringscase-fejl");
        browser.checkAccessibility(morten, "Ny investeringscase (med fejl)");

        field(morten, "Investeringens navn").fill(investment);
        field(morten, "Første år").fill("2027");
        field(morten, "Antal år i beregningen").fill("5");
        field(morten, "Ekstra sagsbehandlere (årsværk)").fill("2");
        field(morten, "Udgift pr. sagsbehandler om året (kr.)").fill("600.000");
        field(morten, "Engangsudgift i første år (kr.)").fill("1.000.000");
        field(morten, "Nye ophold i midlertidigt botilbud om året (borgere)").fill("10");
        field(morten, "Opholdstid i dag (år)").fill("2");
        field(morten, "Forventet opholdstid med investeringen (år)").fill("1");
        field(morten, "Udgift pr. plads om året (kr.)").fill("300000");
        field(morten, "År til fuld effekt").fill("2");
        field(morten, "Diskonteringsrente (%)").fill("3,5");
        // the external placement's cost is left to the platform's baseline
        assertThat(field(morten, "Udgift pr. ekstern anbringelse om året (kr.)")).hasValue("");
        morten.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret investeringscase")).click();

        assertThat(morten.getByText("Investeringscasen er oprettet.")).isVisible();
        assertThat(morten.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(investment).setLevel(1)))
                .isVisible();
        assertThat(morten.locator("#break-even")).hasText("Investeringen tjener sig hjem i 2028.");
        assertThat(morten.locator("#net-present-value")).hasText("5.911.542 kr.");
        assertThat(morten.locator("#projection tbody tr")).hasCount(5);
        assertThat(morten.locator("#projection tbody tr").first()).containsText(Pattern.compile("[-−]700\\.000"));
        assertThat(morten.locator("#projection tr.tvaers-break-even th")).containsText("2028");
        assertThat(morten.locator("#inputs tr").filter(new Locator.FilterOptions().setHasText("Ekstra sagsbehandlere")))
                .containsText("Antagelse");
        assertThat(morten.locator("#inputs tr").filter(new Locator.FilterOptions()
                .setHasText("Udgift pr. ekstern anbringelse om året"))).containsText(Pattern.compile("Fra platformen|Mangler"));
        assertThat(morten.locator("#versions tbody tr")).hasCount(1);
        assertThat(morten.locator("img.tvaers-chart")).isVisible();
        caseId = morten.url().replaceAll(".*/indsigt/beregner/([0-9a-f-]+).*", "$1");
        browser.screenshot(morten, "24-investeringscase");
        browser.checkAccessibility(morten, "Investeringscase");
    }

    /** Four caseworkers instead of two: 2,400,000 a year; the discounted net adds up to 303,847 kr. only in 2031. */
    @Test
    @Order(6)
    void anAssumptionIsChangedAndTheBreakEvenYearMoves() {
        morten.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ret forudsætningerne")).click();
        assertThat(morten.locator("#editing-version")).containsText("Du retter version 1");
        assertThat(field(morten, "Ekstra sagsbehandlere (årsværk)")).hasValue("2");
        assertThat(field(morten, "Diskonteringsrente (%)")).hasValue("3,5");
        field(morten, "Ekstra sagsbehandlere (årsværk)").fill("4");
        morten.getByLabel("Hvorfor ændres forudsætningerne?").fill("Byrådet vil have fire årsværk i stedet for to");
        browser.screenshot(morten, "25-ret-forudsaetninger");
        browser.checkAccessibility(morten, "Ret forudsætninger");
        morten.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem forudsætningerne")).click();

        assertThat(morten.getByText("Forudsætningerne er gemt som version 2.")).isVisible();
        assertThat(morten.locator("#break-even")).hasText("Investeringen tjener sig hjem i 2031.");
        assertThat(morten.locator("#net-present-value")).hasText("303.847 kr.");
        Locator latest = morten.locator("#versions tbody tr").first();
        assertThat(latest).containsText("Ekstra sagsbehandlere (årsværk): 2 → 4");
        assertThat(latest).containsText("Byrådet vil have fire årsværk i stedet for to");
        assertThat(latest).containsText(MORTEN);
    }

    @Test
    @Order(7)
    void aTeamLeaderOnATabletSeesTheInsightAndHearsInDanishWhenSomeoneSavedFirst() {
        lene = browser.signIn(LENE, Browser.TABLET);
        menu(lene).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Indsigt")).click();
        assertThat(lene.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Indsigt: gør investeringen en forskel?"))).isVisible();
        assertThat(figure(lene, "caseloads").locator("img.tvaers-chart")).isVisible();
        browser.screenshot(lene, "26-indsigt-teamleder-tablet");
        browser.checkAccessibility(lene, "Indsigt: nøgletal (teamleder, tablet)");

        lene.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Indsigt"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Investeringsberegner")).click();
        lene.locator("#cases").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(investment)).click();
        assertThat(lene.locator("#break-even")).hasText("Investeringen tjener sig hjem i 2031.");
        browser.screenshot(lene, "27-investeringscase-tablet");
        lene.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ret forudsætningerne")).click();
        assertThat(lene.locator("#editing-version")).containsText("Du retter version 2");

        // meanwhile management shortens the stays further, based on version 2
        Map<String, Object> assumptions = assumptions(4);
        assumptions.put("yearsInTemporaryHousingAfter", 0.5);
        org.assertj.core.api.Assertions.assertThat(RunningPlatform.put(MORTEN, "/api/insight/calculator/cases/{id}",
                Map.of("expectedVersion", 2, "note", "Holstebros erfaring: et halvt år", "assumptions", assumptions),
                caseId).getBody()).containsEntry("version", 3);

        field(lene, "År til fuld effekt").fill("3");
        lene.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem forudsætningerne")).click();
        assertThat(lene.locator("#conflict")).containsText("Forudsætningerne er blevet ændret af en anden, siden du "
                + "hentede dem. Dine ændringer er ikke gemt.");
        assertThat(lene.locator("#conflict")).containsText("Den nyeste version er version 3; du rettede version 2.");
        browser.screenshot(lene, "28-forudsaetninger-aendret-imens-tablet");
        browser.checkAccessibility(lene, "Ret forudsætninger (ændret imens, tablet)");

        lene.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hent den nyeste version")).click();
        assertThat(lene.locator("#editing-version")).containsText("Du retter version 3");
        assertThat(field(lene, "Forventet opholdstid med investeringen (år)")).hasValue("0,5");
        field(lene, "År til fuld effekt").fill("3");
        lene.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem forudsætningerne")).click();
        assertThat(lene.getByText("Forudsætningerne er gemt som version 4.")).isVisible();
        assertThat(lene.locator("#versions tbody tr").first()).containsText("År til fuld effekt: 2 → 3");
        assertThat(lene.locator("#versions tbody tr").first()).containsText(LENE);
    }

    @Test
    @Order(8)
    void aCaseworkerHasNoInsightInTheMenuAndIsToldSoInDanishAtTheAddress() {
        sofie = browser.signIn(SOFIE, Browser.LAPTOP);
        assertThat(menu(sofie).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mine borgere")))
                .isVisible();
        assertThat(menu(sofie).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Indsigt"))).hasCount(0);

        sofie.navigate(RunningPlatform.appUrl() + "/indsigt/beregner");
        assertThat(sofie.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ingen adgang").setLevel(1)))
                .isVisible();
        assertThat(sofie.locator("#no-access")).containsText("Indsigt er kun for ledelsen og teamledere");
        assertThat(sofie.locator("#cases")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(RunningPlatform.as(SOFIE).get().uri("/api/insight/figures")
                .retrieve().toBodilessEntity().getStatusCode().value()).as("and the API refuses her too").isEqualTo(403);
        browser.screenshot(sofie, "29-indsigt-ingen-adgang");
        browser.checkAccessibility(sofie, "Indsigt: ingen adgang (sagsbehandler)");
    }

    private static Locator menu(Page page) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmenu"));
    }

    private static Locator figure(Page page, String id) {
        return page.locator("article[data-figure='" + id + "']");
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    /** The case's assumptions as the journey entered them, with {@code caseworkers} extra caseworkers. */
    private Map<String, Object> assumptions(int caseworkers) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("title", investment);
        a.put("firstYear", 2027);
        a.put("horizonYears", 5);
        a.put("extraCaseworkers", caseworkers);
        a.put("yearlyCostPerCaseworker", 600000);
        a.put("newOfferYearlyCost", 0);
        a.put("oneOffCost", 1000000);
        a.put("newTemporaryStaysPerYear", 10);
        a.put("yearsInTemporaryHousingBefore", 2);
        a.put("yearsInTemporaryHousingAfter", 1);
        a.put("yearlyCostPerTemporaryPlace", 300000);
        a.put("fewerCitizensOnBenefits", 0);
        a.put("yearlyBenefitPerCitizen", 0);
        a.put("fewerExternalPlacements", 0);
        a.put("yearlyCostPerExternalPlacement", null);
        a.put("rampUpYears", 2);
        a.put("discountRate", 0.035);
        return a;
    }
}
