package fr.ctg.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.ctg.governance.CommitteeView;
import fr.ctg.security.MemberSummary;
import java.util.List;

/** The convention's committees: who runs each secretariat, and their members with party and seat (Article 6). */
class CommitteesDialog extends Dialog {

    CommitteesDialog(List<CommitteeView> committees, List<MemberSummary> members) {
        setId("committees-dialog");
        setHeaderTitle(getTranslation("committees.title"));
        setWidth("min(44rem, 95vw)");
        for (CommitteeView c : committees) {
            add(new H4(c.name()));
            add(new Paragraph(getTranslation("committees.secretariat", getTranslation(c.secretariat().labelKey()))));
            UnorderedList list = new UnorderedList();
            members.stream().filter(m -> m.committee() == c.kind())
                    .forEach(m -> list.add(new ListItem(m.displayName()
                            + (m.organisation() == null ? "" : " (" + m.organisation() + ")")
                            + (m.seat() == null ? "" : " — " + getTranslation(m.seat().labelKey())))));
            if (list.getChildren().findAny().isEmpty()) {
                list.add(new ListItem(getTranslation("committees.none")));
            }
            add(list);
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
