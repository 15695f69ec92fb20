package fr.ctg.admin.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.ctg.admin.ConventionDraft;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.i18n.Formats;
import fr.ctg.base.ui.Notifications;
import fr.ctg.convention.CafSummary;
import fr.ctg.convention.ConventionRef;
import fr.ctg.convention.ConventionSettings.Item;
import fr.ctg.convention.NewConvention;
import fr.ctg.security.CafAdministration;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A new convention for a Caf, in six short steps: where it starts from (the national CTG structure or a copy of
 * another convention of the Caf, structure only), the parties and signatories with their logos, the legal basis and
 * Article 10 terms, the fields and thematic groups, the committees and Annexe 3 rules, then a summary and creation.
 * Nothing exists until "Créer la convention"; a refusal then says what to correct and creates nothing.
 */
@Route("administration/cafs/:cafId/nouvelle-convention")
@PermitAll
@CafAdministration
class ConventionWizardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String[] STEPS = {"wizard.step.start", "wizard.step.parties", "wizard.step.terms",
            "wizard.step.structure", "wizard.step.committees", "wizard.step.summary"};

    private final CafServices services;
    private long cafId;
    private CafSummary caf;
    private int step;
    private ConventionDraft base;
    /** What the draft was started from (a new choice on step 1 starts it again; going back and forth keeps it). */
    private String loadedFrom;

    private final RadioButtonGroup<String> origin = new RadioButtonGroup<>();
    private final Select<ConventionRef> source = new Select<>();
    private final TermsForm terms = new TermsForm(false);
    private PartiesEditor parties;
    private final TextArea legalBasis = new TextArea();
    private final ItemsEditor fields;
    private final ItemsEditor groups;
    private final CommitteesEditor committees = new CommitteesEditor();
    private final RulesEditor rules = new RulesEditor();
    private final OrderedList progress = new OrderedList();
    private final Div body = new Div();
    private final Paragraph error = new Paragraph();
    private final Button previous = new Button();
    private final Button next = new Button();

    ConventionWizardView(CafServices services) {
        this.services = services;
        this.fields = new ItemsEditor("wizard-fields", getTranslation("settings.field"), false);
        this.groups = new ItemsEditor("wizard-groups", getTranslation("settings.group"), true);
        setId("wizard");
        setMaxWidth("60rem");
        progress.setId("wizard-steps");
        progress.addClassName("ctg-steps");
        progress.getElement().setAttribute("aria-label", getTranslation("wizard.steps"));
        error.setId("wizard-error");
        error.addClassName("ctg-error-text");
        error.getElement().setAttribute("role", "alert");
        previous.setText(getTranslation("wizard.previous"));
        previous.setId("wizard-previous");
        previous.addClickListener(e -> show(step - 1));
        next.setId("wizard-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> forward());
        origin.addValueChangeListener(e -> source.setEnabled("copy".equals(e.getValue())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        loadedFrom = null;
        cafId = event.getRouteParameters().getLong("cafId").orElse(-1L);
        caf = services.cafs().caf(cafId);
        parties = new PartiesEditor((partyId, in) -> {
            long logo = services.settings().storeLogo(cafId, in);
            return new PartiesEditor.StoredLogo(logo, "logos/" + logo + ".png");
        });
        origin.setLabel(getTranslation("wizard.origin"));
        origin.setId("wizard-origin");
        origin.setItems("national", "copy");
        origin.setItemLabelGenerator(o -> getTranslation("wizard.origin." + o));
        origin.setValue("national");
        List<ConventionRef> copyable = services.setup().copyable(cafId);
        source.setLabel(getTranslation("wizard.source"));
        source.setId("wizard-source");
        source.setItems(copyable);
        source.setItemLabelGenerator(ConventionRef::title);
        source.setEnabled(false);
        origin.setItemEnabledProvider(o -> !"copy".equals(o) || !copyable.isEmpty());
        legalBasis.setLabel(getTranslation("wizard.legalBasis"));
        legalBasis.setId("wizard-legal-basis");
        legalBasis.setHelperText(getTranslation("wizard.legalBasisHelp"));
        legalBasis.setWidthFull();
        legalBasis.setMinHeight("12rem");
        removeAll();
        add(new H2(getTranslation("wizard.heading", caf.name())), progress, body, error,
                new HorizontalLayout(previous, next));
        show(0);
    }

    private void forward() {
        error.setText("");
        try {
            String origin = this.origin.getValue() + ":" + (source.getValue() == null ? "" : source.getValue().id());
            if (step == 0 && !origin.equals(loadedFrom)) {
                load();
                loadedFrom = origin;
            }
            if (step == STEPS.length - 1) {
                create();
                return;
            }
            show(step + 1);
        } catch (BusinessRuleException e) {
            error.setText(Notifications.message(e));
        }
    }

    /** Starts the draft from the national structure or from the chosen convention. */
    private void load() {
        if ("copy".equals(origin.getValue())) {
            if (source.getValue() == null) {
                throw new BusinessRuleException("wizard.error.source");
            }
            base = services.setup().copyOf(cafId, source.getValue().id());
        } else {
            base = services.setup().fromNationalStructure(cafId);
        }
        parties.setNew(base.parties());
        terms.title.setValue(base.title());
        terms.territory.setValue(base.territory());
        terms.setDates(base.signedOn(), base.startDate(), base.endDate());
        terms.noticeMonths.setValue(base.noticeMonths());
        terms.noticeForm.setValue(base.noticeForm() == null ? "" : base.noticeForm());
        terms.renewal.setValue(base.renewal());
        legalBasis.setValue(String.join("\n", base.legalBasis()));
        List<Item> f = new ArrayList<>();
        for (int i = 0; i < base.fields().size(); i++) {
            f.add(new Item((long) i + 1, base.fields().get(i), null));
        }
        fields.set(f);
        List<Item> g = new ArrayList<>();
        for (int i = 0; i < base.thematicGroups().size(); i++) {
            NewConvention.NewThematicGroup group = base.thematicGroups().get(i);
            g.add(new Item((long) i + 1, group.name(), group.description()));
        }
        groups.set(g);
        committees.set(base.committees());
        rules.set(base.rules());
    }

    private void show(int target) {
        step = Math.max(0, Math.min(target, STEPS.length - 1));
        progress.removeAll();
        for (int i = 0; i < STEPS.length; i++) {
            ListItem li = new ListItem(getTranslation(STEPS[i]));
            if (i == step) {
                li.getElement().setAttribute("aria-current", "step");
                li.addClassName("ctg-step-current");
            }
            progress.add(li);
        }
        body.removeAll();
        body.add(new H3(getTranslation(STEPS[step])));
        body.add(switch (step) {
            case 0 -> new Div(new Paragraph(getTranslation("wizard.start.help")), origin, source);
            case 1 -> new Div(new Paragraph(getTranslation("wizard.parties.help")), titleAndTerritory(), parties);
            case 2 -> new Div(legalBasis, terms);
            case 3 -> new Div(new H3(getTranslation("settings.fields")), fields, new H3(getTranslation("settings.groups")),
                    groups);
            case 4 -> new Div(new H3(getTranslation("settings.committees")), committees,
                    new H3(getTranslation("settings.rules")), rules);
            default -> summary();
        });
        previous.setVisible(step > 0);
        next.setText(getTranslation(step == STEPS.length - 1 ? "wizard.create" : "wizard.next"));
    }

    private Component titleAndTerritory() {
        Div d = new Div(terms.title, terms.territory);
        terms.title.setWidthFull();
        return d;
    }

    private Component summary() {
        ConventionDraft d = draft();
        UnorderedList list = new UnorderedList();
        list.setId("wizard-summary");
        list.add(new ListItem(getTranslation("wizard.summary.title", d.title())));
        list.add(new ListItem(getTranslation("wizard.summary.parties", String.join(" – ",
                d.parties().stream().map(NewConvention.NewParty::shortName).toList()))));
        list.add(new ListItem(getTranslation("wizard.summary.dates", Formats.date(d.startDate(), getLocale()),
                Formats.date(d.endDate(), getLocale()))));
        list.add(new ListItem(getTranslation("wizard.summary.structure", d.fields().size(), d.thematicGroups().size(),
                d.objectives().size(), d.articles().size(), d.annexes().size())));
        list.add(new ListItem(getTranslation("wizard.summary.committees", d.committees().size(), d.rules().size())));
        return new Div(new Paragraph(getTranslation("wizard.summary.help")), list);
    }

    private void create() {
        long id = services.setup().create(cafId, draft());
        services.currentConvention().select(id);
        Notifications.success("wizard.created");
        UI.getCurrent().getPage().setLocation(RouteConfiguration.forSessionScope().getUrl(MembersView.class));
    }

    /** The draft as the steps now hold it; objectives follow their field and groups through renames and moves. */
    private ConventionDraft draft() {
        List<Item> f = fields.value();
        Map<Long, Integer> fieldPosition = new HashMap<>();
        for (int i = 0; i < f.size(); i++) {
            if (f.get(i).id() != null) {
                fieldPosition.put(f.get(i).id(), i + 1);
            }
        }
        List<Item> g = groups.value();
        Map<String, String> groupName = new HashMap<>();
        for (Item item : g) {
            if (item.id() != null && item.id() <= base.thematicGroups().size()) {
                groupName.put(base.thematicGroups().get(item.id().intValue() - 1).name(),
                        item.name() == null ? null : item.name().strip());
            }
        }
        List<ConventionDraft.DraftObjective> objectives = new ArrayList<>();
        for (ConventionDraft.DraftObjective o : base.objectives()) {
            Integer position = fieldPosition.get((long) o.field());
            if (position != null) {
                objectives.add(new ConventionDraft.DraftObjective(position, o.title(), o.description(),
                        o.thematicGroups().stream().map(groupName::get).filter(Objects::nonNull).toList()));
            }
        }
        var t = terms.value();
        return new ConventionDraft(t.title(), t.territory(), parties.newParties(),
                Arrays.stream(legalBasis.getValue().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                t.signedOn(), t.startDate(), t.endDate(), t.noticeMonths(), t.noticeForm(), t.renewal(),
                f.stream().map(Item::name).toList(),
                g.stream().map(i -> new NewConvention.NewThematicGroup(i.name(), i.description())).toList(),
                committees.value(), rules.value(), base.articles(), base.annexes(), objectives);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wizard.title");
    }
}
