package fr.ctg.objective.ui;

import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.ctg.collaboration.PresenceSnapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The other people on this objective right now: avatars, and their names as text for everyone. */
class PresenceBar extends HorizontalLayout {

    private final AvatarGroup avatars = new AvatarGroup();
    private final Span names = new Span();

    PresenceBar() {
        addClassName("ctg-presence");
        setAlignItems(Alignment.CENTER);
        names.setId("presence-names");
        names.getElement().setAttribute("aria-live", "polite");
        avatars.setMaxItemsVisible(6);
        add(avatars, names);
    }

    /** Shows the others (one entry per person, even with several tabs open). */
    void show(List<PresenceSnapshot.Present> others) {
        Map<Long, String> people = new LinkedHashMap<>();
        others.forEach(p -> people.putIfAbsent(p.participant().accountId(), p.participant().displayName()));
        avatars.setItems(people.values().stream().map(AvatarGroup.AvatarGroupItem::new).toList());
        names.setText(people.isEmpty() ? getTranslation("objective.presence.alone")
                : getTranslation("objective.presence.others", String.join(", ", people.values())));
    }

    String namesText() {
        return names.getText();
    }
}
