package fr.ctg.objective.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.objective.ObjectiveDraft;
import fr.ctg.objective.ObjectiveStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * A shared objective of a convention (Article 4), possibly a sub-objective of another (one level).
 * Its field of intervention, thematic groups and pilot accounts belong to other features and are
 * referenced by id. Every saved version is kept by Envers (objective_aud).
 */
@Entity
@Table(name = "objective")
@Audited
@AuditOverride(forClass = AbstractEntity.class)
public class Objective extends AbstractEntity {

    @Column(name = "convention_id", nullable = false)
    private Long conventionId;

    @Column(name = "field_id", nullable = false)
    private Long fieldId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "carried_from_id")
    private Long carriedFromId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ObjectiveStatus status;

    @Column(nullable = false)
    private int progress;

    @Column(nullable = false)
    private int weight = 1;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "planned_end_date")
    private LocalDate plannedEndDate;

    @Column(name = "expected_results", columnDefinition = "TEXT")
    private String expectedResults;

    @ElementCollection
    @CollectionTable(name = "objective_thematic_group", joinColumns = @JoinColumn(name = "objective_id"))
    @Column(name = "thematic_group_id", nullable = false)
    private Set<Long> thematicGroupIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "objective_pilot_account", joinColumns = @JoinColumn(name = "objective_id"))
    @Column(name = "account_id", nullable = false)
    private Set<Long> pilotAccountIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "objective_pilot_name", joinColumns = @JoinColumn(name = "objective_id"))
    @Column(name = "person_name", nullable = false, length = 200)
    private Set<String> pilotNames = new LinkedHashSet<>();

    /**
     * Its sub-objectives, read-only here (a sub-objective names its parent through {@code parentId}); not audited.
     * The save reads them in its locked read so that its answer needs no further statement.
     */
    @OneToMany
    @JoinColumn(name = "parent_id", insertable = false, updatable = false)
    @OrderBy("position")
    @NotAudited
    private Set<Objective> children = new LinkedHashSet<>();

    protected Objective() {
    }

    /** Its sub-objectives in their order (read when first asked unless the query fetched them). */
    public List<Objective> children() {
        return List.copyOf(children);
    }

    public Objective(Long conventionId, int position, ObjectiveDraft draft) {
        this.conventionId = conventionId;
        this.position = position;
        apply(draft);
    }

    /** Sets every editable field from a validated draft. */
    public final void apply(ObjectiveDraft d) {
        this.title = d.title();
        this.description = d.description();
        this.fieldId = d.fieldId();
        this.parentId = d.parentId();
        this.status = d.status();
        this.progress = d.progress();
        this.weight = d.weight();
        this.startDate = d.startDate();
        this.plannedEndDate = d.plannedEndDate();
        this.expectedResults = d.expectedResults();
        replace(thematicGroupIds, d.thematicGroupIds());
        replace(pilotAccountIds, d.pilotAccountIds());
        replace(pilotNames, d.pilotNames());
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    /** The editable state as a draft. */
    public ObjectiveDraft toDraft() {
        return new ObjectiveDraft(title, description, fieldId, thematicGroupIds, pilotAccountIds, pilotNames, status,
                progress, startDate, plannedEndDate, expectedResults, parentId, weight);
    }

    public Long getConventionId() {
        return conventionId;
    }

    public Long getCarriedFromId() {
        return carriedFromId;
    }

    /** This objective carries over one of the convention this one renews. */
    public void carriesOver(long previousObjectiveId) {
        this.carriedFromId = previousObjectiveId;
    }

    public Long getFieldId() {
        return fieldId;
    }

    public Long getParentId() {
        return parentId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public ObjectiveStatus getStatus() {
        return status;
    }

    public int getProgress() {
        return progress;
    }

    public int getWeight() {
        return weight;
    }

    public Set<Long> getThematicGroupIds() {
        return thematicGroupIds;
    }
}
