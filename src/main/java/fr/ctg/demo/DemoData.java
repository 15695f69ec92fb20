package fr.ctg.demo;

import fr.ctg.convention.NewConvention;
import fr.ctg.objective.ObjectiveStatus;
import fr.ctg.security.Committee;
import fr.ctg.security.Role;
import fr.ctg.security.Seat;
import java.util.List;

/** The shape of {@code demo/demo-data.json}: conventions with their objectives, and demo accounts. */
record DemoData(List<DemoConvention> conventions, List<DemoAccount> accounts) {

    record DemoConvention(NewConvention convention, List<DemoObjective> objectives) {
    }

    /** {@code field} is the field's position (1-based); groups are named. */
    record DemoObjective(int field, String title, String description, List<String> thematicGroups,
                         ObjectiveStatus status, int progress) {
    }

    /** {@code cafAdmin}: administers the demo's Caf (the Caf du Gers). */
    record DemoAccount(String username, String displayName, String email, String organisation,
                       boolean platformAdmin, boolean cafAdmin, List<DemoMembership> memberships) {
    }

    record DemoMembership(String convention, Role role, Committee committee, Seat seat) {
    }
}
