package fr.ctg;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The portal's routes for Karibu. Karibu's own discovery (ClassGraph) sees public classes only, while most routed
 * views are package-private (Vaadin registers them, as its walking skeleton does): Spring's scanner finds them all.
 */
public final class AppRoutes {

    private static Routes routes;

    private AppRoutes() {
    }

    public static synchronized Routes get() {
        if (routes == null) {
            Routes found = new Routes().autoDiscoverViews("fr.ctg");
            ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
            for (var candidate : scanner.findCandidateComponents("fr.ctg")) {
                found.getRoutes().add(ClassUtils.resolveClassName(candidate.getBeanClassName(), null)
                        .asSubclass(Component.class));
            }
            routes = found;
        }
        return routes;
    }
}
