package fr.ctg.avenant;

/** An avenant's course: drafted, circulated to the COPIL, approved (its modifications fixed), signed. */
public enum AvenantStatus {
    DRAFT, CIRCULATED, APPROVED, SIGNED;

    public String labelKey() {
        return "avenant.status." + name();
    }
}
