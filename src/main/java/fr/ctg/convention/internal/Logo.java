package fr.ctg.convention.internal;

import fr.ctg.base.AbstractEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** An uploaded logo, checked and resized, kept as PNG (the header shows it, every PDF embeds it). */
@Entity
@Table(name = "logo")
public class Logo extends AbstractEntity {

    @Column(nullable = false, length = 64, columnDefinition = "CHAR(64)")
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "MEDIUMBLOB")
    private byte[] png;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    protected Logo() {
    }

    public Logo(String sha256, byte[] png, int width, int height) {
        this.sha256 = sha256;
        this.png = png;
        this.width = width;
        this.height = height;
    }

    public String getSha256() { return sha256; }
    public byte[] getPng() { return png; }
    public int getWidth() { return width; }
    public int getHeight() { return height; }
}
