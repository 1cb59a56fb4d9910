package dk.tvaers.cases;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule the aggregates enforce is named by a given/when/then test: a new rejection cannot be added
 * without the test that shows it.
 */
class EveryRuleIsTestedTest {

    private static final Path MAIN = Path.of("src/main/java/dk/tvaers/cases");
    private static final Path TESTS = Path.of("src/test/java/dk/tvaers/cases");
    private static final Pattern REJECTION = Pattern.compile(
            "new (?:RuleViolationException|ConflictException)\\(.{0,120}?\"([a-z]+\\.[a-z0-9-]+)\"", Pattern.DOTALL);

    @Test
    void everyRuleOfTheDomainIsNamedByAnAggregateTest() {
        Set<String> rules = new TreeSet<>();
        for (Path source : files(MAIN, path -> path.getParent().endsWith("command")
                || path.getFileName().toString().equals("CprNumber.java"))) {
            Matcher rejection = REJECTION.matcher(read(source));
            while (rejection.find()) {
                rules.add(rejection.group(1));
            }
        }
        String tests = String.join("\n", files(TESTS, path -> path.getFileName().toString().endsWith("Test.java"))
                .stream().map(EveryRuleIsTestedTest::read).toList());

        assertThat(rules).as("the rules found in the aggregates").hasSizeGreaterThan(30);
        assertThat(rules).as("rules no aggregate test names").allSatisfy(rule ->
                assertThat(tests).contains("\"" + rule + "\""));
    }

    private static List<Path> files(Path root, java.util.function.Predicate<Path> filter) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(path -> path.toString().endsWith(".java"))
                    .filter(filter).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
