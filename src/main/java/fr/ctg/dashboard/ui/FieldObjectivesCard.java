package fr.ctg.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import fr.ctg.objective.FieldObjectives;
import fr.ctg.objective.ObjectiveStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Per field of intervention: how many objectives, in which status. */
class FieldObjectivesCard extends Div {

    FieldObjectivesCard(List<FieldObjectives> fields) {
        addClassName("ctg-card");
        setId("card-objectives");
        add(DashboardView.cardTitle(this, "dashboard.objectives.title"));
        for (FieldObjectives field : fields) {
            Div block = new Div();
            block.addClassName("ctg-field-block");
            block.add(new H4(field.field().position() + ". " + field.field().title()));
            block.add(new Span(getTranslation("dashboard.objectives.count", field.objectives().size())));
            if (field.rolledUpProgress() != null) {
                Span progress = new Span(" · " + getTranslation("objectives.field.progress", field.rolledUpProgress()));
                progress.setId("dashboard-field-progress-" + field.field().position());
                block.add(progress);
            }
            Div badges = new Div();
            badges.addClassName("ctg-status-badges");
            for (Map.Entry<ObjectiveStatus, Long> e : field.countByStatus().entrySet()) {
                Span badge = new Span(getTranslation(e.getKey().labelKey()) + " : " + e.getValue());
                badge.getElement().getThemeList().add("badge");
                badge.addClassName("ctg-status-" + e.getKey().name().toLowerCase(Locale.ROOT));
                badges.add(badge);
            }
            block.add(badges);
            add(block);
        }
    }
}
