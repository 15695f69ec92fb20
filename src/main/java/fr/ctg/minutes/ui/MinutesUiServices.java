package fr.ctg.minutes.ui;

import fr.ctg.discussion.ui.DiscussionPanels;
import fr.ctg.document.DocumentService;
import fr.ctg.minutes.ActionItemService;
import fr.ctg.minutes.MinutesEditingService;
import fr.ctg.minutes.MinutesReviewService;
import fr.ctg.minutes.MinutesService;
import fr.ctg.objective.ObjectiveService;
import fr.ctg.security.AccountService;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** The services the minutes page uses, gathered so that its parts stay small. */
@Component
record MinutesUiServices(MinutesService minutes, MinutesEditingService editing, MinutesReviewService review,
                         ActionItemService actions, ObjectiveService objectives, DocumentService documents,
                         AccountService accounts, Clock clock, DiscussionPanels discussions) {
}
