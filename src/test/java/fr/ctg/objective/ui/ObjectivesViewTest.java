package fr.ctg.objective.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import fr.ctg.KaribuTest;
import fr.ctg.objective.ObjectiveSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The objectives list, grouped by field, read by a follow-up member. */
class ObjectivesViewTest extends KaribuTest {

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void theTenObjectivesAreListedUnderTheirFourFields() {
        loginAndOpen("suivi", "objectifs");
        _get(ObjectivesView.class);
        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly(
                "1. Concilier vie professionnelle, vie familiale et vie sociale",
                "2. Soutenir la fonction parentale et faciliter les relations parents – enfants",
                "3. Accompagner les familles dans leurs relations avec l’environnement et le cadre de vie",
                "4. Créer les conditions favorables à l’autonomie, à l’insertion sociale et professionnelle");
        List<Grid> grids = _find(Grid.class);
        assertThat(grids).extracting(g -> GridKt._size(g)).containsExactly(3, 1, 3, 3);
        ObjectiveSummary first = (ObjectiveSummary) GridKt._get(grids.get(0), 1);
        assertThat(first.title()).startsWith("Renforcer le développement de l’offre d’accueil");
        assertThat(GridKt._getFormattedRow(grids.get(0), 1)).contains("Petite enfance");
    }
}
