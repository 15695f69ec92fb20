/**
 * Accounts, memberships and roles per convention, Caf administrators, invitations, password login with its throttle, single sign-on, the administrators' second factor, personal data export and erasure, and the security filters.
 */
@ApplicationModule(displayName = "Accounts and access")
@NullMarked
package fr.ctg.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
