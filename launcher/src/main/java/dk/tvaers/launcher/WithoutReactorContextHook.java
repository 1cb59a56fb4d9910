package dk.tvaers.launcher;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Keeps a servlet context (a service or the sign-in) from installing Spring Security's Reactor hook when the
 * launcher runs it beside the gateway.
 * <p>
 * Spring Security's servlet configuration imports {@code SecurityReactorContextConfiguration} whenever WebFlux
 * is on the classpath; its registrar calls {@code Hooks.onLastOperator}, which is global to the JVM, so that a
 * servlet application's {@code WebClient} can see the current request. Started alone, a service has no WebFlux and
 * no hook. On the launcher's one classpath it has both, and the hook wraps every Reactor subscriber in the JVM, the
 * gateway's too: in a profile of the gateway on a quiet platform (2026-12-06) 6 % of the gateway's samples were in
 * the hook's own code. No service uses a {@code WebClient}, so nothing needs the hook.
 */
final class WithoutReactorContextHook implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The {@code @Bean} method's name in {@code SecurityReactorContextConfiguration}. */
    static final String REGISTRAR = "securityReactorContextSubscriberRegistrar";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // a plain post-processor runs after the configuration classes have been parsed, so the imported bean is there
        context.addBeanFactoryPostProcessor(WithoutReactorContextHook::removeRegistrar);
    }

    private static void removeRegistrar(ConfigurableListableBeanFactory beanFactory) {
        if (beanFactory instanceof BeanDefinitionRegistry registry && registry.containsBeanDefinition(REGISTRAR)) {
            registry.removeBeanDefinition(REGISTRAR);
        }
    }
}
