package dk.tvaers.platform.privacy;

import java.util.UUID;

/**
 * Implemented by a service's projections that hold a citizen's data: on erasure they delete the
 * citizen's rows (in the same transaction as the key is deleted). A projection also skips erased
 * citizens on a replay ({@link ErasedCitizens}).
 */
public interface ErasureHandler {

    void erase(UUID citizenId);
}
