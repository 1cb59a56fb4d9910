package dk.tvaers.testsupport;

/** A running PostgreSQL server that hands out fresh databases, one per service under test. */
public interface DatabaseServer {

    /** Creates an empty database and returns its name. */
    String createDatabase(String namePrefix);

    String jdbcUrl(String database);

    String username();

    String password();

    /** Where the server runs, for the test log. */
    String description();
}
