package fr.ctg.avenant;

/** An avenant was sent round the COPIL, or approved: those who prepare and approve avenants are told. */
public record AvenantCirculated(long conventionId, long avenantId, String title, boolean approved, long actorId,
                                String actorName) {
}
