package fr.ctg.convention.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;

/** An article of the convention (0 = the preliminary article / preamble). */
@Entity
@Audited
@AuditOverride(forClass = AbstractEntity.class)
@Table(name = "article")
public class Article extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "convention_id", nullable = false)
    private Convention convention;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "body", nullable = false, columnDefinition = "TEXT")
    private String body;

    protected Article() {
    }

    public Article(Convention convention, int number, String title, String body) {
        this.convention = convention;
        this.number = number;
        this.title = title;
        this.body = body;
    }

    public Convention getConvention() {
        return convention;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public void edit(String title, String body) {
        this.title = title;
        this.body = body;
    }
}
