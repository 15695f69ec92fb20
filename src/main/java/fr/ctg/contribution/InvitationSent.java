package fr.ctg.contribution;

/** An invitation was created: the contact gets its secret link by e-mail (after commit). */
public record InvitationSent(String email, String organisationName, String conventionTitle, String token,
                             String invitedBy) {
}
