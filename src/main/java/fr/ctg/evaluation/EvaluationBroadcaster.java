package fr.ctg.evaluation;

import fr.ctg.collaboration.CollaborationHub;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** After commit, tells every open page of the evaluative question that it changed. */
@Component
class EvaluationBroadcaster {

    private final CollaborationHub hub;

    EvaluationBroadcaster(CollaborationHub hub) {
        this.hub = hub;
    }

    @TransactionalEventListener
    void on(EvaluativeQuestionChanged event) {
        hub.publish(EvaluationTopics.question(event.questionId()), event);
    }
}
