package fr.ctg.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a view: the roles, in the currently selected convention, that may open it and see it in the
 * menu. It only gates navigation; the services the view calls enforce access themselves.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ConventionRoles {
    Role[] value();
}
