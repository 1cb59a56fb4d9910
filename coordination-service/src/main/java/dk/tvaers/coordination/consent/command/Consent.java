package dk.tvaers.coordination.consent.command;

import dk.tvaers.contracts.ConsentCategories;
import dk.tvaers.contracts.Sectors;
import dk.tvaers.coordination.consent.api.ConsentGivenEvent;
import dk.tvaers.coordination.consent.api.ConsentLimitedEvent;
import dk.tvaers.coordination.consent.api.ConsentWithdrawnEvent;
import dk.tvaers.coordination.consent.api.GiveConsentCommand;
import dk.tvaers.coordination.consent.api.LimitConsentCommand;
import dk.tvaers.coordination.consent.api.WithdrawConsentCommand;
import dk.tvaers.platform.domain.ConflictException;
import dk.tvaers.platform.domain.NotFoundException;
import dk.tvaers.platform.domain.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One consent (samtykke) of a citizen: which sectors may see each other's information of which categories,
 * for which period. It can be narrowed (never widened: a wider consent is a new consent) and withdrawn.
 */
@Aggregate
public class Consent {

    @AggregateIdentifier
    private UUID consentId;
    private UUID citizenId;
    private String organisation;
    private List<String> sectors;
    private List<String> categories;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private boolean withdrawn;

    protected Consent() {
    }

    @CommandHandler
    public Consent(GiveConsentCommand command) {
        requireSectors(command.sectors());
        requireCategories(command.categories());
        requirePeriod(command.validFrom(), command.validUntil());
        apply(new ConsentGivenEvent(command.consentId(), command.citizenId(), command.organisation(),
                List.copyOf(command.sectors()), List.copyOf(command.categories()), command.validFrom(),
                command.validUntil(), command.recordedBy(), command.recordedBySector()));
    }

    @CommandHandler
    void handle(LimitConsentCommand command) {
        requireCitizen(command.citizenId());
        requireNotWithdrawn();
        requireSectors(command.sectors());
        requireCategories(command.categories());
        requirePeriod(validFrom, command.validUntil());
        if (!sectors.containsAll(command.sectors())) {
            throw new RuleViolationException("sectors", "consent.limit-cannot-add-sectors",
                    "A limit can only remove sectors; a wider consent is a new consent.");
        }
        if (!covers(categories, command.categories())) {
            throw new RuleViolationException("categories", "consent.limit-cannot-add-categories",
                    "A limit can only remove categories; a wider consent is a new consent.");
        }
        if (validUntil != null && (command.validUntil() == null || command.validUntil().isAfter(validUntil))) {
            throw new RuleViolationException("validUntil", "consent.limit-cannot-extend",
                    "A limit cannot make the consent last longer than " + validUntil + ".");
        }
        boolean narrower = command.sectors().size() < sectors.size()
                || !new HashSet<>(command.categories()).equals(new HashSet<>(categories))
                || !Objects.equals(command.validUntil(), validUntil);
        if (!narrower) {
            throw new RuleViolationException(null, "consent.limit-changes-nothing",
                    "The limit is the same as the consent.");
        }
        apply(new ConsentLimitedEvent(consentId, citizenId, organisation, List.copyOf(command.sectors()),
                List.copyOf(command.categories()), command.validUntil(), command.recordedBy(),
                command.recordedBySector()));
    }

    @CommandHandler
    void handle(WithdrawConsentCommand command) {
        requireCitizen(command.citizenId());
        requireNotWithdrawn();
        apply(new ConsentWithdrawnEvent(consentId, citizenId, organisation, command.withdrawnAt(),
                command.recordedBy(), command.recordedBySector()));
    }

    /** A consent is addressed through its citizen; another citizen's consent id is not found. */
    private void requireCitizen(UUID citizen) {
        if (!citizenId.equals(citizen)) {
            throw new NotFoundException("consent", consentId);
        }
    }

    private void requireNotWithdrawn() {
        if (withdrawn) {
            throw new ConflictException("consent.withdrawn", "The consent has been withdrawn.");
        }
    }

    private static void requireSectors(List<String> sectors) {
        if (sectors == null || new HashSet<>(sectors).size() < 2) {
            throw new RuleViolationException("sectors", "consent.needs-two-sectors",
                    "A consent shares information between at least two different sectors.");
        }
        if (new HashSet<>(sectors).size() != sectors.size()) {
            throw new RuleViolationException("sectors", "consent.duplicate-sector", "A sector is listed twice.");
        }
        sectors.stream().filter(s -> !Sectors.isValidCode(s)).findFirst().ifPresent(s -> {
            throw new RuleViolationException("sectors", "consent.unknown-sector", "'" + s + "' is not a sector code.");
        });
    }

    private static void requireCategories(List<String> categories) {
        if (categories == null || categories.isEmpty()) {
            throw new RuleViolationException("categories", "consent.needs-a-category",
                    "A consent shares at least one category of information.");
        }
        if (new HashSet<>(categories).size() != categories.size()) {
            throw new RuleViolationException("categories", "consent.duplicate-category",
                    "A category is listed twice.");
        }
        categories.stream().filter(c -> !ConsentCategories.KNOWN.contains(c)).findFirst().ifPresent(c -> {
            throw new RuleViolationException("categories", "consent.unknown-category",
                    "'" + c + "' is not a category; use one of " + ConsentCategories.KNOWN + ".");
        });
    }

    private static void requirePeriod(LocalDate from, LocalDate until) {
        if (until != null && until.isBefore(from)) {
            throw new RuleViolationException("validUntil", "consent.ends-before-it-starts",
                    "The consent cannot end before it starts (" + from + ").");
        }
    }

    /** Does {@code granted} include every category of {@code requested}? */
    private static boolean covers(List<String> granted, List<String> requested) {
        if (granted.contains(ConsentCategories.ALL)) {
            return true;
        }
        Set<String> wanted = new HashSet<>(requested);
        return !wanted.contains(ConsentCategories.ALL) && granted.containsAll(wanted);
    }

    @EventSourcingHandler
    void on(ConsentGivenEvent event) {
        consentId = event.consentId();
        citizenId = event.citizenId();
        organisation = event.organisation();
        sectors = event.sectors();
        categories = event.categories();
        validFrom = event.validFrom();
        validUntil = event.validUntil();
    }

    @EventSourcingHandler
    void on(ConsentLimitedEvent event) {
        sectors = event.sectors();
        categories = event.categories();
        validUntil = event.validUntil();
    }

    @EventSourcingHandler
    void on(ConsentWithdrawnEvent event) {
        withdrawn = true;
    }
}
