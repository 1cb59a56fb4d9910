package dk.tvaers.launcher;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.platform.privacy.AccessKind;
import dk.tvaers.platform.privacy.PersonalData;
import dk.tvaers.platform.privacy.PersonalDataEndpoints;
import dk.tvaers.testsupport.Persona;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every API endpoint of every service, read from the running services as they declare them (mapping,
 * {@link PersonalData} or not, {@link PreAuthorize}), so that an endpoint written tomorrow is in the matrix
 * without anyone listing it.
 */
final class ApiCatalog {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    private static final Pattern ROLE = Pattern.compile("'([a-z-]+)'");

    /** One method and path of one service. */
    record Endpoint(String service, HttpMethod method, String template, HandlerMethod handler) {

        PersonalData personalData() {
            return handler.getMethodAnnotation(PersonalData.class);
        }

        boolean personal() {
            return personalData() != null;
        }

        String category() {
            return personal() ? personalData().category() : null;
        }

        AccessKind kind() {
            return personal() ? personalData().kind() : null;
        }

        boolean stream() {
            Class<?> type = handler.getReturnType().getParameterType();
            return ResponseBodyEmitter.class.isAssignableFrom(type) || type.getName().startsWith("reactor.core.");
        }

        boolean read() {
            return method == HttpMethod.GET;
        }

        /** The roles {@link PreAuthorize} lets through (the method's, else the class's); empty if it says none. */
        Optional<Set<String>> roles() {
            PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
            if (rule == null) {
                rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
            }
            if (rule == null) {
                return Optional.empty();
            }
            Set<String> roles = new LinkedHashSet<>();
            Matcher role = ROLE.matcher(rule.value());
            while (role.find()) {
                roles.add(role.group(1));
            }
            return Optional.of(roles);
        }

        /** Whether the persona's roles pass the endpoint's {@link PreAuthorize} (the access rules come after). */
        boolean admits(Persona persona) {
            return roles().map(roles -> persona.roles().stream().anyMatch(roles::contains)).orElse(true);
        }

        boolean matches(HttpMethod method, String path) {
            PathPattern pattern = PathPatternParser.defaultInstance.parse(template);
            return this.method == method && pattern.matches(PathContainer.parsePath(path.split("\\?")[0]));
        }

        /** The template's path variables and required query parameters. */
        List<String> variables() {
            List<String> names = new ArrayList<>();
            Matcher variable = VARIABLE.matcher(template);
            while (variable.find()) {
                names.add(variable.group(1));
            }
            names.addAll(requiredParameters().keySet().stream().toList());
            return names;
        }

        /** Fills the path variables and required query parameters; empty if a value is missing. */
        Optional<String> resolve(Map<String, ?> values, String extraQuery) {
            StringBuilder path = new StringBuilder();
            Matcher variable = VARIABLE.matcher(template);
            while (variable.find()) {
                Object value = values.get(variable.group(1));
                if (value == null) {
                    return Optional.empty();
                }
                variable.appendReplacement(path, Matcher.quoteReplacement(value.toString()));
            }
            variable.appendTail(path);
            List<String> query = new ArrayList<>();
            for (var parameter : requiredParameters().entrySet()) {
                Object value = values.get(parameter.getKey());
                if (value == null && parameter.getValue() == LocalDate.class) {
                    value = DanishTime.today();
                }
                if (value == null) {
                    return Optional.empty();
                }
                query.add(parameter.getKey() + "=" + value);
            }
            if (extraQuery != null && !extraQuery.isEmpty()) {
                query.add(extraQuery);
            }
            return Optional.of(query.isEmpty() ? path.toString() : path + "?" + String.join("&", query));
        }

        private Map<String, Class<?>> requiredParameters() {
            Map<String, Class<?>> required = new java.util.LinkedHashMap<>();
            for (MethodParameter parameter : handler.getMethodParameters()) {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                if (param == null || !param.required() || !param.defaultValue().equals(ValueConstants.DEFAULT_NONE)) {
                    continue;
                }
                parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
                        : parameter.getParameterName();
                required.put(name, parameter.getParameterType());
            }
            return required;
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private ApiCatalog() {
    }

    static List<Endpoint> of(Platform platform) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (String service : platform.serviceUrls().keySet()) {
            for (PersonalDataEndpoints.Endpoint endpoint : platform.context(service)
                    .getBean(PersonalDataEndpoints.class).api()) {
                for (String template : endpoint.paths()) {
                    for (String method : endpoint.methods().isEmpty() ? Set.of("GET") : endpoint.methods()) {
                        endpoints.add(new Endpoint(service, HttpMethod.valueOf(method), template, endpoint.handler()));
                    }
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::service).thenComparing(Endpoint::template)
                .thenComparing(endpoint -> endpoint.method().name()));
        return endpoints;
    }

    static String randomId() {
        return UUID.randomUUID().toString();
    }
}
