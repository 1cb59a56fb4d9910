package dk.tvaers.gateway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;
import reactor.netty.resources.LoopResources;

/**
 * The gateway's event loops: {@code tvaers.gateway.event-loops} of them, by default one per core, which is all a
 * proxy whose every step is non-blocking can use when it has the machine's cores to itself. Reactor Netty would
 * start at least four, also on a machine of one or two cores, where the extra loops only take turns at the same
 * cores. Where the gateway shares its cores with other busy threads, as in the local launcher's one JVM, the kernel
 * gives each thread its turn, and a gateway of one or two loops among dozens of busy threads falls behind once the
 * cores are overloaded; the launcher gives it four (bench/README.md, 2026-12-07). The calls to the services run on
 * the same loops ({@link ColocatedRouting}).
 */
@Configuration(proxyBeanMethods = false)
class EventLoops {

    @Bean
    ReactorResourceFactory reactorResourceFactory(GatewayLimits limits) {
        ReactorResourceFactory resources = new ReactorResourceFactory();
        // the gateway's own loops, shut down with it (the JVM-wide ones are shared with whatever else runs here)
        resources.setUseGlobalResources(false);
        resources.setLoopResourcesSupplier(() -> LoopResources.create("reactor-http", limits.eventLoops(), true));
        return resources;
    }
}
