package fr.ctg.objective.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import fr.ctg.base.i18n.Formats;
import fr.ctg.convention.FieldRef;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.objective.FieldObjectives;
import fr.ctg.objective.ObjectiveField;
import fr.ctg.objective.ObjectiveStatus;
import fr.ctg.objective.ObjectiveSummary;
import fr.ctg.security.MemberSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the objective's fields may hold in its convention (fields, groups, members, possible parents),
 * and how a field's value reads for people (conflicts, history).
 */
record ObjectiveChoices(List<FieldRef> fields, List<ThematicGroupRef> groups, List<MemberSummary> members,
                        List<ParentChoice> parentChoices) {

    /** A possible parent: a top-level objective other than this one; {@code id == null} means "none". */
    record ParentChoice(Long id, String title) {
    }

    static ObjectiveChoices of(List<FieldRef> fields, List<ThematicGroupRef> groups, List<MemberSummary> members,
                               List<FieldObjectives> objectives, long selfId) {
        List<ParentChoice> parents = new ArrayList<>();
        parents.add(new ParentChoice(null, ""));
        objectives.stream().flatMap(f -> f.objectives().stream())
                .filter(o -> o.parentId() == null && o.id() != selfId)
                .map(o -> new ParentChoice(o.id(), o.title())).forEach(parents::add);
        List<MemberSummary> distinct = members.stream()
                .collect(Collectors.toMap(MemberSummary::accountId, m -> m, (a, b) -> a, LinkedHashMap::new))
                .values().stream().toList();
        return new ObjectiveChoices(fields, groups, distinct, parents);
    }

    FieldRef field(Long id) {
        return fields.stream().filter(f -> Objects.equals(f.id(), id)).findFirst().orElse(null);
    }

    Set<ThematicGroupRef> groups(Collection<Long> ids) {
        return groups.stream().filter(g -> ids.contains(g.id())).collect(Collectors.toSet());
    }

    Set<MemberSummary> members(Collection<Long> ids) {
        return members.stream().filter(m -> ids.contains(m.accountId())).collect(Collectors.toSet());
    }

    ParentChoice parentChoice(Long id) {
        return parentChoices.stream().filter(p -> Objects.equals(p.id(), id)).findFirst()
                .orElse(parentChoices.getFirst());
    }

    /** A field's value as text for people, in the language of the component showing it. */
    @SuppressWarnings("unchecked")
    String format(ObjectiveField f, Object value, Component ctx) {
        if (value == null) {
            return "—";
        }
        return switch (f) {
            case FIELD -> {
                FieldRef ref = field((Long) value);
                yield ref == null ? "—" : ref.position() + ". " + ref.title();
            }
            case THEMATIC_GROUPS -> names(groups((Collection<Long>) value).stream().map(ThematicGroupRef::name).toList());
            case PILOTS -> {
                List<Object> pair = (List<Object>) value;
                List<String> all = new ArrayList<>(members((Collection<Long>) pair.get(0)).stream()
                        .map(MemberSummary::displayName).sorted().toList());
                all.addAll((Collection<String>) pair.get(1));
                yield names(all);
            }
            case STATUS -> ctx.getTranslation(((ObjectiveStatus) value).labelKey());
            case PROGRESS -> value + " %";
            case START_DATE, PLANNED_END_DATE -> Formats.date((LocalDate) value,
                    UI.getCurrent().getLocale());
            case PARENT -> {
                ParentChoice p = parentChoice((Long) value);
                yield p.id() == null ? "—" : p.title();
            }
            default -> value.toString().isEmpty() ? "—" : value.toString();
        };
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "—" : String.join(", ", names);
    }

}
