package fr.ctg.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import fr.ctg.base.diff.WordDiff;
import java.util.List;

/** A word diff as people read it: removed words struck through ({@code del}), added ones underlined ({@code ins}). */
public final class WordDiffs {

    private WordDiffs() {
    }

    public static Div render(List<WordDiff.Segment> segments) {
        Div body = new Div();
        body.addClassName("ctg-diff-body");
        for (WordDiff.Segment s : segments) {
            Element e = switch (s.kind()) {
                case SAME -> new Element("span");
                case DELETED -> new Element("del");
                case INSERTED -> new Element("ins");
            };
            e.setText(s.text());
            body.getElement().appendChild(e);
        }
        return body;
    }
}
