package fr.ctg.base.db;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.stereotype.Component;

/**
 * The embedded MariaDB starts in the background while the context is built ({@link DatabaseEnvironmentPostProcessor});
 * nothing may connect before it answers, so the data source is handed out only once it does.
 */
@Component
class EmbeddedDatabaseReadiness implements BeanPostProcessor, PriorityOrdered {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource) {
            EmbeddedMariaDb.awaitReady();
        }
        return bean;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
