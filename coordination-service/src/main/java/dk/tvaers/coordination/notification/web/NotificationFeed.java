package dk.tvaers.coordination.notification.web;

import dk.tvaers.coordination.notification.api.Notification;
import dk.tvaers.coordination.notification.api.Recipients;
import dk.tvaers.coordination.notification.query.Notifications;
import dk.tvaers.platform.privacy.CitizenAccess;
import dk.tvaers.platform.security.Actor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * A caseworker's feed: what is addressed to them and to their sector's team, as far as they may see it now.
 * A notice telling of another sector's information is shown only while the citizen's consent shares it, so a
 * withdrawn consent also empties the feed of what it shared. Referral notices go to both sides regardless:
 * the receiving sector must see a referral before it works with the citizen; a meeting's notice reaches its
 * participating sectors regardless, since they are called to it.
 */
@Component
class NotificationFeed {

    private final Notifications notifications;
    private final CitizenAccess access;

    NotificationFeed(Notifications notifications, CitizenAccess access) {
        this.notifications = notifications;
        this.access = access;
    }

    List<String> recipients(Actor actor) {
        List<String> recipients = new ArrayList<>();
        recipients.add(Recipients.user(actor.userId()));
        if (actor.sector() != null && actor.organisation() != null) {
            recipients.add(Recipients.team(actor.sector(), actor.organisation()));
        }
        return recipients;
    }

    List<Notification> feed(Actor actor, long afterId, boolean unreadOnly, int limit) {
        return notifications.feed(recipients(actor), afterId, unreadOnly, limit).stream()
                .filter(notification -> mayRead(actor, notification))
                .toList();
    }

    boolean markRead(Actor actor, long id) {
        return notifications.markRead(id, recipients(actor));
    }

    private boolean mayRead(Actor actor, Notification notification) {
        return notification.sector() == null
                || notification.sector().equals(actor.sector())
                || (actor.sector() != null && notification.parties().contains(actor.sector()))
                || notification.kind().startsWith("referral.")
                || access.canRead(actor, notification.citizenId(), notification.sector(), notification.category());
    }
}
