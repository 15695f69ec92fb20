package fr.ctg.indicator;

/**
 * One branch of the "étoile" (Annexe 2): a thematic group and how close its indicators came to their targets
 * in a year (100 = on target on average; null when no indicator of the group has both a value and a target).
 */
public record RadarAxis(long thematicGroupId, String groupName, Integer score, int indicatorsScored) {
}
