package dk.tvaers.cases.web;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.sql.SQLException;

/**
 * Two commands decided on the same aggregate version: the event store's unique (aggregate, sequence) key
 * lets one commit and refuses the other. On PostgreSQL the platform's error-code resolver does not
 * recognise that refusal as a concurrency conflict, so it would surface as a 500; here it is the 409 it
 * is ("read it again and retry"). Anything else stays a server error.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConcurrentChangeAdvice {

    private static final Logger log = LoggerFactory.getLogger(ConcurrentChangeAdvice.class);
    private static final String UNIQUE_VIOLATION = "23505";

    @ExceptionHandler(EventStoreException.class)
    ResponseEntity<ProblemDetail> eventStore(EventStoreException ex) {
        if (isUniqueViolation(ex)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "Someone else changed this at the same time. Read it again and retry.");
            problem.setType(URI.create("https://tvaers.dk/problems/conflict/concurrent-change"));
            problem.setTitle("Konflikt");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        log.error("Request failed", ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The server failed to handle the request. It has been logged.");
        problem.setType(URI.create("https://tvaers.dk/problems/server-error"));
        problem.setTitle("Serverfejl");
        return ResponseEntity.internalServerError().body(problem);
    }

    static boolean isUniqueViolation(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
