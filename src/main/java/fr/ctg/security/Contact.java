package fr.ctg.security;

/** How to reach a member (for server-side jobs such as reminders; never shown to other members). */
public record Contact(long accountId, String displayName, String email, Role role, Committee committee) {
}
