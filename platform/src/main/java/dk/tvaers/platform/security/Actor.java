package dk.tvaers.platform.security;

import org.springframework.security.oauth2.jwt.Jwt;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who is calling, as the access token says: a person (caseworker, team leader, management, DPO) or a
 * client (partner institution, sector system). Every authorisation and audit decision starts here.
 *
 * @param userId       the token's subject: a username, or a client id for a client's service account
 * @param name         display name, if any
 * @param roles        see {@link Roles}
 * @param sector       the sector the actor works in, if any
 * @param organisation the organisation the actor belongs to (municipality, region, partner)
 * @param team         the actor's team, if any
 */
public record Actor(String userId, String name, Set<String> roles, String sector, String organisation,
                    String team) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public static Actor of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return new Actor(jwt.getSubject(), jwt.getClaimAsString("name"),
                roles == null ? Set.of() : new LinkedHashSet<>(roles),
                jwt.getClaimAsString("sector"), jwt.getClaimAsString("organisation"), jwt.getClaimAsString("team"));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** A caseworker, coordinator or team leader: someone who works with individual citizens. */
    public boolean doesCasework() {
        return Roles.CASEWORK.stream().anyMatch(roles::contains);
    }

    /** The roles as one string, for the audit log. */
    public String rolesText() {
        return String.join(",", roles);
    }
}
