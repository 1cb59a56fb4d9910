package dk.tvaers.platform.web;

import dk.tvaers.platform.domain.ConflictException;
import dk.tvaers.platform.domain.NotFoundException;
import dk.tvaers.platform.domain.RuleViolationException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every error as RFC 9457 problem details. A client's mistake is a 4xx that names the field
 * ({@code errors: [{field, message}]}); only the server's own failures are 5xx.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String TYPE_BASE = "https://tvaers.dk/problems/";

    public record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), messageOf(e)))
                .toList();
        ex.getBindingResult().getGlobalErrors().forEach(e -> log.debug("Global validation error {}", e));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "Ugyldige oplysninger",
                describe(errors));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                error instanceof FieldError field ? field.getField()
                                        : result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "Ugyldige oplysninger",
                describe(errors));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        String field = fieldOf(ex);
        String detail = field == null
                ? "The request body is not valid JSON for this request."
                : "The field '" + field + "' has a value of the wrong type or format.";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unreadable", "Forespørgslen kan ikke læses",
                detail);
        if (field != null) {
            problem.setProperty("errors", List.of(new FieldProblem(field, "wrong type or format")));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "Ugyldige oplysninger",
                "The parameter '" + ex.getName() + "' has a value of the wrong type or format.");
        problem.setProperty("errors", List.of(new FieldProblem(ex.getName(), "wrong type or format")));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolationException ex) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule/" + ex.rule(),
                "Reglen er ikke opfyldt", ex.getMessage());
        problem.setProperty("rule", ex.rule());
        if (ex.field() != null) {
            problem.setProperty("errors", List.of(new FieldProblem(ex.field(), ex.getMessage())));
        }
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "conflict/" + ex.rule(), "Konflikt", ex.getMessage());
        problem.setProperty("rule", ex.rule());
        if (ex.currentVersion() != null) {
            problem.setProperty("currentVersion", ex.currentVersion());
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler({NotFoundException.class, AggregateNotFoundException.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, "not-found", "Findes ikke",
                        ex instanceof NotFoundException ? ex.getMessage() : "The resource was not found."));
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ResponseEntity<ProblemDetail> concurrentChange(RuntimeException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problem(HttpStatus.CONFLICT, "conflict/concurrent-change", "Konflikt",
                        "Someone else changed this at the same time. Read it again and retry."));
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<?> commandFailed(CommandExecutionException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof RuntimeException runtime && cause != ex) {
            return handleCause(runtime);
        }
        return serverError(ex);
    }

    @ExceptionHandler(EventStoreException.class)
    ResponseEntity<ProblemDetail> eventStore(EventStoreException ex) {
        if (ex.getCause() instanceof ConcurrencyException concurrency) {
            return concurrentChange(concurrency);
        }
        return serverError(ex);
    }

    private ResponseEntity<?> handleCause(RuntimeException cause) {
        if (cause instanceof RuleViolationException e) {
            return ruleViolation(e);
        }
        if (cause instanceof ConflictException e) {
            return conflict(e);
        }
        if (cause instanceof NotFoundException || cause instanceof AggregateNotFoundException) {
            return notFound(cause);
        }
        if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
            return concurrentChange(cause);
        }
        return serverError(cause);
    }

    private ResponseEntity<ProblemDetail> serverError(Exception ex) {
        log.error("Request failed", ex);
        return ResponseEntity.internalServerError()
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "server-error", "Serverfejl",
                        "The server failed to handle the request. It has been logged."));
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    private static String messageOf(FieldError error) {
        return error.getDefaultMessage() == null ? "invalid" : error.getDefaultMessage();
    }

    private static String describe(List<FieldProblem> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }

    private static String fieldOf(HttpMessageNotReadableException ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof DatabindException databind && !databind.getPath().isEmpty()) {
                return databind.getPath().stream()
                        .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName()
                                : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining("."))
                        .replace(".[", "[");
            }
        }
        return null;
    }
}
