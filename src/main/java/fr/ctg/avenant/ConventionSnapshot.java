package fr.ctg.avenant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The convention at one moment, flattened into the items an avenant can modify. Two snapshots compare item by item
 * and field by field ({@link #changesTo}); a signed avenant makes the next baseline by taking, from the state it was
 * approved on, only the items it carries ({@link #withChangesFrom}).
 */
public record ConventionSnapshot(Map<String, SnapshotItem> items) {

    private static final Comparator<SnapshotItem> ORDER = Comparator
            .comparingInt((SnapshotItem i) -> i.group().order(i.number()))
            .thenComparing(i -> i.group().ordinal());

    public ConventionSnapshot {
        items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }

    public static ConventionSnapshot of(Collection<SnapshotItem> items) {
        Map<String, SnapshotItem> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(i.key(), i));
        return new ConventionSnapshot(map);
    }

    /** The items in the convention's order (stable: items of one group keep the order they were given in). */
    public List<SnapshotItem> ordered() {
        List<SnapshotItem> list = new ArrayList<>(items.values());
        List<String> given = new ArrayList<>(items.keySet());
        list.sort(ORDER.thenComparingInt(i -> given.indexOf(i.key())));
        return list;
    }

    /** Every modification from this state to {@code after}, in the convention's order. */
    public List<ConventionChange> changesTo(ConventionSnapshot after) {
        Set<String> keys = new LinkedHashSet<>();
        ordered().forEach(i -> keys.add(i.key()));
        after.ordered().forEach(i -> keys.add(i.key()));
        List<ConventionChange> changes = new ArrayList<>();
        for (String key : keys) {
            SnapshotItem b = items.get(key);
            SnapshotItem a = after.items.get(key);
            if (b == null) {
                changes.add(new ConventionChange(key, a.group(), a.number(), ConventionChange.Kind.ADDED, a.subject(),
                        a.fields().stream().filter(f -> !f.value().isEmpty())
                                .map(f -> new ConventionChange.FieldChange(f.labelKey(), f.kind(), "", f.shown()))
                                .toList()));
            } else if (a == null) {
                changes.add(new ConventionChange(key, b.group(), b.number(), ConventionChange.Kind.REMOVED,
                        b.subject(), List.of()));
            } else if (!b.sameValues(a)) {
                changes.add(new ConventionChange(key, a.group(), a.number(), ConventionChange.Kind.CHANGED,
                        a.subject(), fieldChanges(b, a)));
            }
        }
        changes.sort(Comparator.comparingInt((ConventionChange c) -> c.group().order(c.number())));
        return List.copyOf(changes);
    }

    /** This state with the chosen items taken from {@code head} (added, changed or removed there); the rest kept. */
    public ConventionSnapshot withChangesFrom(ConventionSnapshot head, Set<String> keys) {
        Map<String, SnapshotItem> map = new LinkedHashMap<>(items);
        for (String key : keys) {
            SnapshotItem h = head.items.get(key);
            if (h == null) {
                map.remove(key);
            } else {
                map.put(key, h);
            }
        }
        return new ConventionSnapshot(map);
    }

    private static List<ConventionChange.FieldChange> fieldChanges(SnapshotItem before, SnapshotItem after) {
        List<ConventionChange.FieldChange> out = new ArrayList<>();
        Set<String> labels = new LinkedHashSet<>();
        before.fields().forEach(f -> labels.add(f.labelKey()));
        after.fields().forEach(f -> labels.add(f.labelKey()));
        for (String label : labels) {
            FieldValue b = before.field(label);
            FieldValue a = after.field(label);
            String bv = b == null ? "" : b.value();
            String av = a == null ? "" : a.value();
            if (!Objects.equals(bv, av)) {
                ValueKind kind = a != null ? a.kind() : b.kind();
                out.add(new ConventionChange.FieldChange(label, kind, b == null ? "" : b.shown(),
                        a == null ? "" : a.shown()));
            }
        }
        return out;
    }
}
