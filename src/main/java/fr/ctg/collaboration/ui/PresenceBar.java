package fr.ctg.collaboration.ui;

import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.ctg.collaboration.PresenceSnapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * The other people on this item right now: avatars, and their names as text for everyone, with the item's messages
 * for "nobody else" and for "also here: {0}".
 */
@NamedInterface("ui")
public class PresenceBar extends HorizontalLayout {

    private final AvatarGroup avatars = new AvatarGroup();
    private final Span names = new Span();
    private final String aloneKey;
    private final String othersKey;

    public PresenceBar(String aloneKey, String othersKey) {
        this.aloneKey = aloneKey;
        this.othersKey = othersKey;
        addClassName("ctg-presence");
        setAlignItems(Alignment.CENTER);
        names.setId("presence-names");
        names.getElement().setAttribute("aria-live", "polite");
        avatars.setMaxItemsVisible(6);
        add(avatars, names);
    }

    /** Shows the others (one entry per person, even with several tabs open). */
    public void show(List<PresenceSnapshot.Present> others) {
        Map<Long, String> people = new LinkedHashMap<>();
        others.forEach(p -> people.putIfAbsent(p.participant().accountId(), p.participant().displayName()));
        avatars.setItems(people.values().stream().map(AvatarGroup.AvatarGroupItem::new).toList());
        names.setText(people.isEmpty() ? getTranslation(aloneKey)
                : getTranslation(othersKey, String.join(", ", people.values())));
    }

    public String namesText() {
        return names.getText();
    }
}
