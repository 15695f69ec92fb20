package fr.ctg.avenant;

import fr.ctg.avenant.internal.AvenantRepository;
import fr.ctg.document.DocumentLinkTargets;
import fr.ctg.document.LinkTarget;
import org.springframework.stereotype.Component;

/** Documents link to avenants of the same convention: the signed scan and the parties' deliberations. */
@Component
class AvenantDocumentLinks implements DocumentLinkTargets {

    private final AvenantRepository avenants;

    AvenantDocumentLinks(AvenantRepository avenants) {
        this.avenants = avenants;
    }

    @Override
    public LinkTarget target() {
        return LinkTarget.AVENANT;
    }

    @Override
    public boolean existsIn(long conventionId, long targetId) {
        return avenants.findById(targetId).filter(a -> a.getConventionId() == conventionId).isPresent();
    }
}
