package fr.ctg.demo;

import fr.ctg.convention.NewConvention;
import fr.ctg.evaluation.EvaluationTrack;
import fr.ctg.evaluation.QuestionStatus;
import fr.ctg.objective.ObjectiveStatus;
import fr.ctg.security.Committee;
import fr.ctg.security.Role;
import fr.ctg.security.Seat;
import java.util.List;

/** The shape of {@code demo/demo-data.json}: conventions with their objectives, and demo accounts. */
record DemoData(List<DemoConvention> conventions, List<DemoAccount> accounts) {

    /** {@code evaluativeQuestions} may be absent (null). */
    record DemoConvention(NewConvention convention, List<DemoObjective> objectives,
                          List<DemoEvaluativeQuestion> evaluativeQuestions) {
    }

    /**
     * An evaluative question (Annexe 4): groups named, indicators by code, {@code callQuestions} the positions (from 0)
     * of the questions of the demo call for contributions that feed it, and the status it is brought to.
     */
    record DemoEvaluativeQuestion(String text, EvaluationTrack track, List<String> thematicGroups, String criteria,
                                  String sources, String answer, List<String> indicators, List<Integer> callQuestions,
                                  QuestionStatus status) {
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
