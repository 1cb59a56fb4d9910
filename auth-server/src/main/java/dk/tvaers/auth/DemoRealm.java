package dk.tvaers.auth;

import org.springframework.core.io.Resource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo realm, read from the Keycloak realm export so that the embedded sign-in and Keycloak know
 * exactly the same users, clients, roles and claims.
 */
public final class DemoRealm {

    /** A person or a client's service account, with the claims Tværs reads. */
    public record Identity(String username, String name, List<String> roles, String sector, String organisation,
                           String team) {
    }

    public record User(Identity identity, String password) {
    }

    public record Client(String clientId, String secret, boolean publicClient, List<String> redirectUris,
                         boolean serviceAccount) {
    }

    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, Identity> serviceAccounts = new LinkedHashMap<>();
    private final List<Client> clients = new ArrayList<>();

    public DemoRealm(Resource realmExport) {
        try (InputStream in = realmExport.getInputStream()) {
            JsonNode realm = JsonMapper.builder().build().readTree(in);
            for (JsonNode user : realm.get("users")) {
                Identity identity = new Identity(user.get("username").asString(), name(user),
                        strings(user.get("realmRoles")), attribute(user, "sector"), attribute(user, "organisation"),
                        attribute(user, "team"));
                if (user.has("serviceAccountClientId")) {
                    serviceAccounts.put(user.get("serviceAccountClientId").asString(), identity);
                } else {
                    String password = user.get("credentials").get(0).get("value").asString();
                    users.put(identity.username(), new User(identity, password));
                }
            }
            for (JsonNode client : realm.get("clients")) {
                clients.add(new Client(client.get("clientId").asString(),
                        client.has("secret") ? client.get("secret").asString() : null,
                        client.path("publicClient").asBoolean(false),
                        strings(client.get("redirectUris")),
                        client.path("serviceAccountsEnabled").asBoolean(false)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo realm " + realmExport, e);
        }
    }

    public Map<String, User> users() {
        return users;
    }

    public List<Client> clients() {
        return clients;
    }

    /** The identity a token is issued for: a user by username, or a client's service account by client id. */
    public Optional<Identity> identity(String principal) {
        User user = users.get(principal);
        return user != null ? Optional.of(user.identity()) : Optional.ofNullable(serviceAccounts.get(principal));
    }

    private static String name(JsonNode user) {
        String first = user.path("firstName").asString("");
        String last = user.path("lastName").asString("");
        String name = (first + " " + last).trim();
        return name.isEmpty() ? user.get("username").asString() : name;
    }

    private static String attribute(JsonNode user, String name) {
        JsonNode values = user.path("attributes").path(name);
        return values.isArray() && !values.isEmpty() ? values.get(0).asString() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(value -> values.add(value.asString()));
        }
        return values;
    }
}
