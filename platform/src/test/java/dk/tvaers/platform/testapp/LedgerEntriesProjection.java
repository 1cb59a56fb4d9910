package dk.tvaers.platform.testapp;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(LedgerEntriesProjection.GROUP)
public class LedgerEntriesProjection {

    public static final String GROUP = "ledger-entries";

    private final JdbcClient jdbc;

    LedgerEntriesProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Ledger.EntryRecordedEvent event) {
        jdbc.sql("""
                        INSERT INTO ledger_entry_view (entry_id, amount) VALUES (?, ?)
                        ON CONFLICT (entry_id) DO NOTHING""")
                .params(event.entryId(), event.amount())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM ledger_entry_view").update();
    }

    public boolean contains(String entryId) {
        return jdbc.sql("SELECT count(*) FROM ledger_entry_view WHERE entry_id = ?").param(entryId)
                .query(Long.class).single() > 0;
    }
}
