package fr.ctg.contribution.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A call for contributions addressed to some organisations of a convention. */
@Entity
@Table(name = "contribution_call")
public class ContributionCall extends AbstractEntity {

    @Column(name = "convention_id", nullable = false)
    private Long conventionId;
    @Column(nullable = false, length = 300)
    private String title;
    @Column(columnDefinition = "TEXT")
    private String instructions;
    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;
    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @ElementCollection
    @CollectionTable(name = "call_group", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "thematic_group_id")
    private Set<Long> thematicGroupIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "call_organisation", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "organisation_id")
    private Set<Long> organisationIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "call_question", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    private List<CallQuestion> questions = new ArrayList<>();

    protected ContributionCall() {
    }

    public ContributionCall(Long conventionId, String title, String instructions, LocalDate opensOn, LocalDate closesOn,
                            Set<Long> thematicGroupIds, Set<Long> organisationIds, List<CallQuestion> questions) {
        this.conventionId = conventionId;
        this.title = title;
        this.instructions = instructions;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.thematicGroupIds.addAll(thematicGroupIds);
        this.organisationIds.addAll(organisationIds);
        this.questions.addAll(questions);
    }

    public Long getConventionId() { return conventionId; }
    public String getTitle() { return title; }
    public String getInstructions() { return instructions; }
    public LocalDate getOpensOn() { return opensOn; }
    public LocalDate getClosesOn() { return closesOn; }
    public Set<Long> getThematicGroupIds() { return thematicGroupIds; }
    public Set<Long> getOrganisationIds() { return organisationIds; }
    public List<CallQuestion> getQuestions() { return questions; }
}
