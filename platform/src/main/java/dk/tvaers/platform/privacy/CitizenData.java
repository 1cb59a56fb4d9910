package dk.tvaers.platform.privacy;

import java.util.UUID;

/** A response item that belongs to one citizen, so the audit log can name whom a read concerned. */
public interface CitizenData {

    UUID citizenId();
}
