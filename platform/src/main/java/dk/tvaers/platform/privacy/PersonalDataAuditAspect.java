package dk.tvaers.platform.privacy;

import dk.tvaers.platform.observability.CorrelationId;
import dk.tvaers.platform.security.Actor;
import jakarta.servlet.http.HttpServletRequest;
import org.aspectj.lang.JoinPoint;
import org.aspectj.lang.annotation.AfterReturning;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.reflect.MethodSignature;
import org.springframework.http.HttpEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Writes an audit entry for every citizen a {@link PersonalData} endpoint returned or touched, after the
 * handler succeeded and before the response is written: if the audit log cannot be written, the caller
 * gets an error instead of the data.
 */
@Aspect
public class PersonalDataAuditAspect {

    public static final String PURPOSE_HEADER = "X-Purpose";
    static final String DEFAULT_PURPOSE = "sagsbehandling";
    private static final Pattern CPR = Pattern.compile("(?<!\\d)(\\d{6})-?(\\d{4})(?!\\d)");
    private static final Pattern ID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern SAFE_PURPOSE = Pattern.compile("[\\p{L}\\p{N} .,:;()/§'-]{1,200}");

    private final AuditLog log;
    private final String service;

    public PersonalDataAuditAspect(AuditLog log, String service) {
        this.log = log;
        this.service = service;
    }

    @AfterReturning(pointcut = "@annotation(personalData)", returning = "result")
    public void audit(JoinPoint call, PersonalData personalData, Object result) {
        HttpServletRequest request = currentRequest();
        Actor actor = currentActor();
        Set<UUID> citizens = new LinkedHashSet<>();
        parameterCitizen(call, personalData.citizen()).ifPresent(citizens::add);
        collectCitizens(result, citizens, 0);
        if (citizens.isEmpty()) {
            citizens.add(null);
        }
        String resource = request == null ? call.getSignature().toShortString()
                : request.getMethod() + " " + request.getRequestURI();
        String criteria = personalData.kind() == AccessKind.SEARCH && request != null ? mask(request.getQueryString())
                : null;
        String purpose = purpose(request);
        Instant now = Instant.now();
        List<AuditEntry> entries = new ArrayList<>();
        for (UUID citizen : citizens) {
            entries.add(new AuditEntry(now, service, actor == null ? "unknown" : actor.userId(),
                    actor == null ? "" : actor.rolesText(), actor == null ? null : actor.organisation(),
                    actor == null ? null : actor.sector(), citizen, personalData.kind(), personalData.category(),
                    truncate(resource, 300), purpose, truncate(criteria, 1000), CorrelationId.current().orElse(null)));
        }
        log.append(entries);
    }

    private static Optional<UUID> parameterCitizen(JoinPoint call, String parameter) {
        if (parameter.isEmpty()) {
            return Optional.empty();
        }
        String[] names = ((MethodSignature) call.getSignature()).getParameterNames();
        Object[] values = call.getArgs();
        for (int i = 0; names != null && i < names.length; i++) {
            if (names[i].equals(parameter)) {
                return asUuid(values[i]);
            }
        }
        return Optional.empty();
    }

    private static void collectCitizens(Object value, Set<UUID> citizens, int depth) {
        if (value == null || depth > 3) {
            return;
        }
        if (value instanceof HttpEntity<?> entity) {
            collectCitizens(entity.getBody(), citizens, depth + 1);
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(inner -> collectCitizens(inner, citizens, depth + 1));
        } else if (value instanceof CitizenData data) {
            if (data.citizenId() != null) {
                citizens.add(data.citizenId());
            }
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(item -> collectCitizens(item, citizens, depth + 1));
        } else if (value instanceof Object[] array) {
            for (Object item : array) {
                collectCitizens(item, citizens, depth + 1);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                if (Collection.class.isAssignableFrom(component.getType())) {
                    try {
                        collectCitizens(component.getAccessor().invoke(value), citizens, depth + 1);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    private static Optional<UUID> asUuid(Object value) {
        if (value instanceof UUID uuid) {
            return Optional.of(uuid);
        }
        if (value instanceof CitizenData data) {
            return Optional.ofNullable(data.citizenId());
        }
        if (value instanceof String text) {
            try {
                return Optional.of(UUID.fromString(text));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The caller's purpose from {@value #PURPOSE_HEADER}. HTTP headers are ASCII, so a purpose in Danish
     * comes percent-encoded (UTF-8), as JavaScript's encodeURIComponent writes it.
     */
    private static String purpose(HttpServletRequest request) {
        String given = request == null ? null : request.getHeader(PURPOSE_HEADER);
        if (given == null) {
            return DEFAULT_PURPOSE;
        }
        try {
            given = java.net.URLDecoder.decode(given, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return DEFAULT_PURPOSE;
        }
        return SAFE_PURPOSE.matcher(given).matches() ? given : DEFAULT_PURPOSE;
    }

    /**
     * The criteria with every CPR number masked ({@code DDMMYY-XXXX}). An id is kept whole: ten digits in a row
     * inside one (say {@code …-4832122762e8}) are no CPR number, and masking them would hide whom the search was for.
     */
    static String mask(String text) {
        if (text == null) {
            return null;
        }
        String decoded = java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder masked = new StringBuilder();
        java.util.regex.Matcher id = ID.matcher(decoded);
        int from = 0;
        while (id.find()) {
            masked.append(CPR.matcher(decoded.substring(from, id.start())).replaceAll("$1-XXXX")).append(id.group());
            from = id.end();
        }
        return masked.append(CPR.matcher(decoded.substring(from)).replaceAll("$1-XXXX")).toString();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    private static Actor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Jwt jwt ? Actor.of(jwt) : null;
    }
}
