package fr.ctg.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.indicator.Direction;
import fr.ctg.indicator.IndicatorDefinition;
import fr.ctg.indicator.IndicatorKind;
import fr.ctg.indicator.IndicatorSummary;
import fr.ctg.indicator.Numbers;
import fr.ctg.indicator.Periodicity;
import fr.ctg.indicator.SourceKind;
import fr.ctg.objective.ObjectiveSummary;
import fr.ctg.security.MemberSummary;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Adds an indicator to the catalogue: definition, rhythm, raw or computed ratio, baseline, targets, range. */
class IndicatorFormDialog extends Dialog {

    private final Paragraph error = new Paragraph();

    /** A form for a new indicator ({@code existing} null) or to change one. */
    IndicatorFormDialog(IndicatorUiServices services, long conventionId, IndicatorSummary existing, Runnable saved) {
        setId("indicator-form");
        setHeaderTitle(existing == null ? getTranslation("indicator.form.new") : getTranslation("indicator.form.edit", existing.name()));
        setWidth("min(52rem, 96vw)");
        Select<ThematicGroupRef> group = new Select<>();
        group.setLabel(getTranslation("indicator.group"));
        group.setId("form-group");
        group.setItems(services.conventions().thematicGroups(conventionId));
        group.setItemLabelGenerator(ThematicGroupRef::name);
        TextField code = field("form-code", "indicator.form.code");
        code.setHelperText(getTranslation("indicator.form.codeHelp"));
        TextField name = field("form-name", "indicator.col.name");
        TextArea definition = new TextArea(getTranslation("indicator.form.definition"));
        definition.setId("form-definition");
        TextField unit = field("form-unit", "indicator.form.unit");
        IntegerField decimals = new IntegerField(getTranslation("indicator.form.decimals"));
        decimals.setId("form-decimals");
        decimals.setValue(0);
        Select<Periodicity> periodicity = select("form-periodicity", "indicator.form.periodicity", Periodicity.values());
        periodicity.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        periodicity.setValue(Periodicity.YEARLY);
        Select<IndicatorKind> kind = select("form-kind", "indicator.form.kind", IndicatorKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(IndicatorKind.RAW);
        var catalogueNow = services.catalogue().catalogue(conventionId).stream()
                .filter(i -> existing == null || i.id() != existing.id()).toList();
        ComboBox<IndicatorSummary> numerator = operand("form-numerator", "indicator.form.numerator", catalogueNow);
        ComboBox<IndicatorSummary> denominator = operand("form-denominator", "indicator.form.denominator", catalogueNow);
        TextField factor = field("form-factor", "indicator.form.factor");
        factor.setValue("100");
        kind.addValueChangeListener(e -> {
            boolean ratio = e.getValue() == IndicatorKind.RATIO;
            numerator.setVisible(ratio);
            denominator.setVisible(ratio);
            factor.setVisible(ratio);
        });
        numerator.setVisible(false);
        denominator.setVisible(false);
        factor.setVisible(false);
        TextField baseline = field("form-baseline", "indicator.form.baseline");
        TextField baselinePeriod = field("form-baseline-period", "indicator.form.baselinePeriod");
        TextField targets = field("form-targets", "indicator.form.targets");
        targets.setHelperText(getTranslation("indicator.form.targetsHelp"));
        TextField min = field("form-min", "indicator.form.min");
        TextField max = field("form-max", "indicator.form.max");
        Select<Direction> direction = select("form-direction", "indicator.form.direction", Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        direction.setValue(Direction.HIGHER_IS_BETTER);
        Select<SourceKind> source = select("form-source", "indicator.form.source", SourceKind.values());
        source.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        source.setValue(SourceKind.CAF);
        TextField sourceDetail = field("form-source-detail", "indicator.col.sourceDetail");
        MultiSelectComboBox<ObjectiveSummary> objectives = new MultiSelectComboBox<>(getTranslation("indicator.form.objectives"),
                services.objectives().byField(conventionId).stream().flatMap(f -> f.objectives().stream()).toList());
        objectives.setItemLabelGenerator(ObjectiveSummary::title);
        Map<Long, MemberSummary> members = new LinkedHashMap<>();
        services.accounts().members(conventionId).forEach(m -> members.putIfAbsent(m.accountId(), m));
        ComboBox<MemberSummary> owner = new ComboBox<>(getTranslation("indicator.form.owner"), members.values());
        owner.setItemLabelGenerator(MemberSummary::displayName);
        Checkbox published = new Checkbox(getTranslation("indicator.form.published"));
        published.setId("form-published");
        error.setId("form-error");
        error.addClassName("ctg-error-text");
        if (existing != null) {
            group.getListDataView().getItems().filter(g -> g.id() == existing.thematicGroupId()).findFirst()
                    .ifPresent(group::setValue);
            code.setValue(existing.code());
            name.setValue(existing.name());
            definition.setValue(existing.definition() == null ? "" : existing.definition());
            unit.setValue(existing.unit());
            decimals.setValue(existing.decimals());
            periodicity.setValue(existing.periodicity());
            kind.setValue(existing.kind());
            existingOperand(numerator, existing.numeratorId());
            existingOperand(denominator, existing.denominatorId());
            factor.setValue(existing.factor() == null ? "100" : existing.factor().stripTrailingZeros().toPlainString());
            baseline.setValue(existing.baselineValue() == null ? "" : existing.baselineValue().stripTrailingZeros().toPlainString());
            baselinePeriod.setValue(existing.baselinePeriod() == null ? "" : existing.baselinePeriod());
            targets.setValue(existing.targets().entrySet().stream()
                    .map(t -> t.getKey() + " = " + t.getValue().stripTrailingZeros().toPlainString())
                    .collect(Collectors.joining(" ; ")));
            min.setValue(existing.minValue() == null ? "" : existing.minValue().stripTrailingZeros().toPlainString());
            max.setValue(existing.maxValue() == null ? "" : existing.maxValue().stripTrailingZeros().toPlainString());
            direction.setValue(existing.direction());
            source.setValue(existing.defaultSource());
            sourceDetail.setValue(existing.defaultSourceDetail() == null ? "" : existing.defaultSourceDetail());
            objectives.getListDataView().getItems().filter(o -> existing.objectiveIds().contains(o.id()))
                    .forEach(objectives::select);
            owner.setValue(existing.ownerAccountId() == null ? null : members.get(existing.ownerAccountId()));
            published.setValue(existing.publishedToAssociations());
        }
        FormLayout form = new FormLayout(group, code, name, unit, definition, periodicity, decimals, kind, direction,
                numerator, denominator, factor, baseline, baselinePeriod, targets, min, max, source, sourceDetail,
                objectives, owner, published);
        form.setColspan(definition, 2);
        add(form, error);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                if (group.getValue() == null) {
                    throw new BusinessRuleException("indicator.error.group");
                }
                IndicatorDefinition definitionToSave = new IndicatorDefinition(group.getValue().id(), code.getValue(),
                        name.getValue(), definition.getValue(), unit.getValue(),
                        decimals.getValue() == null ? 0 : decimals.getValue(), periodicity.getValue(), kind.getValue(),
                        numerator.getValue() == null ? null : numerator.getValue().id(),
                        denominator.getValue() == null ? null : denominator.getValue().id(),
                        number(factor, "indicator.form.factor"), number(baseline, "indicator.form.baseline"),
                        baselinePeriod.getValue().strip(), targets(targets.getValue()), number(min, "indicator.form.min"),
                        number(max, "indicator.form.max"), direction.getValue(), source.getValue(), sourceDetail.getValue(),
                        objectives.getValue().stream().map(ObjectiveSummary::id).collect(Collectors.toSet()),
                        owner.getValue() == null ? null : owner.getValue().accountId(), published.getValue());
                if (existing == null) {
                    services.catalogue().create(conventionId, definitionToSave);
                } else {
                    services.catalogue().update(existing.id(), definitionToSave);
                }
                Notifications.success("indicator.form.saved");
                close();
                saved.run();
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        save.setId("form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private static void existingOperand(ComboBox<IndicatorSummary> box, Long id) {
        if (id != null) {
            box.getListDataView().getItems().filter(i -> i.id() == id).findFirst().ifPresent(box::setValue);
        }
    }

    private TextField field(String id, String labelKey) {
        TextField f = new TextField(getTranslation(labelKey));
        f.setId(id);
        return f;
    }

    @SafeVarargs
    private <T> Select<T> select(String id, String labelKey, T... items) {
        Select<T> s = new Select<>();
        s.setId(id);
        s.setLabel(getTranslation(labelKey));
        s.setItems(items);
        return s;
    }

    private ComboBox<IndicatorSummary> operand(String id, String labelKey, List<IndicatorSummary> items) {
        ComboBox<IndicatorSummary> c = new ComboBox<>(getTranslation(labelKey), items);
        c.setId(id);
        c.setItemLabelGenerator(i -> i.name() + " (" + i.code() + ")");
        return c;
    }

    /** An optional number field: empty gives null, text that is not a number is refused with the field's name. */
    private BigDecimal number(TextField f, String labelKey) {
        if (!f.isVisible() || f.getValue().isBlank()) {
            return null;
        }
        BigDecimal n = Numbers.parse(f.getValue());
        if (n == null) {
            throw new BusinessRuleException("indicator.error.fieldNumber", getTranslation(labelKey), f.getValue());
        }
        return n;
    }

    /** Targets typed as {@code 2024 = 60 ; 2025 = 70}. */
    static Map<String, BigDecimal> targets(String text) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split("[;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("=");
            BigDecimal v = kv.length == 2 ? Numbers.parse(kv[1]) : null;
            if (v == null) {
                throw new BusinessRuleException("indicator.error.targetsFormat", part.strip());
            }
            out.put(kv[0].strip(), v);
        }
        return out;
    }
}
