package dk.tvaers.cases.citizen;

import dk.tvaers.cases.citizen.api.CprNumber;
import dk.tvaers.platform.domain.RuleViolationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CprNumberTest {

    @ParameterizedTest(name = "{0} is born {1}")
    @CsvSource({
            "010190-1234, 1990-01-01",
            "0101901234, 1990-01-01",
            "311299-3999, 1999-12-31",
            "010136-4000, 2036-01-01",
            "010137-4000, 1937-01-01",
            "010157-5000, 2057-01-01",
            "010158-8000, 1858-01-01",
            "010136-9000, 2036-01-01",
            "010137-9000, 1937-01-01",
            "290200-4123, 2000-02-29",
    })
    void takesTheCenturyFromTheSeventhDigitAsTheCprOfficeDoes(String cpr, LocalDate born) {
        assertThat(CprNumber.parse(cpr, "cpr").birthDate()).isEqualTo(born);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0101901235", "0707614285", "1111111118"})
    void doesNotRequireModulus11(String cpr) {
        assertThat(CprNumber.parse(cpr, "cpr").formatted()).hasSize(11);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01019-01234", "010190 1234", "01019012345", "abcdef-ghij", "", "010190--1234"})
    void rejectsAMalformedCprNamingTheField(String cpr) {
        assertThatThrownBy(() -> CprNumber.parse(cpr, "cpr"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("cpr");
                    assertThat(e.rule()).isEqualTo("citizen.cpr-format");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"320190-1234", "001090-1234", "011390-1234", "290201-1234", "310490-1234"})
    void rejectsADateThatDoesNotExist(String cpr) {
        assertThatThrownBy(() -> CprNumber.parse(cpr, "cpr"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo("citizen.cpr-date"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0101901234", "010190-1234"})
    void neverShowsTheSerialNumberInText(String cpr) {
        assertThat(CprNumber.parse(cpr, "cpr").toString()).isEqualTo("010190-XXXX");
    }
}
