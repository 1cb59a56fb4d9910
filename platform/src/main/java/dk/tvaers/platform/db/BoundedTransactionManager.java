package dk.tvaers.platform.db;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A JDBC transaction manager whose transactions start on the server at once.
 * <p>
 * The PostgreSQL driver sends {@code BEGIN} with the first statement, so without this the server's
 * {@code transaction_timeout} would count from the first statement rather than from the moment the
 * application began its unit of work and stamped its events. Starting the server transaction here
 * bounds the whole unit of work, which is what keeps the event store's gap handling safe (see
 * {@link dk.tvaers.platform.axon.EventStoreProperties}).
 */
public class BoundedTransactionManager extends JdbcTransactionManager {

    public BoundedTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        }
    }
}
