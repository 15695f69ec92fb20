package fr.ctg.objective.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.ctg.base.markdown.MarkdownRenderer;
import fr.ctg.convention.FieldRef;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.objective.ObjectiveDraft;
import fr.ctg.objective.ObjectiveField;
import fr.ctg.objective.ObjectiveStatus;
import fr.ctg.security.MemberSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The objective's fields. It remembers the version it was loaded from, knows which fields the person
 * has touched, takes others' saved values into the untouched ones, and marks the fields others are
 * editing with their name.
 */
class ObjectiveForm extends FormLayout {

    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Div preview = new Div();
    private final Select<FieldRef> field = new Select<>();
    private final MultiSelectComboBox<ThematicGroupRef> groups = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<MemberSummary> pilotAccounts = new MultiSelectComboBox<>();
    private final TextField pilotNames = new TextField();
    private final Select<ObjectiveStatus> status = new Select<>();
    private final IntegerField progress = new IntegerField();
    private final DatePicker startDate = new DatePicker();
    private final DatePicker plannedEndDate = new DatePicker();
    private final TextArea expectedResults = new TextArea();
    private final Select<ObjectiveChoices.ParentChoice> parent = new Select<>();
    private final IntegerField weight = new IntegerField();
    private final Map<ObjectiveField, List<Component>> components = new EnumMap<>(ObjectiveField.class);
    private final ObjectiveChoices choices;
    private final Set<ObjectiveField> changedByPerson = EnumSet.noneOf(ObjectiveField.class);
    private ObjectiveDraft base;

    ObjectiveForm(ObjectiveChoices choices, BiConsumer<ObjectiveField, Boolean> onFocus) {
        this.choices = choices;
        addClassName("ctg-objective-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));

        title.setMaxLength(300);
        description.setValueChangeMode(ValueChangeMode.LAZY);
        description.addValueChangeListener(e -> renderPreview());
        preview.addClassName("ctg-markdown-preview");
        preview.setId("description-preview");
        field.setItems(choices.fields());
        field.setItemLabelGenerator(f -> f.position() + ". " + f.title());
        groups.setItems(choices.groups());
        groups.setItemLabelGenerator(ThematicGroupRef::name);
        pilotAccounts.setItems(choices.members());
        pilotAccounts.setItemLabelGenerator(MemberSummary::displayName);
        status.setItems(ObjectiveStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        progress.setMin(0);
        progress.setMax(100);
        progress.setStepButtonsVisible(true);
        progress.setSuffixComponent(new Div("%"));
        parent.setItems(choices.parentChoices());
        parent.setItemLabelGenerator(p -> p.id() == null ? getTranslation("objective.parent.none") : p.title());
        weight.setMin(1);
        weight.setMax(100);
        weight.setStepButtonsVisible(true);

        register(ObjectiveField.TITLE, "title", title);
        register(ObjectiveField.DESCRIPTION, "description", description);
        register(ObjectiveField.FIELD, "field", field);
        register(ObjectiveField.THEMATIC_GROUPS, "groups", groups);
        register(ObjectiveField.PILOTS, "pilot-accounts", pilotAccounts);
        components.get(ObjectiveField.PILOTS).add(pilotNames);
        pilotNames.setId("objective-pilot-names");
        pilotNames.setLabel(getTranslation("objective.field.PILOT_NAMES"));
        pilotNames.setHelperText(getTranslation("objective.field.PILOT_NAMES.help"));
        register(ObjectiveField.STATUS, "status", status);
        register(ObjectiveField.PROGRESS, "progress", progress);
        register(ObjectiveField.START_DATE, "start-date", startDate);
        register(ObjectiveField.PLANNED_END_DATE, "planned-end-date", plannedEndDate);
        register(ObjectiveField.EXPECTED_RESULTS, "expected-results", expectedResults);
        register(ObjectiveField.PARENT, "parent", parent);
        register(ObjectiveField.WEIGHT, "weight", weight);

        for (ObjectiveField f : ObjectiveField.values()) {
            for (Component c : components.get(f)) {
                if (c instanceof HasValue<?, ?> v) {
                    v.addValueChangeListener(e -> {
                        if (e.isFromClient()) {
                            changedByPerson.add(f);
                        }
                    });
                }
                if (c instanceof Focusable<?> focusable) {
                    focusable.addFocusListener(e -> onFocus.accept(f, true));
                    focusable.addBlurListener(e -> onFocus.accept(f, false));
                }
            }
        }
        add(title, 2);
        add(description, preview);
        add(field, status, groups, progress, pilotAccounts, pilotNames, startDate, plannedEndDate, parent, weight);
        add(expectedResults, 2);
    }

    private void register(ObjectiveField f, String id, Component c) {
        c.setId("objective-" + id);
        if (c instanceof HasLabel labelled) {
            labelled.setLabel(getTranslation(f.labelKey()));
        }
        components.put(f, new ArrayList<>(List.of(c)));
    }

    /** Shows a saved version; it becomes the version the person's changes are made from. */
    void load(ObjectiveDraft draft) {
        base = draft;
        Arrays.stream(ObjectiveField.values()).forEach(f -> show(f, draft));
        changedByPerson.clear();
        clearMarks();
    }

    /** Takes a newer saved version into every field the person has not touched. */
    void takeUntouched(ObjectiveDraft newer) {
        Set<ObjectiveField> touched = touched();
        for (ObjectiveField f : ObjectiveField.values()) {
            if (!touched.contains(f)) {
                show(f, newer);
            }
        }
    }

    private void show(ObjectiveField f, ObjectiveDraft d) {
        switch (f) {
            case TITLE -> title.setValue(d.title());
            case DESCRIPTION -> {
                description.setValue(d.description());
                renderPreview();
            }
            case FIELD -> field.setValue(choices.field(d.fieldId()));
            case THEMATIC_GROUPS -> groups.setValue(choices.groups(d.thematicGroupIds()));
            case PILOTS -> {
                pilotAccounts.setValue(choices.members(d.pilotAccountIds()));
                pilotNames.setValue(String.join(", ", d.pilotNames()));
            }
            case STATUS -> status.setValue(d.status());
            case PROGRESS -> progress.setValue(d.progress());
            case START_DATE -> startDate.setValue(d.startDate());
            case PLANNED_END_DATE -> plannedEndDate.setValue(d.plannedEndDate());
            case EXPECTED_RESULTS -> expectedResults.setValue(d.expectedResults());
            case PARENT -> parent.setValue(choices.parentChoice(d.parentId()));
            case WEIGHT -> weight.setValue(d.weight());
        }
    }

    /** What the form holds now (invalid numbers become -1, which the service refuses with a clear message). */
    ObjectiveDraft read() {
        Set<String> names = Arrays.stream(pilotNames.getValue().split("[,;\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        return new ObjectiveDraft(title.getValue(), description.getValue(),
                field.getValue() == null ? null : field.getValue().id(),
                groups.getValue().stream().map(ThematicGroupRef::id).collect(Collectors.toSet()),
                pilotAccounts.getValue().stream().map(MemberSummary::accountId).collect(Collectors.toSet()), names,
                status.getValue(), number(progress), startDate.getValue(), plannedEndDate.getValue(),
                expectedResults.getValue(), parent.getValue() == null ? null : parent.getValue().id(), number(weight));
    }

    private static int number(IntegerField f) {
        return f.getValue() == null ? -1 : f.getValue();
    }

    /**
     * Fields the person changed and that now differ from the version the form was loaded from (values
     * taken in from others' saves do not count).
     */
    Set<ObjectiveField> touched() {
        ObjectiveDraft now = read();
        Set<ObjectiveField> touched = EnumSet.noneOf(ObjectiveField.class);
        for (ObjectiveField f : changedByPerson) {
            if (!Objects.equals(f.valueIn(now), f.valueIn(base))) {
                touched.add(f);
            }
        }
        return touched;
    }

    /** Marks a field as being edited by someone else (null: by nobody). */
    void markEditor(ObjectiveField f, String editorName) {
        for (Component c : components.get(f)) {
            c.getElement().getClassList().set("ctg-field-busy", editorName != null);
            if (c instanceof HasHelper helped && c != pilotNames) {
                helped.setHelperText(editorName == null ? null : getTranslation("objective.editing.by", editorName));
            }
        }
    }

    /** The name shown on a field's "being edited by" mark, or null. */
    String editorMark(ObjectiveField f) {
        Component c = components.get(f).getFirst();
        return c instanceof HasHelper helped ? helped.getHelperText() : null;
    }

    void showError(ObjectiveField f, String message) {
        clearErrors();
        Component c = components.get(f).getFirst();
        if (c instanceof HasValidationProperties v) {
            v.setErrorMessage(message);
            v.setInvalid(true);
        }
    }

    void clearErrors() {
        components.values().stream().flatMap(List::stream).forEach(c -> {
            if (c instanceof HasValidationProperties v) {
                v.setInvalid(false);
            }
        });
    }

    private void clearMarks() {
        Arrays.stream(ObjectiveField.values()).forEach(f -> markEditor(f, null));
        clearErrors();
    }

    void setEditable(boolean editable) {
        components.values().stream().flatMap(List::stream).forEach(c -> {
            if (c instanceof HasValue<?, ?> v) {
                v.setReadOnly(!editable);
            }
        });
    }

    /** The component that edits a field (its first one), for tests and focus. */
    Component component(ObjectiveField f) {
        return components.get(f).getFirst();
    }

    private void renderPreview() {
        preview.getElement().setProperty("innerHTML", MarkdownRenderer.toSafeHtml(description.getValue()));
    }
}
