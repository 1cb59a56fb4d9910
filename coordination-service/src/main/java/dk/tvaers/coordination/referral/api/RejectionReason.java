package dk.tvaers.coordination.referral.api;

import java.util.Locale;

/** Why a receiving sector rejects a referral: a fixed list, so the reasons can be counted. */
public enum RejectionReason {
    NO_CAPACITY, NOT_ELIGIBLE, MISSING_INFORMATION, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
