package fr.ctg.diagnostic.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.MarkdownBlock;
import fr.ctg.base.ui.Notifications;
import fr.ctg.diagnostic.DiagnosticService;
import fr.ctg.diagnostic.OfferItem;
import fr.ctg.diagnostic.ThemeDiagnostic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One theme of the diagnostic from its four angles, with its score; an editor of the draft gets a button per angle
 * (each opens its small dialog), and the service decides.
 */
class ThemeSection extends Div {

    /** What editing needs; null when the version shown is read-only. */
    record Editing(DiagnosticService service, long conventionId, Runnable refresh) {
    }

    private final ThemeDiagnostic theme;
    private final Editing editing;
    private final String id;

    ThemeSection(ThemeDiagnostic theme, Editing editing) {
        this.theme = theme;
        this.editing = editing;
        this.id = "diagnostic-theme-" + theme.thematicGroupId();
        setId(id);
        addClassName("ctg-card");
        H3 title = new H3(theme.groupName());
        Span score = new Span(theme.score() == null ? getTranslation("diagnostic.score.none")
                : getTranslation("diagnostic.score.shown", theme.score()));
        score.setId(id + "-score");
        score.getElement().getThemeList().add("badge");
        HorizontalLayout header = new HorizontalLayout(title, score);
        header.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(header);
        if (theme.scoreReason() != null) {
            add(new Paragraph(theme.scoreReason()));
        }
        if (editing != null) {
            add(button("score", "diagnostic.score.editButton", () -> new ScoreDialog(theme,
                    (value, reason) -> save(() -> editing.service().saveScore(editing.conventionId(),
                            theme.thematicGroupId(), value, reason))).open()));
        }
        characteristics();
        offer();
        gap();
        axes();
    }

    private void characteristics() {
        add(new H4(getTranslation("diagnostic.angle.characteristics")));
        if (theme.characteristics().isEmpty()) {
            add(none());
        } else {
            add(new FigureTable(id + "-figures", theme.characteristics(), editing == null ? null
                    : list -> orNotify(() -> save(() -> editing.service().saveCharacteristics(editing.conventionId(),
                            theme.thematicGroupId(), theme.characteristics(), list)))));
        }
        if (editing != null) {
            add(button("figure-add", "diagnostic.figure.add", () -> new FigureDialog(theme.characteristics(),
                    list -> save(() -> editing.service().saveCharacteristics(editing.conventionId(),
                            theme.thematicGroupId(), theme.characteristics(), list))).open()));
        }
    }

    private void offer() {
        add(new H4(getTranslation("diagnostic.angle.offer")));
        if (theme.offer().isEmpty()) {
            add(none());
        } else {
            UnorderedList list = new UnorderedList();
            list.setId(id + "-offer");
            for (int i = 0; i < theme.offer().size(); i++) {
                OfferItem o = theme.offer().get(i);
                ListItem item = new ListItem(new Span(getTranslation(o.kind().labelKey()) + " — " + o.name()
                        + (o.commune() == null ? "" : " (" + o.commune() + ")")
                        + (o.description() == null ? "" : " : " + o.description())));
                if (editing != null) {
                    int index = i;
                    Button out = new Button(getTranslation("action.remove"), e -> {
                        List<OfferItem> rest = new ArrayList<>(theme.offer());
                        rest.remove(index);
                        orNotify(() -> save(() -> editing.service().saveOffer(editing.conventionId(),
                                theme.thematicGroupId(), theme.offer(), rest)));
                    });
                    out.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    out.getElement().setAttribute("aria-label", getTranslation("diagnostic.removeNamed", o.name()));
                    item.add(out);
                }
                list.add(item);
            }
            add(list);
        }
        if (editing != null) {
            add(button("offer-add", "diagnostic.offer.add", () -> new OfferDialog(theme.offer(),
                    list -> save(() -> editing.service().saveOffer(editing.conventionId(), theme.thematicGroupId(),
                            theme.offer(), list))).open()));
        }
    }

    private void gap() {
        add(new H4(getTranslation("diagnostic.angle.gap")));
        if (theme.gap() == null) {
            add(none());
        } else {
            Div text = new Div(MarkdownBlock.of(theme.gap()));
            text.setId(id + "-gap");
            add(text);
        }
        if (editing != null) {
            add(button("gap-edit", "diagnostic.gap.edit", () -> new TextAngleDialog(id + "-gap", "diagnostic.angle.gap",
                    "diagnostic.gap.help", theme.gap() == null ? "" : theme.gap(), 20_000,
                    text -> save(() -> editing.service().saveGap(editing.conventionId(), theme.thematicGroupId(),
                            theme.gap(), true, text))).open()));
        }
    }

    private void axes() {
        add(new H4(getTranslation("diagnostic.angle.axes")));
        if (theme.priorityAxes().isEmpty()) {
            add(none());
        } else {
            OrderedList list = new OrderedList();
            list.setId(id + "-axes");
            theme.priorityAxes().forEach(a -> list.add(new ListItem(a)));
            add(list);
        }
        if (editing != null) {
            add(button("axes-edit", "diagnostic.axes.edit", () -> new TextAngleDialog(id + "-axes",
                    "diagnostic.angle.axes", "diagnostic.axes.help", String.join("\n", theme.priorityAxes()), 6000,
                    text -> save(() -> editing.service().savePriorityAxes(editing.conventionId(),
                            theme.thematicGroupId(), theme.priorityAxes(), Arrays.stream(text.split("\\R")).filter(s -> !s.isBlank())
                                    .toList()))).open()));
        }
    }

    private Paragraph none() {
        Paragraph p = new Paragraph(getTranslation("diagnostic.angle.none"));
        return p;
    }

    private Button button(String suffix, String labelKey, Runnable open) {
        Button b = new Button(getTranslation(labelKey), e -> open.run());
        b.setId(id + "-" + suffix);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.getElement().setAttribute("aria-label", getTranslation(labelKey) + " — " + theme.groupName());
        return b;
    }

    /** Runs a save; a refusal propagates to the dialog that asked (it shows the reason and stays open). */
    private void save(Runnable write) {
        try {
            write.run();
        } catch (BusinessRuleException ex) {
            if ("diagnostic.error.changedMeanwhile".equals(ex.getMessageKey())) {
                editing.refresh().run(); // the page shows what is saved now; the dialog keeps what was typed
            }
            throw ex;
        }
        Notifications.success("diagnostic.saved");
        editing.refresh().run();
    }

    /** For removals from a list (no dialog): a refusal is shown as a notification. */
    static void orNotify(Runnable write) {
        try {
            write.run();
        } catch (BusinessRuleException ex) {
            Notifications.error(ex);
        }
    }
}
