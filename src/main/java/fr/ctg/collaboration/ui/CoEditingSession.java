package fr.ctg.collaboration.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import fr.ctg.collaboration.CollaborationHub;
import fr.ctg.collaboration.Participant;
import fr.ctg.collaboration.PresenceHandle;
import fr.ctg.collaboration.PresenceSnapshot;
import fr.ctg.collaboration.UiCollaboration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.modulith.NamedInterface;

/**
 * One tab's place on a co-edited item (an objective, an article, an annex): joins the item's presence as this UI,
 * receives the saves published on its topic, keeps alive on heartbeats, says which field the person writes, and
 * leaves when the view is detached. Editor views attach it in {@code onAttach} and detach it in {@code onDetach}.
 */
@NamedInterface("ui")
public final class CoEditingSession {

    private final List<Registration> registrations = new ArrayList<>();
    private PresenceHandle presence;
    private String participantKey = "";

    /** Joins the topic; {@code changed} and {@code presenceChanged} run in {@code ui.access}, coalesced. */
    public <E> void attach(UI ui, CollaborationHub hub, String topic, long accountId, String displayName,
                           Class<E> changeType, Consumer<E> changed, Consumer<PresenceSnapshot> presenceChanged) {
        participantKey = ui.getSession().getSession().getId() + "/" + ui.getUIId();
        presence = hub.join(topic, new Participant(participantKey, accountId, displayName),
                UiCollaboration.coalescing(ui, presenceChanged));
        registrations.add(presence);
        registrations.add(UiCollaboration.subscribe(hub, ui, topic, changeType, changed));
        PresenceHandle handle = presence;
        registrations.add(ui.addHeartbeatListener(e -> handle.touch()));
    }

    public void detach() {
        registrations.forEach(Registration::remove);
        registrations.clear();
        presence = null;
    }

    /** This tab's key: the others on the item are everyone but it. */
    public String participantKey() {
        return participantKey;
    }

    /** The person now writes this field (focused), or left it. */
    public void focus(String field, boolean focused) {
        if (presence != null) {
            if (focused) {
                presence.focus(field);
            } else {
                presence.blur(field);
            }
        }
    }

    /** The person acts: the tab is alive. */
    public void touch() {
        if (presence != null) {
            presence.touch();
        }
    }
}
