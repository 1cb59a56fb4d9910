package dk.tvaers.gateway;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The same rule as the firewall's default expressions, for every code point and for the strings that matter. */
class HeaderCharactersTest {

    // Spring Security's StrictServerWebExchangeFirewall defaults (7.0): header names, and header values
    private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointIsJudgedAsTheFirewallsExpressionsJudgeIt() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String alone = Character.toString(codePoint);
            String amid = "a" + alone + "b";
            assertThat(HeaderCharacters.allowedInName(alone)).as("name U+%04X", codePoint)
                    .isEqualTo(NAME.matcher(alone).matches());
            assertThat(HeaderCharacters.allowedInValue(amid)).as("value a U+%04X b", codePoint)
                    .isEqualTo(VALUE.matcher(amid).matches());
        }
    }

    @Test
    void loneSurrogatesAndPairsAreJudgedAsTheExpressionsJudgeThem() {
        for (String text : new String[] {"\uD83D", "x\uDE00", "\uD83D\uDE00", "\uDE00\uD83D", "Bearer \uD83D"}) {
            assertThat(HeaderCharacters.allowedInName(text)).as(text).isEqualTo(NAME.matcher(text).matches());
            assertThat(HeaderCharacters.allowedInValue(text)).as(text).isEqualTo(VALUE.matcher(text).matches());
        }
    }

    @Test
    void tokensAndOrdinaryHeadersPassAndControlCharactersDoNot() {
        assertThat(HeaderCharacters.allowedInValue("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln-_")).isTrue();
        assertThat(HeaderCharacters.allowedInValue("text/html;\tq=0.9, æøå")).isTrue();
        assertThat(HeaderCharacters.allowedInValue("")).isTrue();
        assertThat(HeaderCharacters.allowedInValue("a\r\nSet-Cookie: x")).isFalse();
        assertThat(HeaderCharacters.allowedInValue("a\u0000")).isFalse();
        assertThat(HeaderCharacters.allowedInValue("a\u007f")).isFalse();
        assertThat(HeaderCharacters.allowedInName("X-Tab\tName")).isFalse();
        assertThat(HeaderCharacters.allowedInName("X-Correlation-Id")).isTrue();
        assertThat(HeaderCharacters.allowedInValue(null)).as("a header the request does not have").isTrue();
        assertThat(HeaderCharacters.allowedInName(null)).isTrue();
    }
}
