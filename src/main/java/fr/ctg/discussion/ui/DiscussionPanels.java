package fr.ctg.discussion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.ctg.collaboration.CollaborationHub;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.discussion.DiscussionService;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/** What other features put on their pages: an item's discussion, in place or behind a button. */
@NamedInterface("panels")
@org.springframework.stereotype.Component
public class DiscussionPanels {

    private final DiscussionService discussions;
    private final CollaborationHub hub;

    DiscussionPanels(DiscussionService discussions, CollaborationHub hub) {
        this.discussions = discussions;
        this.hub = hub;
    }

    /** The item's discussion, updated live; its elements' ids start with {@code idPrefix}. */
    public Component panel(DiscussionKind kind, long itemId, String idPrefix) {
        return new DiscussionPanel(discussions, hub, kind, itemId, idPrefix);
    }

    /** The item's discussion if the person reads it (an association reading a published document does not). */
    public Optional<Component> panelIfReadable(DiscussionKind kind, long itemId, String idPrefix) {
        return discussions.canRead(kind, itemId) ? Optional.of(panel(kind, itemId, idPrefix)) : Optional.empty();
    }

    /** {@link #button} if the person reads the item's discussion. */
    public Optional<Button> buttonIfReadable(DiscussionKind kind, long itemId, String idPrefix, String itemTitle) {
        return discussions.canRead(kind, itemId) ? Optional.of(button(kind, itemId, idPrefix, itemTitle))
                : Optional.empty();
    }

    /**
     * A "Discussion" button that opens the item's discussion in a dialog; its accessible name and the dialog's title
     * name the item (several such buttons on one page stay distinct).
     */
    public Button button(DiscussionKind kind, long itemId, String idPrefix, String itemTitle) {
        Button open = new Button();
        open.setText(open.getTranslation("discussion.open"));
        open.setAriaLabel(open.getTranslation("discussion.open.aria", itemTitle));
        open.setIcon(VaadinIcon.COMMENTS_O.create());
        open.setId(idPrefix + "-open");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        open.addClickListener(e -> {
            Dialog dialog = new Dialog();
            dialog.setId(idPrefix + "-dialog");
            dialog.setHeaderTitle(open.getTranslation("discussion.open.aria", itemTitle));
            dialog.setWidth("min(44rem, 96vw)");
            dialog.add(panel(kind, itemId, idPrefix));
            dialog.getFooter().add(new Button(open.getTranslation("action.close"), c -> dialog.close()));
            dialog.open();
        });
        return open;
    }
}
