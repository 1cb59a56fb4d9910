package dk.tvaers.platform.privacy;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The service's API endpoints and what they declare about personal data. A test per service asks for
 * {@link #undeclared()} to be empty, so a new endpoint cannot slip past the audit log and the access
 * matrix unnoticed.
 */
public class PersonalDataEndpoints {

    public record Endpoint(Set<String> methods, Set<String> paths, HandlerMethod handler) {

        public PersonalData personalData() {
            return handler.getMethodAnnotation(PersonalData.class);
        }

        @Override
        public String toString() {
            return methods + " " + paths + " -> " + handler.getShortLogMessage();
        }
    }

    private final RequestMappingHandlerMapping mappings;

    public PersonalDataEndpoints(RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    public List<Endpoint> api() {
        return mappings.getHandlerMethods().entrySet().stream()
                .map(entry -> endpoint(entry))
                .filter(endpoint -> endpoint.paths().stream().anyMatch(path -> path.startsWith("/api/")))
                .filter(endpoint -> !endpoint.paths().stream().allMatch(path -> path.contains("/v3/api-docs")))
                .toList();
    }

    /** API endpoints with neither {@link PersonalData} nor {@link NoPersonalData}. */
    public List<Endpoint> undeclared() {
        return api().stream()
                .filter(endpoint -> !endpoint.handler().hasMethodAnnotation(PersonalData.class)
                        && !endpoint.handler().hasMethodAnnotation(NoPersonalData.class))
                .toList();
    }

    /** API endpoints that touch personal data. */
    public List<Endpoint> personal() {
        return api().stream().filter(endpoint -> endpoint.handler().hasMethodAnnotation(PersonalData.class)).toList();
    }

    private static Endpoint endpoint(Map.Entry<RequestMappingInfo, HandlerMethod> entry) {
        RequestMappingInfo info = entry.getKey();
        Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name)
                .collect(java.util.stream.Collectors.toSet());
        return new Endpoint(methods, info.getPatternValues(), entry.getValue());
    }
}
