package fr.ctg.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Html;
import fr.ctg.base.markdown.MarkdownRenderer;
import fr.ctg.base.ui.PublicPage;

/** A page of legal text, readable without logging in, in the reader's language. */
abstract class LegalPage extends PublicPage {

    private final LegalTexts texts;
    private final String name;

    LegalPage(LegalTexts texts, String name, String titleKey) {
        super(titleKey);
        this.texts = texts;
        this.name = name;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        render();
        content.add(new Html("<div class=\"ctg-markdown\" id=\"legal-text\">"
                + MarkdownRenderer.toSafeHtml(texts.markdown(name, getLocale())) + "</div>"));
    }
}
