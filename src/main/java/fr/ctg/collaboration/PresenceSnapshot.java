package fr.ctg.collaboration;

import java.util.List;
import java.util.Optional;

/** Who is on a topic now, and which field each of them is editing (null when none). */
public record PresenceSnapshot(String topic, List<Present> present) {

    public record Present(Participant participant, String focusedField) {
    }

    /** The others, seen from one participant. */
    public List<Present> othersThan(String participantKey) {
        return present.stream().filter(p -> !p.participant().key().equals(participantKey)).toList();
    }

    /** Who (other than the given participant) is editing a field. */
    public Optional<Participant> editorOf(String field, String exceptKey) {
        return othersThan(exceptKey).stream().filter(p -> field.equals(p.focusedField()))
                .map(Present::participant).findFirst();
    }
}
