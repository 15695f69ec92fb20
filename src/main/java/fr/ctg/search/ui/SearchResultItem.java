package fr.ctg.search.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.ctg.base.i18n.Formats;
import fr.ctg.search.SearchExcerpt;
import fr.ctg.search.SearchHit;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One result: its kind, a link to its page (through {@link SearchOpenView}, which opens its convention first), what it
 * belongs to, its convention when the person has several, its day, and the text around the words found, each word in
 * {@code <mark>} (text nodes only: nothing found is ever read as HTML).
 */
class SearchResultItem extends Div {

    SearchResultItem(SearchHit hit, List<String> words, @Nullable String conventionTitle) {
        addClassName("ctg-search-result");
        Span kind = new Span(getTranslation(hit.kind().labelKey()));
        kind.addClassName("ctg-search-kind");
        RouterLink link = new RouterLink(SearchOpenView.class, new RouteParameters(Map.of(
                "conventionId", String.valueOf(hit.conventionId()),
                "kind", hit.target().kind().name(),
                "id", String.valueOf(hit.target().id()))));
        marked(link.getElement(), hit.title(), words);
        link.addClassName("ctg-search-title");
        Div head = new Div(kind, link);
        head.addClassName("ctg-search-head");
        add(head);
        StringBuilder about = new StringBuilder();
        if (hit.detail() != null && !hit.detail().isBlank()) {
            about.append(hit.detail());
        }
        if (conventionTitle != null) {
            about.append(about.isEmpty() ? "" : " · ").append(conventionTitle);
        }
        if (hit.date() != null) {
            about.append(about.isEmpty() ? "" : " · ").append(Formats.date(hit.date(), getLocale()));
        }
        if (!about.isEmpty()) {
            Span meta = new Span(about.toString());
            meta.addClassName("ctg-search-meta");
            add(meta);
        }
        if (!hit.text().isBlank()) {
            Paragraph excerpt = new Paragraph();
            excerpt.addClassName("ctg-search-excerpt");
            marked(excerpt.getElement(), hit.text(), words);
            add(excerpt);
        }
    }

    private static void marked(Element parent, String text, List<String> words) {
        for (SearchExcerpt.Segment s : SearchExcerpt.segments(text, words)) {
            parent.appendChild(s.marked() ? new Element("mark").setText(s.text()) : Element.createText(s.text()));
        }
    }
}
