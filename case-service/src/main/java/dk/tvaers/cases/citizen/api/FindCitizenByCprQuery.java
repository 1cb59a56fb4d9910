package dk.tvaers.cases.citizen.api;

/** Find a citizen by CPR number; answered from the blind index, the CPR is never compared in clear. */
public record FindCitizenByCprQuery(String cpr) {

    @Override
    public String toString() {
        return "FindCitizenByCprQuery[cpr=masked]";
    }
}
