package fr.ctg.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.ctg.base.NotFoundException;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.evaluation.EvaluationTrack;
import fr.ctg.evaluation.EvaluativeQuestionDetails;
import fr.ctg.evaluation.EvaluativeQuestionService;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "Évaluation": the convention's evaluative questions (Annexe 4) by track — results follow-up, then impact — each with
 * its status, its groups and how many indicators and contribution questions feed it; editors add a question.
 */
@Route("evaluation")
@Menu(order = 7.5, icon = "vaadin:question-circle-o", title = "nav.evaluation")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER, Role.FOLLOW_UP_MEMBER,
        Role.EVALUATION_REFERENT, Role.READER})
class EvaluationView extends VerticalLayout implements HasDynamicTitle {

    EvaluationView(CurrentConvention currentConvention, EvaluativeQuestionService service,
                   ConventionService conventions) {
        long conventionId = currentConvention.id().orElseThrow(NotFoundException::new);
        List<EvaluativeQuestionDetails> questions = service.questions(conventionId);
        H2 heading = new H2(getTranslation("evaluation.heading"));
        heading.setId("evaluation-heading");
        HorizontalLayout header = new HorizontalLayout(heading);
        header.setAlignItems(Alignment.BASELINE);
        if (service.canEdit(conventionId)) {
            List<ThematicGroupRef> groups = conventions.thematicGroups(conventionId);
            Button create = new Button(getTranslation("evaluation.new"),
                    e -> new NewQuestionDialog(service, conventionId, groups).open());
            create.setId("evaluation-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }
        add(header, new Paragraph(getTranslation("evaluation.intro")));
        for (EvaluationTrack track : EvaluationTrack.values()) {
            H3 title = new H3(getTranslation(track.labelKey()));
            title.setId("evaluation-track-" + track.name());
            Div list = new Div();
            list.setId("evaluation-list-" + track.name());
            list.addClassName("ctg-evaluation-list");
            List<EvaluativeQuestionDetails> ofTrack = questions.stream().filter(q -> q.track() == track).toList();
            if (ofTrack.isEmpty()) {
                list.add(new Paragraph(getTranslation("evaluation.none")));
            }
            ofTrack.forEach(q -> list.add(card(q)));
            add(title, list);
        }
    }

    private Div card(EvaluativeQuestionDetails q) {
        RouterLink link = new RouterLink(getTranslation("evaluation.question.heading", q.number(), q.text()),
                EvaluativeQuestionView.class, new RouteParameters("questionId", String.valueOf(q.id())));
        link.setId("evaluation-question-" + q.number());
        Span status = new Span(getTranslation(q.status().labelKey()));
        status.getElement().getThemeList().add("badge");
        status.setId("evaluation-status-" + q.number());
        String groups = q.groups().isEmpty() ? getTranslation("evaluation.groups.none")
                : q.groups().stream().map(ThematicGroupRef::name).collect(Collectors.joining(", "));
        Span feeds = new Span(getTranslation("evaluation.feeds", q.indicatorIds().size(), q.callQuestions().size()));
        feeds.setId("evaluation-feeds-" + q.number());
        Div card = new Div(new Div(link), new Div(status, new Span(" · " + groups)), new Div(feeds));
        card.addClassName("ctg-card");
        card.setId("evaluation-card-" + q.number());
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluation.title");
    }
}
