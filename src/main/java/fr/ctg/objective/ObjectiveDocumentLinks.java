package fr.ctg.objective;

import fr.ctg.document.DocumentLinkTargets;
import fr.ctg.document.LinkTarget;
import fr.ctg.objective.internal.ObjectiveRepository;
import org.springframework.stereotype.Component;

/** Lets documents be linked to objectives of the same convention. */
@Component
class ObjectiveDocumentLinks implements DocumentLinkTargets {

    private final ObjectiveRepository objectives;

    ObjectiveDocumentLinks(ObjectiveRepository objectives) {
        this.objectives = objectives;
    }

    @Override
    public LinkTarget target() {
        return LinkTarget.OBJECTIVE;
    }

    @Override
    public boolean existsIn(long conventionId, long targetId) {
        return objectives.findById(targetId).filter(o -> o.getConventionId() == conventionId).isPresent();
    }
}
