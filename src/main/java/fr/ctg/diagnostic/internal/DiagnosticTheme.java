package fr.ctg.diagnostic.internal;

import fr.ctg.base.AbstractEntity;
import fr.ctg.diagnostic.DiagnosticFigure;
import fr.ctg.diagnostic.OfferItem;
import fr.ctg.diagnostic.ThemeDiagnostic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** One theme of one version of the diagnostic: the four angles and the score. */
@Entity
@Table(name = "diagnostic_theme")
public class DiagnosticTheme extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "diagnostic_version_id", nullable = false)
    private DiagnosticVersion diagnosticVersion;

    @Column(name = "thematic_group_id", nullable = false)
    private long thematicGroupId;

    @Column(name = "group_name", nullable = false, length = 200)
    private String groupName;

    @Column(nullable = false)
    private int position;

    @Column(columnDefinition = "TEXT")
    private String gap;

    private Integer score;

    @Column(name = "score_reason", length = 300)
    private String scoreReason;

    @ElementCollection
    @CollectionTable(name = "diagnostic_theme_figure", joinColumns = @JoinColumn(name = "theme_id"))
    @OrderColumn(name = "position")
    private List<FigureValue> figures = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "diagnostic_theme_offer", joinColumns = @JoinColumn(name = "theme_id"))
    @OrderColumn(name = "position")
    private List<OfferValue> offer = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "diagnostic_theme_axis", joinColumns = @JoinColumn(name = "theme_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 300)
    private List<String> axes = new ArrayList<>();

    protected DiagnosticTheme() {
    }

    DiagnosticTheme(DiagnosticVersion diagnosticVersion, long thematicGroupId, String groupName, int position) {
        this.diagnosticVersion = diagnosticVersion;
        this.thematicGroupId = thematicGroupId;
        this.groupName = groupName;
        this.position = position;
    }

    /** A copy of this theme into another version (the next draft). */
    DiagnosticTheme copyInto(DiagnosticVersion other) {
        DiagnosticTheme t = new DiagnosticTheme(other, thematicGroupId, groupName, position);
        t.gap = gap;
        t.score = score;
        t.scoreReason = scoreReason;
        t.figures.addAll(figures.stream().map(f -> new FigureValue(f.toFigure())).toList());
        t.offer.addAll(offer.stream().map(o -> new OfferValue(o.toItem())).toList());
        t.axes.addAll(axes);
        return t;
    }

    public long getThematicGroupId() { return thematicGroupId; }
    public String getGroupName() { return groupName; }
    public int getPosition() { return position; }

    public void rename(String name, int newPosition) {
        requireDraft();
        this.groupName = name;
        this.position = newPosition;
    }

    public void setCharacteristics(List<DiagnosticFigure> list) {
        requireDraft();
        figures.clear();
        list.forEach(f -> figures.add(new FigureValue(f)));
    }

    public void setOffer(List<OfferItem> list) {
        requireDraft();
        offer.clear();
        list.forEach(o -> offer.add(new OfferValue(o)));
    }

    public void setGap(String gap) {
        requireDraft();
        this.gap = gap;
    }

    public void setAxes(List<String> list) {
        requireDraft();
        axes.clear();
        axes.addAll(list);
    }

    public void setScore(Integer score, String reason) {
        requireDraft();
        this.score = score;
        this.scoreReason = reason;
    }

    private void requireDraft() {
        if (diagnosticVersion.isPublished()) {
            throw new IllegalStateException("A published version of the diagnostic is frozen");
        }
    }

    public ThemeDiagnostic toDiagnostic(String name) {
        return new ThemeDiagnostic(thematicGroupId, name, figures.stream().map(FigureValue::toFigure).toList(),
                offer.stream().map(OfferValue::toItem).toList(), gap, List.copyOf(axes), score, scoreReason);
    }
}
