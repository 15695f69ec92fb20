package fr.ctg.minutes.ui;

import com.vaadin.flow.component.Html;
import fr.ctg.base.markdown.MarkdownRenderer;

/** Rendered Markdown (raw HTML escaped, unsafe links dropped) in a block element. */
final class Markdown {

    private Markdown() {
    }

    static Html html(String markdown) {
        Html html = new Html("<div class=\"ctg-markdown\">" + MarkdownRenderer.toSafeHtml(markdown) + "</div>");
        return html;
    }
}
