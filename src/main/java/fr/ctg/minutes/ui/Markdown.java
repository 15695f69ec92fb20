package fr.ctg.minutes.ui;

import com.vaadin.flow.component.Html;
import fr.ctg.base.ui.MarkdownBlock;

/** Rendered Markdown (raw HTML escaped, unsafe links dropped) in a block element. */
final class Markdown {

    private Markdown() {
    }

    static Html html(String markdown) {
        return MarkdownBlock.of(markdown);
    }
}
