package dk.tvaers.platform.axon;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

/**
 * Appends events stamped in the past, as an import of a citizen's history from another system does. The
 * event table refuses an event stamped more than the transaction limit before its transaction began
 * ({@code db/platform/V8}); this runs the appends in one transaction that tells the table they are history.
 * Run it while nothing else writes to the store: a tracking processor judges gaps by the time stamps of the
 * events after them, so an old stamp lets it abandon a gap that a running transaction could still fill.
 */
public class HistoricEventImport {

    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    public HistoricEventImport(PlatformTransactionManager transactionManager, DataSource dataSource) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Runs {@code appends} (publishing to the event store) in one transaction that may store past events. */
    public void run(Runnable appends) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("SET LOCAL tvaers.historic_events = 'on'").update();
            appends.run();
        });
    }
}
