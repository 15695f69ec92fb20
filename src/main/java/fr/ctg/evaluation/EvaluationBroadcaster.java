package fr.ctg.evaluation;

import fr.ctg.collaboration.CollaborationHub;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** After commit, tells every open page of the evaluative question that it changed. */
@Component
class EvaluationBroadcaster {

    private final CollaborationHub hub;

    EvaluationBroadcaster(CollaborationHub hub) {
        this.hub = hub;
    }

    @EventListener
    void on(EvaluativeQuestionChanged event) {
        hub.publishAfterCommit(EvaluationTopics.question(event.questionId()), event);
    }
}
