package fr.ctg.avenant;

import fr.ctg.convention.ConventionHistoryService;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ConventionState;
import fr.ctg.convention.FieldRef;
import fr.ctg.convention.TextPart;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.means.MeansRow;
import fr.ctg.means.MeansService;
import fr.ctg.objective.ObjectiveDraft;
import fr.ctg.objective.ObjectiveHistoryService;
import fr.ctg.objective.ObjectiveState;
import fr.ctg.security.AccountService;
import fr.ctg.security.MemberSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Builds the snapshot of a convention, now or at a revision of its history: parties and signatories, articles, the
 * shared objectives (Article 4: every field but the progress, which monitoring moves every month), the dates and
 * renewal (Article 10), the annexes and Annexe 1's means lines. Names of fields of intervention, groups and pilots are today's.
 */
@Component
class Snapshots {

    private final ConventionHistoryService history;
    private final ObjectiveHistoryService objectives;
    private final ConventionService conventions;
    private final AccountService accounts;
    private final MeansService means;

    Snapshots(ConventionHistoryService history, ObjectiveHistoryService objectives, ConventionService conventions,
              AccountService accounts, MeansService means) {
        this.means = means;
        this.history = history;
        this.objectives = objectives;
        this.conventions = conventions;
        this.accounts = accounts;
    }

    ConventionSnapshot current(long conventionId) {
        return build(conventionId, history.current(conventionId), objectives.current(conventionId),
                means.list(conventionId));
    }

    ConventionSnapshot at(long conventionId, long revision) {
        return build(conventionId, history.at(conventionId, revision), objectives.atRevision(conventionId, revision),
                means.atRevision(conventionId, revision));
    }

    private ConventionSnapshot build(long conventionId, ConventionState state, List<ObjectiveState> objectiveStates,
                                     List<MeansRow> meansRows) {
        List<SnapshotItem> items = new ArrayList<>();
        for (ConventionState.PartyState p : state.parties()) {
            items.add(new SnapshotItem("party:" + p.id(), ChangeGroup.PARTIES, 0, p.name(), List.of(
                    new FieldValue("avenant.field.partyName", ValueKind.TEXT, p.name()),
                    new FieldValue("avenant.field.partyShortName", ValueKind.TEXT, p.shortName()),
                    new FieldValue("avenant.field.partyKind", ValueKind.KEY, p.kind().labelKey()),
                    new FieldValue("avenant.field.partyAddress", ValueKind.TEXT, p.address()),
                    new FieldValue("avenant.field.signatories", ValueKind.TEXT, p.signatories().stream()
                            .map(s -> s.fullName() + ", " + s.capacity()
                                    + (s.authorisation() == null ? "" : " (" + s.authorisation() + ")"))
                            .collect(Collectors.joining("\n"))))));
        }
        for (ConventionState.TextState a : state.articles()) {
            items.add(text("article:", ChangeGroup.ARTICLE, a));
        }
        Map<Long, FieldRef> fields = conventions.fields(conventionId).stream()
                .collect(Collectors.toMap(FieldRef::id, f -> f));
        Map<Long, String> groups = conventions.thematicGroups(conventionId).stream()
                .collect(Collectors.toMap(ThematicGroupRef::id, ThematicGroupRef::name));
        Map<Long, String> people = accounts.members(conventionId).stream()
                .collect(Collectors.toMap(MemberSummary::accountId, MemberSummary::displayName, (a, b) -> a));
        Map<Long, String> titles = objectiveStates.stream()
                .collect(Collectors.toMap(ObjectiveState::id, o -> o.draft().title()));
        for (ObjectiveState o : objectiveStates) {
            ObjectiveDraft d = o.draft();
            FieldRef field = fields.get(d.fieldId());
            List<String> pilots = new ArrayList<>(d.pilotAccountIds().stream()
                    .map(id -> people.getOrDefault(id, "#" + id)).sorted().toList());
            pilots.addAll(d.pilotNames());
            items.add(new SnapshotItem("objective:" + o.id(), ChangeGroup.OBJECTIVES, 4, d.title(), List.of(
                    new FieldValue("objective.field.TITLE", ValueKind.TEXT, d.title()),
                    new FieldValue("objective.field.DESCRIPTION", ValueKind.TEXT, d.description()),
                    new FieldValue("objective.field.FIELD", ValueKind.TEXT,
                            field == null ? "" : field.position() + ". " + field.title()),
                    new FieldValue("objective.field.PARENT", ValueKind.TEXT,
                            d.parentId() == null ? "" : "#" + d.parentId(),
                            d.parentId() == null ? "" : titles.getOrDefault(d.parentId(), "")),
                    new FieldValue("objective.field.THEMATIC_GROUPS", ValueKind.TEXT, d.thematicGroupIds().stream()
                            .map(id -> groups.getOrDefault(id, "")).sorted().collect(Collectors.joining(", "))),
                    new FieldValue("objective.field.PILOTS", ValueKind.TEXT, String.join(", ", pilots)),
                    new FieldValue("objective.field.STATUS", ValueKind.KEY, d.status() == null ? ""
                            : d.status().labelKey()),
                    new FieldValue("objective.field.START_DATE", ValueKind.DATE, iso(d.startDate())),
                    new FieldValue("objective.field.PLANNED_END_DATE", ValueKind.DATE, iso(d.plannedEndDate())),
                    new FieldValue("objective.field.EXPECTED_RESULTS", ValueKind.TEXT, d.expectedResults()),
                    new FieldValue("objective.field.WEIGHT", ValueKind.NUMBER, String.valueOf(d.weight())))));
        }
        ConventionState.Terms t = state.terms();
        items.add(new SnapshotItem("terms", ChangeGroup.TERMS, 10, t.title(), List.of(
                new FieldValue("avenant.field.title", ValueKind.TEXT, t.title()),
                new FieldValue("avenant.field.territory", ValueKind.TEXT, t.territory()),
                new FieldValue("avenant.field.signedOn", ValueKind.DATE, iso(t.signedOn())),
                new FieldValue("avenant.field.startDate", ValueKind.DATE, iso(t.startDate())),
                new FieldValue("avenant.field.endDate", ValueKind.DATE, iso(t.endDate())),
                new FieldValue("avenant.field.renewal", ValueKind.KEY, t.renewal().labelKey()),
                new FieldValue("avenant.field.noticeMonths", ValueKind.NUMBER, String.valueOf(t.noticeMonths())),
                new FieldValue("avenant.field.noticeForm", ValueKind.TEXT, t.noticeForm()))));
        for (ConventionState.TextState a : state.annexes()) {
            items.add(text("annex:", ChangeGroup.ANNEX, a));
        }
        for (MeansRow m : meansRows) {
            items.add(new SnapshotItem("means:" + m.id(), ChangeGroup.ANNEX, 1,
                    m.partyName() + " – " + m.fieldTitle() + " – " + m.year() + " – " + m.label(), List.of(
                    new FieldValue("means.field.party", ValueKind.TEXT, m.partyName()),
                    new FieldValue("means.field.field", ValueKind.TEXT, m.fieldTitle()),
                    new FieldValue("means.field.year", ValueKind.TEXT, String.valueOf(m.year())),
                    new FieldValue("means.field.category", ValueKind.KEY, m.category().labelKey()),
                    new FieldValue("means.field.label", ValueKind.TEXT, m.label()),
                    new FieldValue("means.field.quantityOnly", ValueKind.NUMBER,
                            m.quantity().stripTrailingZeros().toPlainString()),
                    new FieldValue("means.field.unit", ValueKind.TEXT, m.unit()),
                    new FieldValue("means.field.source", ValueKind.KEY, m.source() == null ? ""
                            : m.source().labelKey()),
                    new FieldValue("means.field.objectives", ValueKind.TEXT, m.objectiveIds().stream().sorted()
                            .map(String::valueOf).collect(Collectors.joining(",")), m.objectiveIds().stream()
                            .map(id -> titles.getOrDefault(id, "")).sorted().collect(Collectors.joining(", "))))));
        }
        return ConventionSnapshot.of(items);
    }

    private static SnapshotItem text(String prefix, ChangeGroup group, ConventionState.TextState t) {
        List<FieldValue> fields = new ArrayList<>(List.of(
                new FieldValue("convention.text.field.TITLE", ValueKind.TEXT, t.title().strip()),
                new FieldValue("convention.text.field.BODY", ValueKind.MARKDOWN, normalise(t.body()))));
        if (t.part() == TextPart.ANNEX) {
            fields.add(new FieldValue("convention.text.field.PROVIDED", ValueKind.BOOLEAN, String.valueOf(t.provided())));
        }
        return new SnapshotItem(prefix + t.number(), group, t.number(), t.title(), fields);
    }

    private static String normalise(String body) {
        return body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
