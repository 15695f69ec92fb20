package fr.ctg.objective.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.objective.ObjectiveStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A shared objective of a convention (Article 4). Its field of intervention and thematic groups
 * belong to the convention feature and are referenced by id.
 */
@Entity
@Table(name = "objective")
public class Objective extends AbstractEntity {

    @Column(name = "convention_id", nullable = false)
    private Long conventionId;

    @Column(name = "field_id", nullable = false)
    private Long fieldId;

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

    @ElementCollection
    @CollectionTable(name = "objective_thematic_group", joinColumns = @JoinColumn(name = "objective_id"))
    @Column(name = "thematic_group_id", nullable = false)
    private Set<Long> thematicGroupIds = new LinkedHashSet<>();

    protected Objective() {
    }

    public Objective(Long conventionId, Long fieldId, int position, String title, String description,
                     ObjectiveStatus status, int progress, Set<Long> thematicGroupIds) {
        this.conventionId = conventionId;
        this.fieldId = fieldId;
        this.position = position;
        this.title = title;
        this.description = description;
        this.status = status;
        this.progress = progress;
        this.thematicGroupIds.addAll(thematicGroupIds);
    }

    public Long getConventionId() {
        return conventionId;
    }

    public Long getFieldId() {
        return fieldId;
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

    public Set<Long> getThematicGroupIds() {
        return thematicGroupIds;
    }
}
