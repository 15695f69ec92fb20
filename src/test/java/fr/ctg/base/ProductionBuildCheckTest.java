package fr.ctg.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** A jar built without the production profile says so in one line instead of dying on "'vaadin-dev-server' not found". */
class ProductionBuildCheckTest {

    @Test
    void aBuildWithNeitherTheDevelopmentServerNorAProductionBundleIsRefused() {
        assertThat(ProductionBuildCheck.problem(false, null)).get().asString()
                .contains("built without the production profile");
        assertThat(ProductionBuildCheck.problem(false, "{\"productionMode\" : false}")).isPresent();
        assertThat(ProductionBuildCheck.problem(false, "pas du JSON")).isPresent();
        assertThat(ProductionBuildCheck.problem(false, "{ \"productionMode\" : true, \"eagerServerLoad\" : false }"))
                .as("the production jar").isEmpty();
        assertThat(ProductionBuildCheck.problem(true, null)).as("./mvnw spring-boot:run (development mode)").isEmpty();
    }

    @Test
    void theTestsClasspathHasTheDevelopmentServer() {
        assertThatCode(() -> new ProductionBuildCheck().postProcessEnvironment(new MockEnvironment(), null))
                .doesNotThrowAnyException();
    }
}
