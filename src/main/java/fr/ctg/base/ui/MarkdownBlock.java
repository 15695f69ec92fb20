package fr.ctg.base.ui;

import com.vaadin.flow.component.Html;
import fr.ctg.base.markdown.MarkdownRenderer;

/** Rendered Markdown (raw HTML escaped, unsafe links dropped) in a block element. */
public final class MarkdownBlock {

    private MarkdownBlock() {
    }

    public static Html of(String markdown) {
        return new Html("<div class=\"ctg-markdown\">" + MarkdownRenderer.toSafeHtml(markdown) + "</div>");
    }
}
