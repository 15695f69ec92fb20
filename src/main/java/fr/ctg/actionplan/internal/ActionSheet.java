package fr.ctg.actionplan.internal;

import fr.ctg.actionplan.ActionSheetDraft;
import fr.ctg.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The fiche action of an objective at the lowest level of the action plan. */
@Entity
@Table(name = "action_sheet")
public class ActionSheet extends AbstractEntity {

    @Column(name = "objective_id", nullable = false, unique = true)
    private long objectiveId;
    @Column(name = "convention_id", nullable = false)
    private long conventionId;
    @Column(name = "target_public", columnDefinition = "TEXT")
    private String targetPublic;
    @Column(columnDefinition = "TEXT")
    private String territory;
    @Column(columnDefinition = "TEXT")
    private String partners;
    @Column(columnDefinition = "TEXT")
    private String schedule;
    @Column(nullable = false)
    private boolean published;

    @ElementCollection
    @CollectionTable(name = "action_sheet_budget", joinColumns = @JoinColumn(name = "sheet_id"))
    @OrderColumn(name = "position")
    private List<BudgetEntry> budget = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "action_sheet_indicator", joinColumns = @JoinColumn(name = "sheet_id"))
    @Column(name = "indicator_id", nullable = false)
    private Set<Long> indicatorIds = new LinkedHashSet<>();

    protected ActionSheet() {
    }

    public ActionSheet(long objectiveId, long conventionId) {
        this.objectiveId = objectiveId;
        this.conventionId = conventionId;
    }

    public void apply(ActionSheetDraft d) {
        targetPublic = d.targetPublic();
        territory = d.territory();
        partners = d.partners();
        schedule = d.schedule();
        budget.clear();
        d.budget().forEach(b -> budget.add(new BudgetEntry(b.funder(), b.amount())));
        indicatorIds.clear();
        indicatorIds.addAll(d.indicatorIds());
    }

    public ActionSheetDraft toDraft() {
        return new ActionSheetDraft(targetPublic, territory, partners, schedule,
                budget.stream().map(b -> new ActionSheetDraft.BudgetLine(b.getFunder(), b.getAmount())).toList(),
                Set.copyOf(indicatorIds));
    }

    public long getObjectiveId() { return objectiveId; }
    public long getConventionId() { return conventionId; }
    public boolean isPublished() { return published; }

    public void setPublished(boolean published) {
        this.published = published;
    }
}
