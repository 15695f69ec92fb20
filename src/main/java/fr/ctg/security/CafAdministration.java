package fr.ctg.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a view: only for the platform administrator and Cafs' administrators (navigation and menu), and, when
 * {@link #orConventionAdmin()}, for the administrators of the current convention too; the services the view calls
 * check what the caller administers.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CafAdministration {

    /** Also open to the current convention's administrators (its ADMIN role). */
    boolean orConventionAdmin() default false;
}
