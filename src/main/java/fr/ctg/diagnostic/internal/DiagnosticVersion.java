package fr.ctg.diagnostic.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.diagnostic.DiagnosticFigure;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One version of a convention's diagnostic: the working draft (not published yet; its number is the one it will
 * have) or a published version, frozen — the service never changes a published version's rows.
 */
@Entity
@Table(name = "diagnostic_version")
public class DiagnosticVersion extends AbstractEntity {

    @Column(name = "convention_id", nullable = false)
    private long conventionId;

    @Column(nullable = false)
    private int number;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by_account_id")
    private Long publishedByAccountId;

    @Column(name = "published_by_name", length = 200)
    private String publishedByName;

    @Column(length = 500)
    private String note;

    @ElementCollection
    @CollectionTable(name = "diagnostic_territory_figure", joinColumns = @JoinColumn(name = "diagnostic_version_id"))
    @OrderColumn(name = "position")
    private List<FigureValue> territory = new ArrayList<>();

    @OneToMany(mappedBy = "diagnosticVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<DiagnosticTheme> themes = new ArrayList<>();

    protected DiagnosticVersion() {
    }

    public DiagnosticVersion(long conventionId, int number) {
        this.conventionId = conventionId;
        this.number = number;
    }

    /** The next draft: a copy of this (published) version, numbered after it. */
    public DiagnosticVersion nextDraft() {
        DiagnosticVersion v = new DiagnosticVersion(conventionId, number + 1);
        v.territory.addAll(territory.stream().map(f -> new FigureValue(f.toFigure())).toList());
        themes.forEach(t -> v.themes.add(t.copyInto(v)));
        return v;
    }

    public long getConventionId() { return conventionId; }
    public int getNumber() { return number; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublishedByName() { return publishedByName; }
    public String getNote() { return note; }
    public List<DiagnosticTheme> getThemes() { return themes; }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public List<DiagnosticFigure> territory() {
        return territory.stream().map(FigureValue::toFigure).toList();
    }

    public void setTerritory(List<DiagnosticFigure> list) {
        requireDraft();
        territory.clear();
        list.forEach(f -> territory.add(new FigureValue(f)));
    }

    public Optional<DiagnosticTheme> theme(long groupId) {
        return themes.stream().filter(t -> t.getThematicGroupId() == groupId).findFirst();
    }

    /** The theme of a group, added (at that position, with that name) if the draft has none yet. */
    public DiagnosticTheme themeFor(long groupId, String name, int position) {
        requireDraft();
        return theme(groupId).orElseGet(() -> {
            DiagnosticTheme t = new DiagnosticTheme(this, groupId, name, position);
            themes.add(t);
            return t;
        });
    }

    public void publish(Instant at, Long accountId, String byName, String withNote) {
        requireDraft();
        this.publishedAt = at;
        this.publishedByAccountId = accountId;
        this.publishedByName = byName;
        this.note = withNote;
    }

    private void requireDraft() {
        if (isPublished()) {
            throw new IllegalStateException("A published version of the diagnostic is frozen");
        }
    }
}
