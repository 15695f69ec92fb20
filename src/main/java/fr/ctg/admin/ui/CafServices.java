package fr.ctg.admin.ui;

import fr.ctg.admin.ConventionSetupService;
import fr.ctg.convention.CafService;
import fr.ctg.convention.ConventionSettingsService;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.security.AccountAdministrationService;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.InvitationService;
import org.springframework.stereotype.Component;

/** What the Caf pages and the new-convention wizard call. */
@Component
record CafServices(CafService cafs, AccountAdministrationService accounts, InvitationService invitations,
                   ConventionAccessService access, ConventionSetupService setup, ConventionSettingsService settings,
                   CurrentConvention currentConvention) {
}
