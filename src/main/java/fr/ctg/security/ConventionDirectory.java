package fr.ctg.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the security feature needs to know of Cafs and conventions without depending on the convention feature
 * (which implements it): which Caf owns a convention, a convention's name and thematic groups, a Caf's name.
 */
public interface ConventionDirectory {

    /** The Caf that owns the convention, or empty if there is no such convention. */
    Optional<Long> cafOf(long conventionId);

    /** The ids of the Caf's conventions. */
    List<Long> conventionIdsOf(long cafId);

    /** The ids of every convention (the platform administrator's calendar feed). */
    List<Long> allConventionIds();

    /** The convention's title, or empty if there is no such convention. */
    Optional<String> conventionTitle(long conventionId);

    /** The Caf's name, or empty if there is no such Caf. */
    Optional<String> cafName(long cafId);

    /** The ids of the convention's thematic groups. */
    Set<Long> thematicGroupIds(long conventionId);

    /** The convention's thematic groups: id → name, in their order. */
    Map<Long, String> thematicGroups(long conventionId);
}
