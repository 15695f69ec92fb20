package fr.ctg.objective.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.ctg.base.ui.PageLinker;
import fr.ctg.objective.ObjectiveReferences;
import java.util.List;

/** What was decided about the objective elsewhere (decisions of published minutes), with links. */
class ObjectiveReferencesPanel extends Div {

    ObjectiveReferencesPanel(List<ObjectiveReferences> sources, PageLinker pages, long objectiveId) {
        setId("objective-references");
        List<ObjectiveReferences.Reference> refs = sources.stream().flatMap(s -> s.referencesTo(objectiveId).stream())
                .toList();
        if (refs.isEmpty()) {
            setVisible(false);
            return;
        }
        add(new H3(getTranslation("objective.decisions")));
        UnorderedList list = new UnorderedList();
        for (ObjectiveReferences.Reference r : refs) {
            ListItem item = new ListItem(new Span(r.text() + " — "));
            item.add(pages.address(r.page()).link(r.source()));
            list.add(item);
        }
        add(list);
    }
}
