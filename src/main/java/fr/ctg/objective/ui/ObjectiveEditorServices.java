package fr.ctg.objective.ui;

import fr.ctg.base.ui.PageLinker;
import fr.ctg.convention.ConventionService;
import fr.ctg.discussion.ui.DiscussionPanels;
import fr.ctg.document.DocumentService;
import fr.ctg.objective.ObjectiveDetails;
import fr.ctg.objective.ObjectiveHistoryService;
import fr.ctg.objective.ObjectiveReferences;
import fr.ctg.objective.ObjectiveService;
import fr.ctg.security.AccountService;
import java.util.List;
import org.springframework.stereotype.Component;

/** The services the objective editor reads from, gathered so that the view stays small. */
@Component
record ObjectiveEditorServices(ObjectiveService objectives, ConventionService conventions, AccountService accounts,
                               ObjectiveHistoryService history, DiscussionPanels discussions,
                               DocumentService documents, List<ObjectiveReferences> references,
                               PageLinker pages) {

    ObjectiveChoices choices(ObjectiveDetails details) {
        long conventionId = details.conventionId();
        return ObjectiveChoices.of(conventions.fields(conventionId), conventions.thematicGroups(conventionId),
                accounts.members(conventionId), objectives.byField(conventionId), details.id());
    }
}
