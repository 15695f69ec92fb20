package fr.ctg.collaboration.internal;

import fr.ctg.collaboration.PresenceSnapshot;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The messages nodes exchange over Redis, as JSON. A payload travels with its type's name and is read back only
 * when that type is one of the portal's own records ({@code fr.ctg.*}): a message on the channel can never make
 * a node build an arbitrary class.
 */
final class HubCodec {

    /** A payload published on a topic by a node. */
    record Event(String node, String topic, String type, JsonNode payload) {
    }

    /**
     * A node's presence: {@code full} = every topic it has someone on (a heartbeat; topics not named are empty there),
     * otherwise the topics named only.
     */
    record Presence(String node, boolean full, Map<String, List<PresenceSnapshot.Present>> topics) {
    }

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** The event as JSON, or empty when the payload is not a portal record (it then stays on this node). */
    Optional<String> event(String node, String topic, Object payload) {
        if (!shareable(payload.getClass())) {
            return Optional.empty();
        }
        return Optional.of(json.writeValueAsString(
                new Event(node, topic, payload.getClass().getName(), json.valueToTree(payload))));
    }

    String presence(String node, boolean full, Map<String, List<PresenceSnapshot.Present>> topics) {
        return json.writeValueAsString(new Presence(node, full, topics));
    }

    Presence readPresence(String message) throws JacksonException {
        return json.readValue(message, Presence.class);
    }

    Event readEvent(String message) throws JacksonException {
        return json.readValue(message, Event.class);
    }

    /** The event's payload as its own type; empty when the type is not a portal record. */
    Optional<Object> payload(Event event) throws JacksonException {
        Class<?> type;
        try {
            if (!event.type().startsWith("fr.ctg.")) {
                return Optional.empty();
            }
            type = Class.forName(event.type(), false, HubCodec.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        if (!shareable(type)) {
            return Optional.empty();
        }
        return Optional.of(json.treeToValue(event.payload(), type));
    }

    private static boolean shareable(Class<?> type) {
        return type.isRecord() && type.getName().startsWith("fr.ctg.");
    }
}
