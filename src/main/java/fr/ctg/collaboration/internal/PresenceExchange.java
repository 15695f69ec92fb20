package fr.ctg.collaboration.internal;

import fr.ctg.collaboration.PresenceSnapshot;
import java.util.List;

/** How a node-local hub shares its presence with other nodes and sees theirs. */
interface PresenceExchange {

    /** A single node: nobody elsewhere. */
    PresenceExchange NONE = new PresenceExchange() {
        @Override
        public List<PresenceSnapshot.Present> remote(String topic) {
            return List.of();
        }

        @Override
        public void localChanged(String topic, List<PresenceSnapshot.Present> here) {
            // nobody to tell
        }
    };

    /** Who is on the topic on the other nodes. */
    List<PresenceSnapshot.Present> remote(String topic);

    /** Who is on the topic on this node now (after a join, a focus, a leave or an expiry). */
    void localChanged(String topic, List<PresenceSnapshot.Present> here);
}
