package fr.ctg.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import fr.ctg.base.BusinessRuleException;

/**
 * The frame of the pages people reach without being logged in (invitation, first start, forgotten password,
 * privacy, convocation answers): the portal's name, the page's heading, its content, links to the login and privacy pages.
 */
public abstract class PublicPage extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;
    protected final Div content = new Div();

    protected PublicPage(String titleKey) {
        this.titleKey = titleKey;
        addClassName("ctg-public-page");
        setMaxWidth("40rem");
        setMargin(true);
        content.setWidthFull();
    }

    /** Rebuilds the page: heading, then what {@code body} adds, then the footer links. */
    protected void render() {
        removeAll();
        content.removeAll();
        Div brand = new Div(getTranslation("app.name"));
        brand.addClassName("ctg-brand");
        add(brand, new H1(getTranslation(titleKey)), content, footer());
    }

    protected Paragraph error(String id) {
        Paragraph p = new Paragraph();
        p.setId(id);
        p.addClassName("ctg-error-text");
        p.getElement().setAttribute("role", "alert");
        p.getElement().setAttribute("aria-live", "assertive");
        return p;
    }

    /** A link that cannot be used: why, and the way to the login page. */
    protected void refused(BusinessRuleException e, String id) {
        Paragraph why = new Paragraph(Notifications.message(e));
        why.setId(id);
        content.add(why, new Anchor("login", getTranslation("public.login")));
    }

    private Footer footer() {
        Anchor login = new Anchor("login", getTranslation("public.login"));
        Anchor privacy = new Anchor("confidentialite", getTranslation("privacy.link"));
        Anchor accessibility = new Anchor("accessibilite", getTranslation("layout.footer.accessibility"));
        Anchor legal = new Anchor("mentions-legales", getTranslation("layout.footer.legal"));
        Footer footer = new Footer(login, new Span(" · "), privacy, new Span(" · "), accessibility, new Span(" · "),
                legal);
        footer.addClassName("ctg-public-footer");
        return footer;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + getTranslation("app.name");
    }
}
