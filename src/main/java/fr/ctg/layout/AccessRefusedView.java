package fr.ctg.layout;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import fr.ctg.base.AccessRefusedException;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a member opens a page their role in this convention does not allow. */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessRefusedView extends VerticalLayout
        implements HasErrorParameter<AccessRefusedException>, HasDynamicTitle {

    public AccessRefusedView() {
        addClassName("ctg-error-page");
        add(new H2(getTranslation("error.accessRefused.title")), new Paragraph(getTranslation("error.accessRefused")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessRefusedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.accessRefused.title");
    }
}
