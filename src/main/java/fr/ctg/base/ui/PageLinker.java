package fr.ctg.base.ui;

import fr.ctg.base.PageRef;
import java.util.List;
import org.springframework.stereotype.Component;

/** Finds, among the features' {@link PageLinks}, the address of a page named by a {@link PageRef}. */
@Component
public class PageLinker {

    private final List<PageLinks> owners;

    PageLinker(List<PageLinks> owners) {
        this.owners = owners;
    }

    /** The page's address; an {@link IllegalStateException} when no feature owns the kind (a wiring mistake). */
    public PageLinks.Address address(PageRef ref) {
        return owners.stream().flatMap(o -> o.address(ref).stream()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No page for " + ref.kind()));
    }
}
