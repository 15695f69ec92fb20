/**
 * The administration of a Caf and its conventions: Cafs, their administrators and people, the new-convention wizard, a convention's settings, members and bulk invitations. It owns no data of its own: it drives the services of security and convention.
 */
@ApplicationModule(displayName = "Administration")
@NullMarked
package fr.ctg.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
