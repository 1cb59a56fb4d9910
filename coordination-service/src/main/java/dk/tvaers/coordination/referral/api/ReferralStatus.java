package dk.tvaers.coordination.referral.api;

import java.util.Locale;

/** Where a referral (henvisning) between sectors stands; both sides and the coordinator see it. */
public enum ReferralStatus {
    SENT, ACCEPTED, REJECTED, IN_PROGRESS, COMPLETED, WITHDRAWN;

    /** The contract's code, e.g. {@code in-progress}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean isFinal() {
        return this == REJECTED || this == COMPLETED || this == WITHDRAWN;
    }
}
