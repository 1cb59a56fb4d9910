package dk.tvaers.coordination;

import dk.tvaers.coordination.consent.query.ConsentProjection;
import dk.tvaers.coordination.involvement.query.InvolvedSectorsProjection;
import dk.tvaers.coordination.meeting.query.MeetingProjection;
import dk.tvaers.coordination.referral.process.ReferralProgress;
import dk.tvaers.coordination.referral.query.ReferralProjection;
import dk.tvaers.coordination.timeline.query.TimelineProjection;
import dk.tvaers.platform.privacy.ErasedCitizens;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The projections never write an erased citizen's rows, on a replay or afterwards: their events' personal
 * parts read as {@code null} once the citizen's key is gone, and the citizen must not reappear. The referrals'
 * process does nothing more for an erased citizen either (a new event would need a new key).
 */
@Configuration(proxyBeanMethods = false)
class SkipErasedCitizens {

    static final List<String> PROJECTIONS = List.of(InvolvedSectorsProjection.GROUP, ConsentProjection.GROUP,
            ReferralProjection.GROUP, MeetingProjection.GROUP, TimelineProjection.GROUP, ReferralProgress.GROUP);

    @Bean
    ConfigurerModule skipErasedCitizensInProjections(ErasedCitizens erased) {
        MessageHandlerInterceptor<EventMessage<?>> interceptor = (unitOfWork, chain) -> {
            UUID citizen = citizenOf(unitOfWork.getMessage().getPayload());
            return citizen != null && erased.contains(citizen) ? null : chain.proceed();
        };
        return configurer -> PROJECTIONS.forEach(group -> configurer.eventProcessing()
                .registerHandlerInterceptor(group, configuration -> interceptor));
    }

    /** Each event type's {@code citizenId} component, found once per type rather than for every event. */
    private static final ClassValue<Optional<Method>> CITIZEN_ID = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return Optional.empty();
            }
            return Arrays.stream(type.getRecordComponents())
                    .filter(component -> component.getName().equals("citizenId") && component.getType() == UUID.class)
                    .map(RecordComponent::getAccessor)
                    .findFirst();
        }
    };

    private static UUID citizenOf(Object payload) {
        if (payload == null) {
            return null;
        }
        Optional<Method> accessor = CITIZEN_ID.get(payload.getClass());
        if (accessor.isEmpty()) {
            return null;
        }
        try {
            return (UUID) accessor.get().invoke(payload);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
