/**
 * The in-portal notifications of a person: written on other features' events, read and marked read.
 */
@ApplicationModule(displayName = "Notifications")
@NullMarked
package fr.ctg.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
