/**
 * The Savès demonstration data, loaded only with the demo profile; its accounts' passwords are refused when the demo is off.
 */
@ApplicationModule(displayName = "Demo")
@NullMarked
package fr.ctg.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
