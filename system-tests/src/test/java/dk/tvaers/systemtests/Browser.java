package dk.tvaers.systemtests;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ViewportSize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven by Playwright: one browser, a fresh context (cookies, storage) per person. Fails
 * loudly, never skips, when the browser is missing. Keeps screenshots of the screens under
 * {@code target/screenshots} and checks each main screen with axe-core (WCAG 2.1 A and AA).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Paths.get(System.getProperty("tvaers.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    /** A laptop screen; the tablet is checked with its own viewport. */
    static final ViewportSize LAPTOP = new ViewportSize(1366, 900);
    static final ViewportSize TABLET = new ViewportSize(820, 1180);

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    /** Every screen checked in this test run, whichever journey checked it. */
    private static final List<String> ACCESSIBILITY_REPORT = java.util.Collections.synchronizedList(new ArrayList<>());

    Browser() {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("Chromium must be installed at %s for the browser journeys (apt-get install chromium); "
                        + ".ci/run installs it", CHROMIUM)
                .isTrue();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic", "--lang=da-DK")));
    }

    /** A new person at the browser, signed in through the sign-in page as the demo user. */
    Page signIn(String user, ViewportSize viewport) {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(viewport).setLocale("da-DK").setTimezoneId("Europe/Copenhagen"));
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        page.navigate(RunningPlatform.appUrl() + "/");
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill("demo");
        page.locator("button[type=submit], input[type=submit]").first().click();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Log af"))).isVisible();
        return page;
    }

    void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** axe-core on the page as it is now: no serious or critical violation of WCAG 2.1 A/AA. */
    void checkAccessibility(Page page, String screen) {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        assertThat(results.getErrorMessage()).as("axe-core ran on %s", screen).isNull();
        List<Rule> violations = results.getViolations();
        ACCESSIBILITY_REPORT.add(screen + ": " + violations.size() + " violation(s)"
                + violations.stream().map(v -> " [" + v.getImpact() + "] " + v.getId()).collect(Collectors.joining()));
        List<String> serious = violations.stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .toList();
        assertThat(serious).as("serious or critical accessibility violations on %s", screen).isEmpty();
    }

    /** Closes the browser and writes axe-core's findings of every screen checked so far to accessibility.txt. */
    @Override
    public void close() {
        try {
            Files.createDirectories(SCREENSHOTS);
            synchronized (ACCESSIBILITY_REPORT) {
                Files.write(SCREENSHOTS.resolve("accessibility.txt"), ACCESSIBILITY_REPORT);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            browser.close();
            playwright.close();
        }
    }
}
