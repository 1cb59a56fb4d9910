package dk.tvaers.platform.axon;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Axon deadlines on db-scheduler in the service's own database ({@code scheduled_tasks}): a deadline
 * set by an aggregate or saga (a grant's end date, a follow-up falling due) is stored in the same
 * transaction as the events that set it, survives restarts, and fires once even with several instances.
 * Not a table scan of the domain: the scheduler only looks at its own due tasks.
 */
@AutoConfiguration(after = AxonPlatformAutoConfiguration.class, before = AxonAutoConfiguration.class)
public class DeadlinesAutoConfiguration {

    @Bean
    public Task<DbSchedulerBinaryDeadlineDetails> deadlineDetailsTask(ApplicationContext context) {
        return DbSchedulerDeadlineManager.binaryTask(() -> context.getBean(DbSchedulerDeadlineManager.class));
    }

    @Bean
    public Scheduler deadlineScheduler(DataSource dataSource, Task<DbSchedulerBinaryDeadlineDetails> deadlines) {
        return Scheduler.create(dataSource, deadlines)
                .tableName("scheduled_tasks")
                .threads(2)
                .pollingInterval(Duration.ofSeconds(1))
                .enableImmediateExecution()
                .build();
    }

    @Bean
    public DbSchedulerDeadlineManager deadlineManager(Scheduler deadlineScheduler,
                                                      org.axonframework.config.Configuration configuration,
                                                      @Qualifier("eventSerializer") Serializer serializer,
                                                      TransactionManager transactionManager) {
        return DbSchedulerDeadlineManager.builder()
                .scheduler(deadlineScheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .startScheduler(false)
                .stopScheduler(false)
                .build();
    }

    /**
     * Starts the scheduler once Axon's aggregates and sagas are there to receive deadlines. A db-scheduler
     * cannot be started again after it stopped, so a lifecycle stop (a paused context, as Spring's test
     * context cache does) leaves it running, and it stops when the context closes.
     */
    @Bean
    public SmartLifecycle deadlineSchedulerLifecycle(Scheduler deadlineScheduler) {
        return new SchedulerLifecycle(deadlineScheduler);
    }

    static final class SchedulerLifecycle implements SmartLifecycle, org.springframework.beans.factory.DisposableBean {

        private final Scheduler scheduler;
        private volatile boolean started;
        private volatile boolean running;

        SchedulerLifecycle(Scheduler scheduler) {
            this.scheduler = scheduler;
        }

        @Override
        public synchronized void start() {
            if (!started) {
                scheduler.start();
                started = true;
            }
            running = true;
        }

        @Override
        public void stop() {
            running = false;
        }

        @Override
        public synchronized void destroy() {
            if (started) {
                scheduler.stop();
            }
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public int getPhase() {
            return Integer.MAX_VALUE - 100;
        }
    }
}
