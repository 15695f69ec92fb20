package fr.ctg.collaboration;

import com.vaadin.flow.shared.Registration;

/** A participant's place on a topic: say which field they edit, prove they are alive, leave. */
public interface PresenceHandle extends Registration {

    /** The participant now edits this field (null: none). */
    void focus(String field);

    /** The participant left the field (ignored if they moved on to another one). */
    void blur(String field);

    /** The participant's view is still alive (called on heartbeats and interactions). */
    void touch();
}
