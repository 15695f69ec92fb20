package fr.ctg.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * {@code /acces-refuse}: where a page goes when its person's access to the convention it showed ended (membership
 * revoked) while it was open, or at their next click. Outside the main layout, so that nothing of that convention
 * (its name, its menu) stays on screen; the link starts afresh among the conventions left.
 */
@Route(value = "acces-refuse", autoLayout = false)
@PermitAll
public class AccessEndedView extends VerticalLayout implements HasDynamicTitle {

    public AccessEndedView() {
        setId("access-refused");
        addClassName("ctg-public-page");
        setMaxWidth("40rem");
        setMargin(true);
        Div brand = new Div(getTranslation("app.name"));
        brand.addClassName("ctg-brand");
        Anchor home = new Anchor("", getTranslation("error.accessEnded.home"));
        home.setId("access-ended-home");
        add(brand, new H1(getTranslation("error.accessRefused.title")),
                new Paragraph(getTranslation("error.accessEnded")), home);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.accessRefused.title");
    }
}
