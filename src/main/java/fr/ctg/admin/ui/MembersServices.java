package fr.ctg.admin.ui;

import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.security.AccountAdministrationService;
import fr.ctg.security.BulkInvitationService;
import fr.ctg.security.InvitationService;
import fr.ctg.security.MembershipService;
import org.springframework.stereotype.Component;

/** What the members page and its dialogs call. */
@Component
record MembersServices(CurrentConvention currentConvention, ConventionService conventions, MembershipService memberships,
                       InvitationService invitations, BulkInvitationService bulk,
                       AccountAdministrationService accountAdministration) {
}
