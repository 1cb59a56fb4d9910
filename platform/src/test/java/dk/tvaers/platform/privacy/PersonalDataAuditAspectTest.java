package dk.tvaers.platform.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataAuditAspectTest {

    @Test
    void aSearchsCriteriaKeepACitizensIdWholeAndMaskEveryCprNumber() {
        String id = "8087862e-3377-4236-8c48-4832122762e8";

        assertThat(PersonalDataAuditAspect.mask("citizenId=" + id + "&limit=1000"))
                .isEqualTo("citizenId=" + id + "&limit=1000");
        assertThat(PersonalDataAuditAspect.mask("cpr=0101901234&citizenId=" + id + "&q=010190-1234"))
                .isEqualTo("cpr=010190-XXXX&citizenId=" + id + "&q=010190-XXXX");
        assertThat(PersonalDataAuditAspect.mask("q=Karen%20010190-1234")).isEqualTo("q=Karen 010190-XXXX");
        assertThat(PersonalDataAuditAspect.mask(null)).isNull();
    }
}
