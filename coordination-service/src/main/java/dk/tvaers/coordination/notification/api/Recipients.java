package dk.tvaers.coordination.notification.api;

/** How a notification is addressed: to one person, or to a sector's team in an organisation. */
public final class Recipients {

    private Recipients() {
    }

    public static String user(String userId) {
        return "user:" + userId;
    }

    public static String team(String sector, String organisation) {
        return "team:" + sector + "@" + organisation;
    }
}
