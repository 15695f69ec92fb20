package fr.ctg.minutes.ui;

import fr.ctg.document.DocumentService;
import fr.ctg.minutes.ActionItemService;
import fr.ctg.minutes.MinutesEditing;
import fr.ctg.minutes.MinutesReview;
import fr.ctg.minutes.MinutesService;
import fr.ctg.objective.ObjectiveService;
import fr.ctg.security.AccountService;
import org.springframework.stereotype.Component;

/** The services the minutes page uses, gathered so that its parts stay small. */
@Component
record MinutesUiServices(MinutesService minutes, MinutesEditing editing, MinutesReview review,
                         ActionItemService actions, ObjectiveService objectives, DocumentService documents,
                         AccountService accounts, java.time.Clock clock) {
}
