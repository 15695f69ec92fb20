package fr.ctg.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import fr.ctg.governance.CommitteeSettingsService;
import fr.ctg.governance.DeadlineKind;
import fr.ctg.governance.RuleSetup;
import fr.ctg.security.Committee;
import java.util.ArrayList;
import java.util.List;

/**
 * The Annexe 3 deadline rules: which deadline falls how many months and days before each meeting of which
 * committee (the comité de suivi one month before each COPIL, the proposals 15 days before...).
 */
class RulesEditor extends Div {

    private record Line(Long id, Select<DeadlineKind> kind, Select<Committee> trigger, IntegerField months,
                        IntegerField days) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final Div rows = new Div();

    RulesEditor() {
        setId("rules-editor");
        Button add = new Button(getTranslation("rules.add"), VaadinIcon.PLUS.create(), e -> {
            lines.add(line(null, DeadlineKind.OTHER, Committee.COMITE_PILOTAGE, 0, 7));
            redraw();
        });
        add.setId("rules-add");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(new Paragraph(getTranslation("rules.help")), rows, add);
    }

    void set(List<RuleSetup> rules) {
        lines.clear();
        rules.forEach(r -> lines.add(line(r.id(), r.kind(), r.trigger(), r.months(), r.days())));
        redraw();
    }

    List<RuleSetup> value() {
        return lines.stream().map(l -> new RuleSetup(l.id(), l.trigger().getValue(), l.kind().getValue(),
                l.months().getValue() == null ? -1 : l.months().getValue(),
                l.days().getValue() == null ? -1 : l.days().getValue())).toList();
    }

    private Line line(Long id, DeadlineKind k, Committee t, int m, int d) {
        Select<DeadlineKind> kind = new Select<>();
        kind.setLabel(getTranslation("rules.kind"));
        kind.setItems(List.copyOf(CommitteeSettingsService.RULE_KINDS).stream().sorted().toList());
        kind.setItemLabelGenerator(x -> getTranslation("rules.kind." + x.name()));
        kind.setValue(k);
        Select<Committee> trigger = new Select<>();
        trigger.setLabel(getTranslation("rules.trigger"));
        trigger.setItems(GrantFields.STANDING);
        trigger.setItemLabelGenerator(x -> getTranslation(x.labelKey()));
        trigger.setValue(t);
        IntegerField months = new IntegerField(getTranslation("rules.months"));
        months.setMin(0);
        months.setMax(24);
        months.setValue(m);
        months.setWidth("8em");
        IntegerField days = new IntegerField(getTranslation("rules.days"));
        days.setMin(0);
        days.setMax(365);
        days.setValue(d);
        days.setWidth("8em");
        return new Line(id, kind, trigger, months, days);
    }

    private void redraw() {
        rows.removeAll();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            int n = i + 1;
            l.kind().setId("rule-" + n + "-kind");
            l.trigger().setId("rule-" + n + "-trigger");
            l.months().setId("rule-" + n + "-months");
            l.days().setId("rule-" + n + "-days");
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                lines.remove(l);
                redraw();
            });
            remove.setId("rule-" + n + "-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel(getTranslation("rules.remove"));
            HorizontalLayout row = new HorizontalLayout(l.kind(), l.months(), l.days(), l.trigger(), remove);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            rows.add(row);
        }
    }
}
