package fr.ctg.document;

import fr.ctg.convention.ConventionService;
import org.springframework.stereotype.Component;

/** Documents link to the convention's annexes by annex number (Annexe 1 to 7 of the convention). */
@Component
class AnnexLinkTargets implements DocumentLinkTargets {

    private final ConventionService conventions;

    AnnexLinkTargets(ConventionService conventions) {
        this.conventions = conventions;
    }

    @Override
    public LinkTarget target() {
        return LinkTarget.ANNEX;
    }

    @Override
    public boolean existsIn(long conventionId, long annexNumber) {
        return conventions.text(conventionId).annexes().stream().anyMatch(a -> a.number() == annexNumber);
    }
}
