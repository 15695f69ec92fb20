package fr.ctg.layout;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * {@code /acces-refuse}: where an open page goes when its person's access ended while they had it open (membership
 * revoked): the same words as the "access refused" page.
 */
@Route("acces-refuse")
@PermitAll
public class AccessEndedView extends VerticalLayout implements HasDynamicTitle {

    public AccessEndedView() {
        setId("access-refused");
        addClassName("ctg-error-page");
        add(new H2(getTranslation("error.accessRefused.title")), new Paragraph(getTranslation("error.accessRefused")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.accessRefused.title");
    }
}
