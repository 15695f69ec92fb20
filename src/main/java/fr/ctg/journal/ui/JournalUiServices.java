package fr.ctg.journal.ui;

import fr.ctg.convention.CafService;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.journal.JournalService;
import fr.ctg.security.AccountAdministrationService;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.MembershipService;
import org.springframework.stereotype.Component;

/** What the journal page calls. */
@Component
record JournalUiServices(JournalService journal, CurrentConvention currentConvention,
                         ConventionService conventions, CafService cafs, ConventionAccessService access,
                         MembershipService memberships, AccountAdministrationService accounts) {
}
