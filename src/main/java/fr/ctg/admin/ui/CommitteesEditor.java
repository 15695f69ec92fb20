package fr.ctg.admin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.governance.CommitteeSetup;
import fr.ctg.governance.SecretariatParty;
import java.util.ArrayList;
import java.util.List;

/** The committees (Article 6, Annexe 3): each one's name and who runs its secretariat. */
class CommitteesEditor extends Div {

    private record Line(CommitteeSetup original, TextField name, Select<SecretariatParty> secretariat) {
    }

    private final List<Line> lines = new ArrayList<>();

    CommitteesEditor() {
        setId("committees-editor");
    }

    void set(List<CommitteeSetup> committees) {
        removeAll();
        lines.clear();
        int i = 0;
        for (CommitteeSetup c : committees) {
            i++;
            TextField name = new TextField(getTranslation(c.kind().labelKey()));
            name.setId("committee-" + i + "-name");
            name.setValue(c.name());
            name.setWidth("min(26rem, 90vw)");
            Select<SecretariatParty> secretariat = new Select<>();
            secretariat.setLabel(getTranslation("committees.secretariatLabel"));
            secretariat.setId("committee-" + i + "-secretariat");
            secretariat.setItems(SecretariatParty.values());
            secretariat.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
            secretariat.setValue(c.secretariat());
            lines.add(new Line(c, name, secretariat));
            HorizontalLayout row = new HorizontalLayout(name, secretariat);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            add(row);
        }
    }

    List<CommitteeSetup> value() {
        return lines.stream().map(l -> new CommitteeSetup(l.original().id(), l.original().kind(), l.name().getValue(),
                l.secretariat().getValue())).toList();
    }
}
