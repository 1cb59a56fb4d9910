package dk.tvaers.plan.plan.query;

import dk.tvaers.plan.plan.api.FindFollowUpsDueQuery;
import dk.tvaers.plan.plan.api.FindPlanOfCitizenQuery;
import dk.tvaers.plan.plan.api.FollowUpDueView;
import dk.tvaers.plan.plan.api.PlanCreatedEvent;
import dk.tvaers.plan.plan.api.PlanEvent;
import dk.tvaers.plan.plan.api.PlanView;
import dk.tvaers.platform.privacy.ErasedCitizens;
import dk.tvaers.platform.privacy.ErasureHandler;
import dk.tvaers.platform.privacy.PersonalDataCipher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The current plan of every citizen, one row each. Idempotent: an event at or below the row's last
 * sequence number has been applied already and is skipped, so a redelivery or a replay over existing rows
 * changes nothing. The plan holds the citizen's own words, so it is stored sealed with the citizen's key:
 * erasing the citizen deletes the row, and a replay does not bring an erased citizen back.
 */
@Component
@ProcessingGroup(PlanDocumentProjection.GROUP)
public class PlanDocumentProjection implements ErasureHandler {

    public static final String GROUP = "plan-document";

    private final JdbcClient jdbc;
    private final PlanSheets sheets;
    private final PersonalDataCipher cipher;
    private final ErasedCitizens erased;

    PlanDocumentProjection(JdbcClient jdbc, PlanSheets sheets, PersonalDataCipher cipher, ErasedCitizens erased) {
        this.jdbc = jdbc;
        this.sheets = sheets;
        this.cipher = cipher;
        this.erased = erased;
    }

    @EventHandler
    void on(PlanCreatedEvent event, @SequenceNumber long sequence) {
        if (erased.contains(event.citizenId())) {
            return;
        }
        PlanSheet sheet = new PlanSheet();
        sheet.apply(event, sequence);
        jdbc.sql("""
                        INSERT INTO plan_document (plan_id, citizen_id, organisation, sheet, last_sequence,
                                                   frequency_months, next_follow_up_on, follow_up_state)
                        VALUES (:planId, :citizenId, :organisation, :sheet, :sequence, :months, :nextDueOn, :state)
                        ON CONFLICT (plan_id) DO NOTHING""")
                .param("planId", event.planId())
                .param("citizenId", event.citizenId())
                .param("organisation", event.organisation())
                .param("sheet", seal(sheet))
                .param("sequence", sequence)
                .param("months", sheet.frequencyMonths)
                .param("nextDueOn", sheet.nextDueOn)
                .param("state", sheet.followUpState)
                .update();
    }

    /** Every other event of the plan (the most specific handler wins, so not {@link PlanCreatedEvent}). */
    @EventHandler
    void on(PlanEvent event, @SequenceNumber long sequence) {
        Optional<PlanSheet> found = jdbc.sql("""
                        SELECT sheet FROM plan_document WHERE plan_id = ? AND last_sequence < ?
                        FOR UPDATE""")
                .param(event.planId()).param(sequence)
                .query(String.class).optional().flatMap(sealed -> open(event.citizenId(), sealed));
        if (found.isEmpty()) {
            return;
        }
        PlanSheet sheet = found.get();
        sheet.apply(event, sequence);
        jdbc.sql("""
                        UPDATE plan_document SET sheet = :sheet, last_sequence = :sequence,
                               frequency_months = :months, next_follow_up_on = :nextDueOn,
                               follow_up_state = :state, projected_at = clock_timestamp()
                        WHERE plan_id = :planId""")
                .param("planId", event.planId())
                .param("sheet", seal(sheet))
                .param("sequence", sequence)
                .param("months", sheet.frequencyMonths)
                .param("nextDueOn", sheet.nextDueOn)
                .param("state", sheet.followUpState)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM plan_document").update();
    }

    @Override
    public void erase(UUID citizenId) {
        jdbc.sql("DELETE FROM plan_document WHERE citizen_id = ?").param(citizenId).update();
    }

    private String seal(PlanSheet sheet) {
        return cipher.seal(sheet.citizenId, sheets.write(sheet));
    }

    private Optional<PlanSheet> open(UUID citizenId, String sealed) {
        return cipher.open(citizenId, sealed).map(sheets::read);
    }

    @QueryHandler
    Optional<PlanView> handle(FindPlanOfCitizenQuery query) {
        return jdbc.sql("SELECT sheet FROM plan_document WHERE citizen_id = ?").param(query.citizenId())
                .query(String.class).optional().flatMap(sealed -> open(query.citizenId(), sealed))
                .map(sheet -> sheet.toView(null));
    }

    @QueryHandler
    List<FollowUpDueView> handle(FindFollowUpsDueQuery query) {
        if (query.citizenIds().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT plan_id, citizen_id, next_follow_up_on AS next_due_on, follow_up_state AS state,
                               frequency_months
                        FROM plan_document
                        WHERE citizen_id IN (:citizens) AND next_follow_up_on <= :dueBy
                        ORDER BY next_follow_up_on, plan_id""")
                .param("citizens", List.copyOf(query.citizenIds()))
                .param("dueBy", query.dueBy())
                .query(FollowUpDueView.class).list();
    }
}
